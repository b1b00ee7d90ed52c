/**
 * The window: a toolbar, the current view (library, tags or search in the left sidebar beside
 * the reader, renderer/layout/; or the notes, or the daily review), and the flows around them (import, export, palette). It owns what the panes share:
 * which article is selected, what the reader shows and where, the library's filter, which note
 * is open, where keyboard focus should go next, the delete confirmation, and the command list.
 * Back and forward over those are useHistoryTravel.ts's.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppCommand, ImportReport } from '../main/contract';
import { api } from './api';
import { COMMAND_IDS, COMMAND_TABLE, type Command } from '../main/contract/commands';
import { BackupsDialog } from './backups/BackupsDialog';
import { RecleanProgress } from './cleanup/RecleanProgress';
import { RecleanResult } from './cleanup/RecleanResult';
import { useReclean } from './cleanup/useReclean';
import { ConfirmDialog } from './components/ConfirmDialog';
import { ErrorBoundary } from './components/ErrorBoundary';
import { useReportError, useReportFailure } from './components/Notices';
import { useCall } from './data/useCall';
import { DropZone } from './import/DropZone';
import { ImportControls, type ImportControlsHandle } from './import/ImportControls';
import { ImportProgress } from './import/ImportProgress';
import { ImportResult } from './import/ImportResult';
import { useImport } from './import/useImport';
import { useLibrary } from './library/useLibrary';
import { TravelButtons } from './TravelButtons';
import { useHistoryTravel } from './useHistoryTravel';
import { ViewButtons } from './ViewButtons';
import { ExportDialog } from './export/ExportDialog';
import { NavigationContext, type ArticlePlace, type Navigation, type NoteOptions, type View } from './navigation';
import { runPaneCommand } from './paneCommands';
import { CommandPalette } from './palette/CommandPalette';
import { ShortcutsDialog } from './palette/ShortcutsDialog';
import { useShortcuts } from './palette/useShortcuts';
import { ThemeNotice } from './palette/ThemeNotice';
import { useTheme } from './palette/useTheme';
import { ReviewView } from './review/ReviewView';
import { SearchView } from './search/SearchView';
import { TagBrowser } from './tags/TagBrowser';
import { Library } from './views/Library';
import { Reader, type ReaderPlace } from './views/Reader';
import { LayoutButtons } from './layout/LayoutButtons';
import { LeftSidebar } from './layout/LeftSidebar';
import { LayoutContext, useLayoutState } from './layout/useLayout';
import { SettingsDialog } from './settings/SettingsDialog';
import { useReaderSettings } from './settings/useReaderSettings';

/**
 * The notes view brings the editor (TipTap, ProseMirror and the note schema: about half of the
 * page's script), so it is its own chunk, loaded when first shown: the library's first page is
 * drawn without compiling it (issue 15).
 */
const loadNotesView = () => import('./notes/NotesView');
const NotesView = lazy(() => loadNotesView().then((m) => ({ default: m.NotesView })));

/** Holding an arrow key skims the list; the reader catches up once the selection rests. */
const READER_DELAY_MS = 120;

interface PendingDelete {
  id: number;
  title: string;
}

/** The note the notes view should show; the token makes asking again for the same note count. */
export interface NoteTarget extends NoteOptions {
  id: number;
  token: number;
  /** Leave focus where it is (going back or forward to the note), rather than in its text. */
  quiet?: boolean;
}

/** A query for the search view to take (from the palette); the token makes asking again count. */
export interface SearchRequest {
  query: string;
  token: number;
}

type Overlay = 'palette' | 'shortcuts' | 'export' | 'backups' | 'settings' | null;
let nextToken = 1;

export function App() {
  const library = useLibrary();
  const reportError = useReportError();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [readerId, setReaderId] = useState<number | null>(null);
  const [readerFocus, setReaderFocus] = useState(0);
  const [listFocus, setListFocus] = useState(0);
  const [pendingDelete, setPendingDelete] = useState<PendingDelete | null>(null);
  const [view, setView] = useState<View>('library');
  const [place, setPlace] = useState<ReaderPlace | null>(null);
  const [noteTarget, setNoteTarget] = useState<NoteTarget | null>(null);
  const [searchRequest, setSearchRequest] = useState<SearchRequest | null>(null);
  const [overlay, setOverlay] = useState<Overlay>(null);
  const theme = useTheme();
  const readerSettings = useReaderSettings();
  const layout = useLayoutState();
  const controls = useRef<ImportControlsHandle>(null);

  // As long as the whole list; rows of pages not loaded yet are holes (useLibrary).
  const articles = useMemo(() => library.articles ?? [], [library.articles]);
  const indexById = useMemo(() => {
    const map = new Map<number, number>();
    articles.forEach((a, i) => a && map.set(a.id, i));
    return map;
  }, [articles]);
  // The row last asked for by index while its page loads: only the newest ask is followed.
  const selecting = useRef(0);
  const selectedIndex = selectedId === null ? -1 : (indexById.get(selectedId) ?? -1);

  // Once the window is idle (the first page drawn), the notes chunk loads, so Notes opens at once.
  useEffect(() => {
    const idle = requestIdleCallback(() => void loadNotesView());
    return () => cancelIdleCallback(idle);
  }, []);

  const hostInfo = useCall('host.info', {});
  useReportFailure('Couldn’t reach the library', hostInfo.error);
  const host = hostInfo.data?.kind ?? null;

  useEffect(() => {
    if (selectedId === readerId) return;
    const timer = setTimeout(() => setReaderId(selectedId), READER_DELAY_MS);
    return () => clearTimeout(timer);
  }, [selectedId, readerId]);

  const { refresh } = library;
  const onImported = useCallback(
    (report: ImportReport) => {
      refresh();
      // Show what arrived, unless the user is already reading something.
      const first = report.imported[0];
      if (first) setSelectedId((current) => current ?? first.id);
    },
    [refresh],
  );
  const importer = useImport(onImported);
  const { run: runImport, busy: importing } = importer;
  const reclean = useReclean();
  const { run: runReclean } = reclean;

  const openNote = useCallback((id: number, options: NoteOptions = {}) => {
    setNoteTarget({ ...options, id, token: nextToken++ });
    setView('notes');
  }, []);

  const newNote = useCallback(async () => {
    try {
      const note = await api.call('notes.create', {});
      openNote(note.id);
    } catch (error) {
      reportError('Couldn’t create a note', error);
    }
  }, [openNote, reportError]);

  const { toggle: toggleTheme, followSystem } = theme;
  const { toggle: toggleSide, show: showSide, toggleFocus, openBeside } = layout;
  const { filter, setFilter } = library;
  const [noteShown, setNoteShown] = useState<number | null>(null);
  const { travelable, goBack, goForward, travelRef, onScrolled, onQuery, listScroll: listScrollChannel } = useHistoryTravel(
    { view, readerId, tag: filter.tag, noteShown, besideNote: layout.layout.besideNote },
    {
      setView,
      showArticle: (articleId, at) => {
        selecting.current++;
        setSelectedId(articleId);
        setReaderId(articleId);
        setPlace(at);
      },
      showNote: (id) => setNoteTarget({ id, token: nextToken++, quiet: true }),
      showSearch: (query) => setSearchRequest({ query, token: nextToken++ }),
      setTag: (tag) => setFilter({ ...filter, tag }),
      openBeside,
      token: () => nextToken++,
    },
  );
  /** Shows a view; the library, tags and search live in the left sidebar, so asking for one shows it. */
  const showInSidebar = useCallback(
    (to: View) => {
      setView(to);
      if (to === 'library' || to === 'tags' || to === 'search') showSide('left');
    },
    [showSide],
  );
  // Labels, shortcuts and menu places are the command table's (main/contract/commands.ts); here is only what each does.
  const commands = useMemo<Command[]>(() => {
    const actions: Record<AppCommand, () => void> = {
      palette: () => setOverlay((current) => (current === 'palette' ? null : 'palette')),
      search: () => showInSidebar('search'),
      'new-note': () => void newNote(),
      import: () => controls.current?.choose(false),
      'import-folder': () => controls.current?.choose(true),
      export: () => setOverlay('export'),
      'reclean-library': () => void runReclean(),
      backups: () => setOverlay('backups'),
      settings: () => setOverlay('settings'),
      'copy-note-markdown': () => runPaneCommand('copy-note-markdown') || reportError('No note to copy', 'Open a note in the Notes view, then choose Copy note as Markdown again.'),
      'copy-highlights-markdown': () =>
        runPaneCommand('copy-highlights-markdown') || reportError('No article to copy from', 'Open an article in the reader, then choose Copy article highlights as Markdown again.'),
      'quote-in-note': () => runPaneCommand('quote-in-note') || reportError('No article to quote from', 'Open an article, select some words or open a highlight, then press Q.'),
      'go-library': () => showInSidebar('library'),
      'go-notes': () => setView('notes'),
      'go-tags': () => showInSidebar('tags'),
      'go-review': () => setView('review'),
      'go-back': () => travelRef.current.goBack(),
      'go-forward': () => travelRef.current.goForward(),
      'toggle-left-sidebar': () => toggleSide('left'),
      'toggle-right-sidebar': () => toggleSide('right'),
      'focus-mode': toggleFocus,
      highlight: () => runPaneCommand('highlight') || reportError('No article to highlight in', 'Open an article, select some words, then press H.'),
      'highlight-comment': () => runPaneCommand('highlight-comment') || reportError('No article to highlight in', 'Open an article, select some words, then press N.'),
      'toggle-theme': toggleTheme,
      'system-theme': followSystem,
      shortcuts: () => setOverlay('shortcuts'),
    };
    return COMMAND_IDS.map((id) => ({ id, ...COMMAND_TABLE[id], run: actions[id] }));
  }, [newNote, toggleTheme, followSystem, reportError, runReclean, showInSidebar, toggleSide, toggleFocus, travelRef]);
  useShortcuts(commands);
  useEffect(() => api.on('menu.command', ({ command }: { command: AppCommand }) => commands.find((c) => c.id === command)?.run()), [commands]);

  function select(index: number, viaKeyboard: boolean) {
    const ask = ++selecting.current;
    const take = (article: { id: number } | undefined) => {
      if (!article || ask !== selecting.current) return;
      setSelectedId(article.id);
      if (!viaKeyboard) setReaderId(article.id);
    };
    const article = articles[index];
    // A row whose page is not loaded yet (End, PageDown past the loaded rows): selected once it is.
    if (article) take(article);
    else void library.at(index).then(take);
  }

  const open = useCallback((id: number, at?: ArticlePlace) => {
    setSelectedId(id);
    setReaderId(id);
    setPlace(at ? { ...at, articleId: id, token: nextToken++ } : null);
    setReaderFocus((n) => n + 1);
    // Notes and review take the whole window; an article opened from either shows beside the library.
    setView((current) => (current === 'notes' || current === 'review' ? 'library' : current));
  }, []);

  const filterByTag = useCallback(
    (tag: string) => {
      setFilter({ ...filter, tag });
      showInSidebar('library');
      setListFocus((n) => n + 1);
    },
    [filter, setFilter, showInSidebar],
  );

  const searchFor = useCallback(
    (query: string) => {
      setSearchRequest({ query, token: nextToken++ });
      showInSidebar('search');
    },
    [showInSidebar],
  );


  const navigation = useMemo<Navigation>(() => ({ view, showView: showInSidebar, openArticle: open, openNote, filterByTag, searchFor }), [view, showInSidebar, open, openNote, filterByTag, searchFor]);

  function onTagMoved(from: string, to: string | null) {
    const current = filter.tag;
    if (current === null) return;
    const lower = current.toLowerCase();
    const moved = from.toLowerCase();
    if (lower === moved || lower.startsWith(`${moved}/`)) setFilter({ ...filter, tag: to === null ? null : to + current.slice(from.length) });
  }

  function backToList() {
    showInSidebar('library');
    if (readerId !== null && indexById.has(readerId)) setSelectedId(readerId);
    if (articles.length > 0) setListFocus((n) => n + 1);
    else controls.current?.focus();
  }

  async function confirmDelete(target: PendingDelete) {
    const index = indexById.get(target.id) ?? -1;
    await api.call('library.delete', { id: target.id });
    const neighbour = articles[index + 1] ?? articles[index - 1] ?? null;
    library.removeLocally(target.id);
    setSelectedId(neighbour?.id ?? null);
    if (readerId === target.id) setReaderId(neighbour?.id ?? null);
    setPendingDelete(null);
    if (neighbour) setListFocus((n) => n + 1);
    else controls.current?.focus();
  }

  const phase = importer.phase;
  const reader = (
    <ErrorBoundary area="the reader">
      <Reader
        articleId={readerId}
        place={place}
        focusToken={readerFocus}
        tagFilter={filter.tag}
        onExit={backToList}
        onDelete={(article) => setPendingDelete(article)}
        onOpenArticle={open}
        onScrolled={onScrolled}
      />
    </ErrorBoundary>
  );
  return (
    <LayoutContext.Provider value={layout}>
      <NavigationContext.Provider value={navigation}>
        <div className="app">
          <header className="toolbar">
            <p className="brand">
              <span className="brand-mark" aria-hidden="true" />
              Commonplace
            </p>
            <TravelButtons canBack={travelable.back} canForward={travelable.forward} onBack={goBack} onForward={goForward} />
            <ViewButtons view={view} onView={showInSidebar} />
            <LayoutButtons reading={view !== 'notes' && view !== 'review'} />
            <ImportControls ref={controls} host={host} busy={importing} onSelection={(selection) => void runImport(selection)} />
            {/* The 'export' command, here too: the browser host has no menu. */}
            <button type="button" className="button" onClick={() => commands.find((c) => c.id === 'export')?.run()}>
              Export…
            </button>
          </header>
          {phase.kind === 'running' && <ImportProgress progress={phase.progress} cancelling={phase.cancelling} onCancel={importer.cancel} />}
          {reclean.phase.kind === 'running' && <RecleanProgress {...reclean.phase} onCancel={reclean.cancel} />}
          {view === 'notes' ? (
            <div className="panes notes-panes">
              <ErrorBoundary area="the notes">
                <Suspense
                  fallback={
                    <p className="pane-placeholder" role="status">
                      Loading your notes…
                    </p>
                  }
                >
                  <NotesView target={noteTarget} onOpened={setNoteShown} listScroll={listScrollChannel} />
                </Suspense>
              </ErrorBoundary>
            </div>
          ) : view === 'review' ? (
            <div className="panes review-panes">
              <ErrorBoundary area="the review">
                <ReviewView />
              </ErrorBoundary>
            </div>
          ) : (
            <div className="panes reading-panes">
              <LeftSidebar>
                {view === 'tags' && (
                  <ErrorBoundary area="the tag browser">
                    <TagBrowser activeTag={filter.tag} onFilter={filterByTag} onTagMoved={onTagMoved} listScroll={listScrollChannel} />
                  </ErrorBoundary>
                )}
                {view === 'search' && (
                  <ErrorBoundary area="search">
                    <SearchView request={searchRequest} onQuery={onQuery} listScroll={listScrollChannel} />
                  </ErrorBoundary>
                )}
                {view === 'library' && (
                  <ErrorBoundary area="the library">
                    <Library
                      articles={library.articles}
                      error={library.error}
                      sort={library.sort}
                      filter={filter}
                      onFilter={setFilter}
                      selectedIndex={selectedIndex}
                      focusToken={listFocus}
                      onSort={library.toggleSort}
                      onSelect={select}
                      onOpen={(index) => articles[index] && open(articles[index].id)}
                      onDelete={(index) => articles[index] && setPendingDelete(articles[index])}
                      onRetry={library.refresh}
                      onRange={library.ensure}
                      listScroll={listScrollChannel}
                    />
                  </ErrorBoundary>
                )}
              </LeftSidebar>
              {reader}
            </div>
          )}
          <DropZone busy={importing} onSelection={(selection) => void runImport(selection)} />
          {phase.kind === 'done' && (
            <ImportResult
              outcome={phase.outcome}
              onClose={importer.dismiss}
              onOpen={(id) => {
                importer.dismiss();
                open(id);
              }}
            />
          )}
          {reclean.phase.kind === 'done' && (
            <RecleanResult
              report={reclean.phase.report}
              onClose={reclean.dismiss}
              onOpen={(id) => {
                reclean.dismiss();
                open(id);
              }}
            />
          )}
          {pendingDelete && (
            <ConfirmDialog title="Delete this article?" confirmLabel="Delete article" destructive onConfirm={() => confirmDelete(pendingDelete)} onCancel={() => setPendingDelete(null)}>
              <p>
                “{pendingDelete.title}” will be removed from your library. This cannot be undone; the original file on your disk is not touched.
              </p>
            </ConfirmDialog>
          )}
          {overlay === 'palette' && <CommandPalette commands={commands} onClose={() => setOverlay(null)} />}
          {overlay === 'shortcuts' && <ShortcutsDialog commands={commands} onClose={() => setOverlay(null)} />}
          {overlay === 'export' && <ExportDialog host={host} onClose={() => setOverlay(null)} />}
          {overlay === 'backups' && <BackupsDialog onClose={() => setOverlay(null)} />}
          {overlay === 'settings' && <SettingsDialog theme={theme} reader={readerSettings} host={host} onClose={() => setOverlay(null)} />}
          <ThemeNotice notice={theme.notice} onUseSystem={followSystem} onDismiss={theme.dismissNotice} />
        </div>
      </NavigationContext.Provider>
    </LayoutContext.Provider>
  );
}
