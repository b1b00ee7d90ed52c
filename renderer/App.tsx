/**
 * The window: a toolbar, the library (or the tag browser) beside the reader, and the import
 * flow around them. It owns what the panes share: which article is selected, what the reader
 * shows, the library's filter, where keyboard focus should go next, and the delete confirmation.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ImportReport } from '../main/contract';
import { api } from './api';
import { ConfirmDialog } from './components/ConfirmDialog';
import { ErrorBoundary } from './components/ErrorBoundary';
import { useReportError } from './components/Notices';
import { DropZone } from './import/DropZone';
import { ImportControls, type ImportControlsHandle } from './import/ImportControls';
import { ImportProgress } from './import/ImportProgress';
import { ImportResult } from './import/ImportResult';
import { useImport } from './import/useImport';
import { useLibrary } from './library/useLibrary';
import { TagBrowser } from './tags/TagBrowser';
import { Library } from './views/Library';
import { Reader } from './views/Reader';

/** Holding an arrow key skims the list; the reader catches up once the selection rests. */
const READER_DELAY_MS = 120;

interface PendingDelete {
  id: number;
  title: string;
}

export function App() {
  const library = useLibrary();
  const reportError = useReportError();
  const [host, setHost] = useState<'electron' | 'browser' | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [readerId, setReaderId] = useState<number | null>(null);
  const [readerFocus, setReaderFocus] = useState(0);
  const [listFocus, setListFocus] = useState(0);
  const [pendingDelete, setPendingDelete] = useState<PendingDelete | null>(null);
  const [view, setView] = useState<'library' | 'tags'>('library');
  const controls = useRef<ImportControlsHandle>(null);

  const articles = useMemo(() => library.articles ?? [], [library.articles]);
  const indexById = useMemo(() => new Map(articles.map((a, i) => [a.id, i])), [articles]);
  const selectedIndex = selectedId === null ? -1 : (indexById.get(selectedId) ?? -1);

  useEffect(() => {
    api.call('host.info', {}).then(
      (info) => setHost(info.kind),
      (error: unknown) => reportError('Couldn’t reach the library', error),
    );
  }, [reportError]);

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

  useEffect(() => api.on('menu.command', ({ command }) => controls.current?.choose(command === 'import-folder')), []);

  function select(index: number, viaKeyboard: boolean) {
    const article = articles[index];
    if (!article) return;
    setSelectedId(article.id);
    if (!viaKeyboard) setReaderId(article.id);
  }

  function open(id: number) {
    setSelectedId(id);
    setReaderId(id);
    setReaderFocus((n) => n + 1);
  }

  const { filter, setFilter } = library;
  function filterByTag(tag: string) {
    setFilter({ ...filter, tag });
    setView('library');
    setListFocus((n) => n + 1);
  }

  function onTagMoved(from: string, to: string | null) {
    const current = filter.tag;
    if (current === null) return;
    const lower = current.toLowerCase();
    const moved = from.toLowerCase();
    if (lower === moved || lower.startsWith(`${moved}/`)) setFilter({ ...filter, tag: to === null ? null : to + current.slice(from.length) });
  }

  function backToList() {
    setView('library');
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
  return (
    <div className="app">
      <header className="toolbar">
        <p className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Commonplace
        </p>
        <nav className="views" aria-label="Views">
          <button type="button" className="view-button" aria-current={view === 'library' ? 'page' : undefined} onClick={() => setView('library')}>
            Library
          </button>
          <button type="button" className="view-button" aria-current={view === 'tags' ? 'page' : undefined} onClick={() => setView('tags')}>
            Tags
          </button>
        </nav>
        <ImportControls ref={controls} host={host} busy={importing} onSelection={(selection) => void runImport(selection)} />
      </header>
      {phase.kind === 'running' && <ImportProgress progress={phase.progress} cancelling={phase.cancelling} onCancel={importer.cancel} />}
      <div className="panes">
        {view === 'tags' ? (
          <ErrorBoundary area="the tag browser">
            <TagBrowser activeTag={filter.tag} onFilter={filterByTag} onTagMoved={onTagMoved} />
          </ErrorBoundary>
        ) : (
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
            />
          </ErrorBoundary>
        )}
        <ErrorBoundary area="the reader">
          <Reader
            articleId={readerId}
            focusToken={readerFocus}
            tagFilter={filter.tag}
            onExit={backToList}
            onDelete={(article) => setPendingDelete(article)}
            onOpenArticle={open}
          />
        </ErrorBoundary>
      </div>
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
      {pendingDelete && (
        <ConfirmDialog title="Delete this article?" confirmLabel="Delete article" destructive onConfirm={() => confirmDelete(pendingDelete)} onCancel={() => setPendingDelete(null)}>
          <p>
            “{pendingDelete.title}” will be removed from your library. This cannot be undone; the original file on your disk is not touched.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
