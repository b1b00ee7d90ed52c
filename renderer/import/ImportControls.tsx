/**
 * The Import buttons. In Electron they open the system's file dialog and send paths (the Node
 * side reads the files in place); in a browser, where a page cannot see paths, they open a
 * file input and the files' bytes are uploaded. The inputs stay in the page either way: they
 * are the fallback when a host has no dialog, and what the e2e tests fill.
 */
import { useImperativeHandle, useRef, type Ref } from 'react';
import { api } from '../api';
import { useReportError } from '../components/Notices';
import { ACCEPT, fromInput, type Selection } from './files';

export interface ImportControlsHandle {
  /** Runs the import flow from outside (the app menu, an empty library). */
  choose(folders: boolean): void;
  focus(): void;
}

interface Props {
  ref?: Ref<ImportControlsHandle>;
  host: 'electron' | 'browser' | null;
  busy: boolean;
  onSelection(selection: Selection): void;
}

const baseName = (p: string) => p.split(/[\\/]/).filter(Boolean).pop() ?? p;

export function ImportControls({ ref, host, busy, onSelection }: Props) {
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const reportError = useReportError();

  async function fromDialog(folders: boolean) {
    try {
      const chosen = await api.call('host.chooseImportFiles', { folders });
      if (!chosen.supported) {
        (folders ? folderInput : filesInput).current?.click();
        return;
      }
      if (!chosen.paths || chosen.paths.length === 0) return;
      onSelection({ planned: chosen.paths.map((path) => ({ kind: 'path', name: baseName(path), path })), skipped: [], refused: [] });
    } catch (error) {
      reportError('Couldn’t open the file dialog', error);
    }
  }

  function choose(folders: boolean) {
    if (busy) return;
    // A file input only opens during the click that asked for it, so no await before it.
    if (host === 'electron') void fromDialog(folders);
    else (folders ? folderInput : filesInput).current?.click();
  }

  useImperativeHandle(ref, () => ({ choose, focus: () => importButton.current?.focus() }));

  function onPicked(input: HTMLInputElement, folder: boolean) {
    const files = input.files;
    if (files && files.length > 0) onSelection(fromInput(files, folder));
    // Cleared so that choosing the same files again still counts as a change.
    input.value = '';
  }

  return (
    <div className="import-controls">
      {/* aria-disabled rather than disabled: a disabled button drops keyboard focus to the page. */}
      <button ref={importButton} type="button" className="button primary" onClick={() => choose(false)} aria-disabled={busy}>
        Import
      </button>
      <button type="button" className="button" onClick={() => choose(true)} aria-disabled={busy}>
        Import folder…
      </button>
      <input ref={filesInput} type="file" multiple accept={ACCEPT} aria-label="Choose files to import" className="visually-hidden" tabIndex={-1} onChange={(e) => onPicked(e.currentTarget, false)} />
      <input
        ref={(el) => {
          folderInput.current = el;
          // Not a React attribute: set on the element so the picker selects a whole folder.
          if (el) el.webkitdirectory = true;
        }}
        type="file"
        aria-label="Choose a folder to import"
        className="visually-hidden"
        tabIndex={-1}
        onChange={(e) => onPicked(e.currentTarget, true)}
      />
    </div>
  );
}
