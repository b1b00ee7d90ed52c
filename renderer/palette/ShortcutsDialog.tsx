/**
 * `?`: every keyboard shortcut, grouped by where it works. The app's own come from the command
 * table (so they match the menu and the palette); the rest are the keys each view handles
 * itself (LibraryGrid, Reader and useHighlighting, the notes editor), written out here.
 */
import { Fragment, useId } from 'react';
import { formatShortcut, type Command } from '../../main/contract/commands';
import { Modal } from '../components/Modal';
import { isMac } from './useShortcuts';

interface Props {
  commands: readonly Command[];
  onClose(): void;
}

interface Row {
  action: string;
  /** Alternatives, each a key sequence; written as the table's shortcuts ("Mod+Z"), or as typed text. */
  keys: string[];
}

interface Group {
  title: string;
  rows: Row[];
}

const VIEW_GROUPS: Group[] = [
  {
    title: 'Library list',
    rows: [
      { action: 'Previous or next article', keys: ['ArrowUp', 'ArrowDown'] },
      { action: 'First or last article', keys: ['Home', 'End'] },
      { action: 'A page up or down', keys: ['PageUp', 'PageDown'] },
      { action: 'Read the article', keys: ['Enter'] },
      { action: 'Delete the article (asks first)', keys: ['Delete', 'Backspace'] },
    ],
  },
  {
    title: 'Reader and highlights',
    rows: [
      { action: 'Move the caret through the text', keys: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] },
      { action: 'Select text', keys: ['Shift+ArrowLeft', 'Shift+ArrowRight', 'Shift+ArrowUp', 'Shift+ArrowDown'] },
      { action: 'Highlight the selection in colour 1 to 5', keys: ['1', '2', '3', '4', '5'] },
      { action: 'Comment on the highlight', keys: ['C'] },
      { action: 'Tag the highlight', keys: ['T'] },
      { action: 'Quote the highlight in a note', keys: ['Q'] },
      { action: 'Delete the highlight', keys: ['Delete', 'Backspace'] },
      { action: 'Undo the last highlight change', keys: ['Mod+Z'] },
      { action: 'Close the popover, then back to the list', keys: ['Escape'] },
    ],
  },
  {
    title: 'Notes editor',
    rows: [
      { action: 'Link a note (type to choose)', keys: ['text:[['] },
      { action: 'Quote a highlight (type to choose)', keys: ['text:(('] },
      { action: 'Tag the note', keys: ['text:#'] },
      { action: 'Follow the selected link or quote', keys: ['Enter'] },
      { action: 'Heading, list, numbered list, quote', keys: ['text:# ', 'text:- ', 'text:1. ', 'text:> '] },
      { action: 'Task list item', keys: ['text:[ ] '] },
      { action: 'Bold, italic, strike, code', keys: ['Mod+B', 'Mod+I', 'Mod+Shift+S', 'Mod+E'] },
      { action: 'Link as Markdown', keys: ['text:[text](https://…)'] },
      { action: 'Undo, redo', keys: ['Mod+Z', 'Mod+Shift+Z'] },
      { action: 'Back to the notes list', keys: ['Escape'] },
    ],
  },
  {
    title: 'Daily review',
    rows: [
      { action: 'Keep: see it again in due time', keys: ['1'] },
      { action: 'Soon: see it again sooner', keys: ['2'] },
      { action: 'Later: see it again later', keys: ['3'] },
      { action: 'Never: retire it from review', keys: ['4'] },
      { action: 'Open the highlight in its article', keys: ['O'] },
      { action: 'Edit the highlight’s comment', keys: ['C'] },
      { action: 'Tag the highlight', keys: ['T'] },
      { action: 'Quote the highlight in a note', keys: ['Q'] },
    ],
  },
  {
    title: 'Dialogs and the palette',
    rows: [
      { action: 'Move through the results', keys: ['ArrowUp', 'ArrowDown'] },
      { action: 'Run or open the chosen result', keys: ['Enter'] },
      { action: 'Close, back to where you were', keys: ['Escape'] },
    ],
  },
];

const KEY_NAMES: Record<string, [mac: string, other: string]> = {
  arrowup: ['↑', '↑'],
  arrowdown: ['↓', '↓'],
  arrowleft: ['←', '←'],
  arrowright: ['→', '→'],
  pageup: ['Page Up', 'Page Up'],
  pagedown: ['Page Down', 'Page Down'],
  escape: ['Esc', 'Esc'],
  enter: ['Return', 'Enter'],
  delete: ['Delete', 'Delete'],
  backspace: ['⌫', 'Backspace'],
  home: ['Home', 'Home'],
  end: ['End', 'End'],
};

/** A key sequence as shown: the table's form made readable ("Shift+↓", "⌘Z"), or typed text. */
function shownKeys(keys: string, mac: boolean): string {
  if (keys.startsWith('text:')) return keys.slice('text:'.length);
  const parts = keys.split('+');
  const last = parts[parts.length - 1]!;
  const named = KEY_NAMES[last.toLowerCase()];
  if (!named) return formatShortcut(keys, mac);
  const modifiers = parts.slice(0, -1).join('+');
  const key = named[mac ? 0 : 1];
  if (!modifiers) return key;
  // formatShortcut knows the modifiers; give it a placeholder key and swap the name in.
  return formatShortcut(`${modifiers}+x`, mac).replace(/X$/, key);
}

function ShortcutTable({ group, mac }: { group: Group; mac: boolean }) {
  const id = useId();
  return (
    <section className="shortcut-group" aria-labelledby={id}>
      <h3 id={id}>{group.title}</h3>
      <table className="shortcut-table" aria-labelledby={id}>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        <tbody>
          {group.rows.map((row) => (
            <tr key={row.action}>
              <th scope="row">{row.action}</th>
              <td>
                {row.keys.map((keys, i) => (
                  <Fragment key={keys}>
                    {i > 0 && <span className="shortcut-or"> or </span>}
                    <kbd className={keys.startsWith('text:') ? 'typed' : undefined}>{shownKeys(keys, mac)}</kbd>
                  </Fragment>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ShortcutsDialog({ commands, onClose }: Props) {
  const mac = isMac();
  const titleId = useId();
  const app: Group = {
    title: 'Anywhere',
    rows: commands.filter((c) => c.shortcut).map((c) => ({ action: c.label, keys: [c.shortcut!, ...(c.also ?? [])] })),
  };
  return (
    <Modal labelledBy={titleId} className="shortcuts-dialog" onCancel={onClose}>
      <header className="shortcuts-header">
        <h2 id={titleId}>Keyboard shortcuts</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose} data-autofocus>
          ×
        </button>
      </header>
      <div className="shortcuts-body">
        {[app, ...VIEW_GROUPS].map((group) => (
          <ShortcutTable key={group.title} group={group} mac={mac} />
        ))}
        <p className="shortcuts-note">Bare keys (like ? or 1 to 5) work when you are not typing in a field. Every command is also in the command palette ({formatShortcut('Mod+K', mac)}).</p>
      </div>
    </Modal>
  );
}
