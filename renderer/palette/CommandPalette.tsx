/**
 * Ctrl/Cmd+K: jump to any article, note or tag by a few letters of its title, or run any command.
 * An ARIA 1.2 combobox over a grouped listbox: focus stays in the input, arrows move the active
 * option (aria-activedescendant), Enter runs it, Escape closes. Commands are matched here; the
 * library's titles are matched on the Node side (`palette.items`) with the same scorer, and the
 * answer to an older query is dropped. Enter pressed before the answer to what was typed has
 * arrived waits for it, so fast typing still opens what was meant.
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { PaletteItem } from '../../main/contract';
import { api, toApiError } from '../api';
import { formatShortcut, parseShortcut, textFieldsOwn, type Command } from '../../main/contract/commands';
import { Modal } from '../components/Modal';
import { useNavigation, type Navigation } from '../navigation';
import { fuzzyMatch, matchRuns, prepareQuery } from '../../main/contract/fuzzy';
import { PALETTE_CLASS, commandForKey, isMac } from './useShortcuts';

interface Props {
  commands: readonly Command[];
  onClose(): void;
}

const LIMIT = 40;
/** Keyword matches rank below matches in the label itself. */
const KEYWORD_WEIGHT = 0.5;

type OptionKind = 'command' | 'search' | PaletteItem['kind'];

interface Option {
  key: string;
  kind: OptionKind;
  label: string;
  detail: string;
  shortcut: string | null;
  positions: number[];
  score: number;
  run(navigation: Navigation): void;
}

interface Group {
  kind: OptionKind;
  title: string;
  options: Option[];
}

const GROUP_TITLES: Record<OptionKind, [typed: string, recent: string]> = {
  command: ['Commands', 'Commands'],
  article: ['Articles', 'Recent articles'],
  note: ['Notes', 'Recent notes'],
  tag: ['Tags', 'Tags'],
  search: ['Search', 'Search'],
};

function commandOption(command: Command, query: string, mac: boolean): Option | null {
  const inLabel = fuzzyMatch(query, command.label);
  const inKeywords = inLabel || !command.keywords ? null : fuzzyMatch(query, command.keywords, undefined, false);
  if (!inLabel && !inKeywords) return null;
  return {
    key: `command:${command.id}`,
    kind: 'command',
    label: command.label,
    detail: '',
    // Its keys, and the other combinations that work anywhere (Mod+P beside Mod+K).
    shortcut: command.shortcut ? [command.shortcut, ...(command.also ?? []).filter((s) => !textFieldsOwn(parseShortcut(s)))].map((s) => formatShortcut(s, mac)).join(' / ') : null,
    positions: inLabel?.positions ?? [],
    score: inLabel ? inLabel.score : inKeywords!.score * KEYWORD_WEIGHT,
    run: () => command.run(),
  };
}

function itemOption(item: PaletteItem, query: string): Option | null {
  const match = fuzzyMatch(query, item.name);
  // The answer to an older query stays on screen until the new one arrives: only what still matches.
  if (!match) return null;
  const base = { kind: item.kind, label: item.name, detail: item.detail, shortcut: null, positions: match.positions, score: match.score };
  if (item.kind === 'tag') return { ...base, key: `tag:${item.name}`, run: (nav) => nav.filterByTag(item.name) };
  const id = item.id ?? 0;
  if (item.kind === 'note') return { ...base, key: `note:${id}`, run: (nav) => nav.openNote(id) };
  return { ...base, key: `article:${id}`, run: (nav) => nav.openArticle(id) };
}

function searchOption(query: string): Option {
  const label = `Search everything for “${query.trim()}”`;
  return { key: 'search', kind: 'search', label, detail: '', shortcut: null, positions: [], score: 0, run: (nav) => nav.searchFor(query.trim()) };
}

function groupsFor(query: string, raw: string, commands: readonly Command[], items: readonly PaletteItem[], mac: boolean): Group[] {
  const typed = query.length > 0;
  const commandOptions = commands
    .filter((c) => c.id !== 'palette')
    .map((c) => commandOption(c, query, mac))
    .filter((o): o is Option => o !== null);
  // Before typing, the table's order; after, the best match first (sort is stable).
  if (typed) commandOptions.sort((a, b) => b.score - a.score);
  const byKind = new Map<OptionKind, Option[]>([['command', commandOptions]]);
  for (const item of items) {
    const option = itemOption(item, query);
    if (!option) continue;
    const list = byKind.get(item.kind);
    if (list) list.push(option);
    else byKind.set(item.kind, [option]);
  }
  const groups = [...byKind].filter(([, options]) => options.length > 0).map(([kind, options]) => ({ kind, title: GROUP_TITLES[kind][typed ? 0 : 1], options }));
  // The group holding the best match comes first, so Enter right after typing takes it.
  if (typed) groups.sort((a, b) => (b.options[0]?.score ?? 0) - (a.options[0]?.score ?? 0));
  // Titles are not everything: the words may be in a text. Last, so it never takes Enter from a match.
  if (typed) groups.push({ kind: 'search', title: 'Search', options: [searchOption(raw)] });
  return groups;
}

function Label({ text, positions }: { text: string; positions: number[] }) {
  if (positions.length === 0) return <>{text}</>;
  return (
    <>
      {matchRuns(text, positions).map((run, i) =>
        run.matched ? (
          <b key={i} className="palette-hit">
            {run.text}
          </b>
        ) : (
          <span key={i}>{run.text}</span>
        ),
      )}
    </>
  );
}

interface Answer {
  query: string;
  items: PaletteItem[];
}

export function CommandPalette({ commands, onClose }: Props) {
  const navigation = useNavigation();
  const mac = useMemo(() => isMac(), []);
  const ids = useId();
  const titleId = `${ids}-title`;
  const listId = `${ids}-list`;
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<Answer>({ query: '\u0000', items: [] });
  const [error, setError] = useState<string | null>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const latestRequest = useRef(0);
  const pendingEnter = useRef(false);

  const prepared = prepareQuery(query);
  const groups = useMemo(() => groupsFor(prepared, query, commands, answer.items, mac), [prepared, query, commands, answer.items, mac]);
  const options = useMemo(() => groups.flatMap((g) => g.options), [groups]);
  const found = activeKey === null ? -1 : options.findIndex((o) => o.key === activeKey);
  const active = found >= 0 ? found : options.length > 0 ? 0 : -1;
  const optionId = (index: number) => `${ids}-option-${index}`;
  const answered = answer.query === prepared;

  useEffect(() => {
    const request = ++latestRequest.current;
    api.call('palette.items', { query: prepared, limit: LIMIT }).then(
      (result) => {
        if (request !== latestRequest.current) return;
        setError(null);
        setAnswer({ query: prepared, items: result.items });
      },
      (failure: unknown) => {
        if (request !== latestRequest.current) return;
        // A pending Enter would run whatever command is left on top: not what was asked for.
        pendingEnter.current = false;
        setError(toApiError(failure).message);
        setAnswer({ query: prepared, items: [] });
      },
    );
  }, [prepared]);

  function choose(option: Option | undefined) {
    if (!option) return;
    // Close first: a command that opens another dialog (export, shortcuts) then takes its place.
    onClose();
    option.run(navigation);
  }

  // Enter pressed before the library answered: run the best match once it has.
  const chooseRef = useRef(choose);
  useLayoutEffect(() => {
    chooseRef.current = choose;
  });
  useEffect(() => {
    if (!answered || !pendingEnter.current) return;
    pendingEnter.current = false;
    chooseRef.current(options[0]);
  }, [answered, options]);

  useEffect(() => {
    if (active >= 0) document.getElementById(`${ids}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, ids]);

  function move(to: number) {
    if (options.length === 0) return;
    const index = (to + options.length) % options.length;
    setActiveKey(options[index]!.key);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const shortcut = commandForKey(commands, event, mac);
    if (shortcut && !shortcut.bare) {
      // Command keys work here too: Mod+K closes, the others close the palette and run.
      event.preventDefault();
      onClose();
      if (shortcut.command.id !== 'palette' && !event.repeat) shortcut.command.run();
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(active - 1);
        break;
      case 'PageDown':
        event.preventDefault();
        move(Math.min(options.length - 1, active + 8));
        break;
      case 'PageUp':
        event.preventDefault();
        move(Math.max(0, active - 8));
        break;
      case 'Enter':
        if (event.nativeEvent.isComposing) return;
        event.preventDefault();
        if (!answered && activeKey === null) pendingEnter.current = true;
        else choose(options[active]);
        break;
      default:
        break;
    }
  }

  // "Search everything for …" is always offered; it is not a match.
  const count = options.filter((o) => o.kind !== 'search').length;
  return (
    <Modal labelledBy={titleId} className={PALETTE_CLASS} onCancel={onClose}>
      <div className="palette-body" onKeyDown={onKeyDown}>
        <h2 id={titleId} className="visually-hidden">
          Command palette
        </h2>
        <input
          className="palette-input"
          type="text"
          role="combobox"
          aria-label="Go to an article, note or tag, or run a command"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          placeholder="Type a command or part of a title…"
          autoComplete="off"
          spellCheck={false}
          value={query}
          data-autofocus
          onChange={(event) => {
            setQuery(event.target.value);
            setActiveKey(null);
            pendingEnter.current = false;
          }}
        />
        <div id={listId} role="listbox" aria-label="Results" className="palette-list">
          {(() => {
            let index = 0;
            return groups.map((group) => (
              <div key={group.kind} role="group" aria-labelledby={`${ids}-group-${group.kind}`} className="palette-group">
                <div id={`${ids}-group-${group.kind}`} role="presentation" className="palette-group-title">
                  {group.title}
                </div>
                {group.options.map((option) => {
                  const at = index++;
                  return (
                    <div
                      key={option.key}
                      id={optionId(at)}
                      role="option"
                      aria-selected={at === active}
                      className={`palette-option palette-${option.kind}`}
                      onMouseDown={(event) => event.preventDefault()}
                      onMouseMove={() => at !== active && setActiveKey(option.key)}
                      onClick={() => choose(option)}
                    >
                      <span className="palette-label">
                        <Label text={option.label} positions={option.positions} />
                      </span>
                      {option.detail && <span className="palette-detail">{option.detail}</span>}
                      {option.shortcut && <kbd className="palette-shortcut">{option.shortcut}</kbd>}
                    </div>
                  );
                })}
              </div>
            ));
          })()}
        </div>
        {error && (
          <p className="palette-error" role="alert">
            Couldn’t look through the library: {error}
          </p>
        )}
        <p className="visually-hidden" role="status">
          {answered ? (count === 0 ? 'Nothing matches' : `${count} ${count === 1 ? 'result' : 'results'}`) : ''}
        </p>
        {answered && count === 0 && <p className="palette-empty">No title or command matches “{query.trim()}”. Try fewer letters, or search the texts.</p>}
      </div>
    </Modal>
  );
}
