/**
 * Search everything: one box over articles, highlights and notes, searched as you type, with
 * the kind tabs' counts, the parser's notice when something typed was read differently, saved
 * searches in a sidebar, and the syntax help. Opening a hit shows it in the reader beside this
 * pane (an article at its first match, a highlight at itself) or opens the note at the words.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { api } from '../api';
import { useNavigation } from '../navigation';
import { formatCount, plural } from '../format';
import { NameDialog, SavedSearches, useSavedSearches } from './SavedSearches';
import { Snippet } from './Snippet';
import { firstMarked } from './snippet-parts';
import { SyntaxHelp } from './SyntaxHelp';
import { SEARCH_KINDS } from '../../main/contract/constants';
import type { SearchRequest } from '../App';
import { useListScroll, type ListScrollChannel } from '../listScroll';
import { useSearch, type KindFilter, type SearchHit, type SearchKind } from './useSearch';

const KINDS: { value: KindFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'article', label: 'Articles' },
  { value: 'highlight', label: 'Highlights' },
  { value: 'note', label: 'Notes' },
];
const KIND_LABEL: Record<SearchKind, string> = { article: 'Article', highlight: 'Highlight', note: 'Note' };
const KIND_PLURAL: Record<SearchKind, string> = { article: 'articles', highlight: 'highlights', note: 'notes' };

// What was typed survives switching views and back, as a search field in any app does.
const remembered: { query: string; kind: KindFilter } = { query: '', kind: 'all' };

const isFocusShortcut = (e: globalThis.KeyboardEvent) => (e.metaKey || e.ctrlKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'f';

interface Props {
  /** A query handed over by the palette ("Search everything for …"). */
  request: SearchRequest | null;
  /** What the box holds now, each time it changes (for going back to this search: renderer/history.ts). */
  onQuery?(query: string): void;
  /** Back and forward: the results' scroll, reported and brought back (renderer/listScroll.ts). */
  listScroll?: ListScrollChannel;
}

export function SearchView({ request, onQuery, listScroll }: Props) {
  const navigation = useNavigation();
  const [query, setQuery] = useState(request?.query ?? remembered.query);
  const [takenRequest, setTakenRequest] = useState(request?.token ?? null);
  if (request && request.token !== takenRequest) {
    setTakenRequest(request.token);
    setQuery(request.query);
  }
  const [kind, setKind] = useState<KindFilter>(remembered.kind);
  const [saving, setSaving] = useState(false);
  const search = useSearch(query, kind);
  const saved = useSavedSearches();
  const box = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLOListElement>(null);
  const main = useRef<HTMLDivElement>(null);
  const statusId = useId();
  const groupName = useId();

  useEffect(() => {
    remembered.query = query;
    remembered.kind = kind;
  }, [query, kind]);
  useEffect(() => onQuery?.(query), [query, onQuery]);

  // The view opening (the Search command, Mod+Shift+F) puts the caret in the box; so does the
  // shortcut again while the view is open.
  useEffect(() => {
    box.current?.focus();
    box.current?.select();
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!isFocusShortcut(event)) return;
      box.current?.focus();
      box.current?.select();
    };
    // Capture, beside the app's shortcut handler (which runs the command and stops the event there).
    window.addEventListener('keydown', onKey, true);
    // The Electron menu's "Search everything" while the view is already open.
    const offMenu = api.on('menu.command', ({ command }) => {
      if (command === 'search') box.current?.focus();
    });
    return () => {
      window.removeEventListener('keydown', onKey, true);
      offMenu();
    };
  }, []);

  const reply = query.trim() !== '' ? search.reply : null;
  const hits = reply?.hits ?? [];
  const shown = kind === 'all' ? hits : hits.filter((h) => h.kind === kind);
  const counts = reply?.counts ?? { article: 0, highlight: 0, note: 0 };
  const all = counts.article + counts.highlight + counts.note;
  const typed = query.trim() !== '';
  // The box, the counts and the results scroll together. A scroll brought back waits for the
  // answer to the query it was left at: until then the list is the old one, or empty.
  const onScroll = useListScroll(listScroll, 'search', main, !typed || (reply !== null && search.answered === query && !search.busy));

  function open(hit: SearchHit) {
    if (hit.kind === 'article') navigation.openArticle(hit.id, hit.start !== null && hit.end !== null ? { start: hit.start, end: hit.end } : undefined);
    else if (hit.kind === 'highlight') navigation.openArticle(hit.documentId ?? hit.id, { highlightId: hit.id });
    else {
      const find = firstMarked(hit.snippet);
      navigation.openNote(hit.id, find ? { find } : {});
    }
  }

  function run(text: string) {
    setQuery(text);
    box.current?.focus();
  }

  function resultButtons(): HTMLButtonElement[] {
    return [...(results.current?.querySelectorAll<HTMLButtonElement>('button.hit') ?? [])];
  }

  function onBoxKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      const first = resultButtons()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const first = shown[0];
      // Enter before the debounce fired searches now; with results showing it opens the first.
      if (search.answered !== query || search.busy) search.runNow();
      else if (first) open(first);
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      event.stopPropagation();
      setQuery('');
    }
  }

  function onListKey(event: KeyboardEvent<HTMLOListElement>) {
    const buttons = resultButtons();
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at === -1) return;
    let next: number | null = null;
    if (event.key === 'ArrowDown') next = Math.min(at + 1, buttons.length - 1);
    else if (event.key === 'ArrowUp') next = at - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    else if (event.key === 'Escape') next = -1;
    if (next === null) return;
    event.preventDefault();
    if (next < 0) box.current?.focus();
    else buttons[next]?.focus();
  }

  let status: string;
  if (!typed) status = 'Type to search your articles, highlights and notes.';
  else if (search.error) status = `Couldn’t search: ${search.error.message}`;
  else if (!reply) status = 'Searching…';
  else status = all === 0 ? 'Nothing found.' : `${plural(all, 'result')}: ${plural(counts.article, 'article')}, ${plural(counts.highlight, 'highlight')}, ${plural(counts.note, 'note')}.`;
  const notice = typed && reply?.notice ? reply.notice : null;

  return (
    <section className="search" aria-label="Search">
      <aside className="search-sidebar">
        <SavedSearches searches={saved.searches} activeQuery={query} onRun={run} reload={saved.reload} />
      </aside>
      <div ref={main} className="search-main" onScroll={onScroll}>
        <div className="search-bar">
          <input
            ref={box}
            type="search"
            role="searchbox"
            className="text-input search-box"
            aria-label="Search everything"
            aria-describedby={statusId}
            placeholder="Search everything…"
            value={query}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onBoxKey}
          />
          <SyntaxHelp onExample={(example) => run(query.trim() === '' ? example : `${query.trimEnd()} ${example}`)} />
          <button type="button" className="button small" disabled={!typed} onClick={() => setSaving(true)}>
            Save search
          </button>
        </div>
        <div className="search-kinds" role="radiogroup" aria-label="Show">
          {KINDS.map((k) => {
            const n = k.value === 'all' ? all : counts[k.value];
            return (
              <label key={k.value} className={kind === k.value ? 'search-kind checked' : 'search-kind'}>
                <input type="radio" name={groupName} value={k.value} checked={kind === k.value} onChange={() => setKind(k.value)} />
                {k.label}
                {typed && reply && <span className="search-kind-count"> {formatCount(n)}</span>}
              </label>
            );
          })}
        </div>
        <p id={statusId} className={notice ? 'search-status has-notice' : 'search-status'} role="status">
          {notice ? `${notice} ` : ''}
          {status}
        </p>
        <ol ref={results} className="search-results" aria-label="Results" aria-busy={search.busy} data-answered={reply ? search.answered : ''} onKeyDown={onListKey}>
          {shown.map((hit) => (
            <li key={`${hit.kind}:${hit.id}`}>
              <button type="button" className={`hit hit-${hit.kind}`} onClick={() => open(hit)}>
                <span className="hit-head">
                  {hit.kind === 'highlight' && hit.color && <span className={`swatch swatch-${hit.color}`} role="img" aria-label={`${hit.color} highlight`} />}
                  <span className="hit-kind">{KIND_LABEL[hit.kind]}</span>
                  <span className="hit-title">{hit.title.trim() || 'Untitled'}</span>
                </span>
                <span className="hit-snippet">
                  <Snippet text={hit.snippet} />
                </span>
              </button>
            </li>
          ))}
        </ol>
        {kind === 'all' &&
          reply &&
          SEARCH_KINDS.map((k) => {
            const got = hits.filter((h) => h.kind === k).length;
            return got < counts[k] ? (
              <button key={k} type="button" className="button subtle small search-more" onClick={() => setKind(k)}>
                Show all {formatCount(counts[k])} {KIND_PLURAL[k]}
              </button>
            ) : null;
          })}
      </div>
      {saving && (
        <NameDialog
          title="Save search"
          initial={query.trim().slice(0, 200)}
          submitLabel="Save"
          hint={query.trim()}
          onClose={() => setSaving(false)}
          onSubmit={async (name) => {
            await api.call('search.saved.create', { name, query: query.trim() });
            setSaving(false);
            saved.reload();
          }}
        />
      )}
    </section>
  );
}
