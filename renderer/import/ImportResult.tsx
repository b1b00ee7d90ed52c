/**
 * What an import did, file by file: what arrived, what was already there, which highlight
 * cards' passages found their article, which files held several articles (with a way to join
 * them back), and what was refused with a reason the user can act on. Long batches are
 * summarised after a few hundred.
 */
import { useId, useMemo, useState, type ReactNode } from 'react';
import { Modal } from '../components/Modal';
import { formatCount, plural } from '../format';
import { HeldArticles } from './HeldArticles';
import type { Outcome } from './useImport';

const SHOWN = 200;

interface Props {
  outcome: Outcome;
  onOpen(id: number): void;
  onClose(): void;
}

function Section<T>({ title, items, render }: { title: string; items: readonly T[]; render(item: T, index: number): ReactNode }) {
  const id = useId();
  if (items.length === 0) return null;
  return (
    <section className="result-section" aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="result-count">({formatCount(items.length)})</span>
      </h3>
      <ul className="result-list">
        {items.slice(0, SHOWN).map(render)}
        {items.length > SHOWN && <li className="result-more">…and {formatCount(items.length - SHOWN)} more</li>}
      </ul>
    </section>
  );
}

function summary({ report, skipped }: Outcome): string {
  const attached = (report.attached ?? []).reduce((n, a) => n + a.highlights, 0);
  // Books and pages from highlight exports are told by their own lines (highlightFiles), not as articles.
  const sourceItems = report.highlightFiles && report.highlightFiles.length > 0 ? report.imported.filter((i) => highlightFileNames(report).has(i.file)).length : 0;
  const articles = report.imported.length - sourceItems;
  const parts = [
    articles > 0 ? `${plural(articles, 'article')} imported` : sourceItems > 0 ? null : 'Nothing new was imported',
    // An Omnivore export brings articles as well as highlights: each file's own line says which.
    sourceItems > 0 ? `${plural(sourceItems, 'book, page or article', 'books, pages or articles')} from other tools imported` : null,
    attached > 0 ? `${plural(attached, 'highlight')} attached to ${(report.attached ?? []).length === 1 ? 'its article' : 'their articles'}` : null,
    (report.split ?? []).length > 0 ? `${plural((report.split ?? []).length, 'file')} held several articles` : null,
    report.duplicates.length > 0 ? `${formatCount(report.duplicates.length)} already in your library` : null,
    report.refused.length > 0 ? `${formatCount(report.refused.length)} could not be imported` : null,
    skipped.length > 0 ? `${plural(skipped.length, 'other file')} skipped` : null,
  ].filter((p): p is string => p !== null);
  return `${parts.join(', ')}.`;
}

function highlightFileNames(report: Outcome['report']): Set<string> {
  return new Set((report.highlightFiles ?? []).map((f) => f.file));
}

export function ImportResult({ outcome, onOpen, onClose }: Props) {
  const titleId = useId();
  const summaryId = useId();
  const { report, skipped } = outcome;
  // Articles deleted by "Import as one article": no longer offered.
  const [gone, setGone] = useState<ReadonlySet<number>>(new Set());
  const titles = useMemo(() => new Map(report.imported.map((i) => [i.id, i.title])), [report.imported]);
  const imported = useMemo(() => report.imported.filter((i) => !gone.has(i.id)), [report.imported, gone]);

  return (
    <Modal labelledBy={titleId} describedBy={summaryId} onCancel={onClose} className="import-result">
      <h2 id={titleId} className="modal-title">
        Import result
      </h2>
      <div className="modal-body">
        <p id={summaryId} className="result-summary">
          {summary(outcome)}
          {report.cancelled && ' The import was cancelled; the remaining files were not imported.'}
        </p>
        <Section
          title="Highlights from other tools"
          items={report.highlightFiles ?? []}
          render={(item, i) => (
            <li key={i}>
              <span className="file-name">{item.file}</span> <span className="result-note">{item.message}</span>
            </li>
          )}
        />
        <Section
          title="Imported"
          items={imported}
          render={(item, i) => (
            <li key={i}>
              <button type="button" className="link-button" onClick={() => onOpen(item.id)}>
                {item.title}
              </button>
            </li>
          )}
        />
        <HeldArticles split={report.split ?? []} titles={titles} onOpen={onOpen} onJoined={(deleted) => setGone((current) => new Set([...current, ...deleted]))} />
        <Section
          title="Highlights attached"
          items={report.attached ?? []}
          render={(item, i) => (
            <li key={i}>
              {plural(item.highlights, 'highlight')} from card “{item.cardTitle}” attached to{' '}
              <button type="button" className="link-button" onClick={() => onOpen(item.articleId)}>
                {item.articleTitle}
              </button>
            </li>
          )}
        />
        <Section
          title="Already in your library"
          items={report.duplicates}
          render={(item, i) => (
            <li key={i}>
              <button type="button" className="link-button" onClick={() => onOpen(item.existingId)}>
                {item.title}
              </button>{' '}
              <span className="result-note">
                ({item.file}) is already in your library
              </span>
            </li>
          )}
        />
        <Section
          title="Not imported"
          items={report.refused}
          render={(item, i) => (
            <li key={i} className="refused">
              <span className="file-name">{item.file}</span>
              <span className="result-reason">{item.reason}</span>
            </li>
          )}
        />
        {skipped.length > 0 && (
          <details className="result-skipped">
            <summary>
              Skipped {plural(skipped.length, 'file')} in the folder{skipped.length === 1 ? ' that is not an article' : 's that are not articles'} (only .txt, .md, .html, .pdf, .epub, highlight exports (.csv, .json) and Omnivore .zip exports are imported)
            </summary>
            <ul className="result-list">
              {skipped.slice(0, SHOWN).map((name, i) => (
                <li key={i} className="file-name">
                  {name}
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
      <div className="modal-actions">
        <button type="button" className="button primary" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </Modal>
  );
}
