/**
 * What an export did: the five counts, every conflict with its reason and where the new version
 * went, the files themselves on request, and a way to the folder (the file manager in Electron;
 * in a browser, which cannot open one, the path to copy).
 */
import { useId, useState } from 'react';
import type { ExportSummary } from '../../main/contract';
import { api, toApiError } from '../api';
import { formatCount, plural } from '../format';

const SHOWN = 200;

interface Props {
  summary: ExportSummary;
  host: 'electron' | 'browser' | null;
}

function FileList({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <details className="export-files">
      <summary>
        {title} ({formatCount(items.length)})
      </summary>
      <ul className="result-list">
        {items.slice(0, SHOWN).map((item) => (
          <li key={item} className="file-name">
            {item}
          </li>
        ))}
        {items.length > SHOWN && <li className="result-more">…and {formatCount(items.length - SHOWN)} more</li>}
      </ul>
    </details>
  );
}

export function ExportSummaryView({ summary, host }: Props) {
  const conflictsId = useId();
  const [status, setStatus] = useState<string | null>(null);
  const { written, renamed, unchanged, removed, conflicts, total, cancelled } = summary;
  // A cancelled export stops before renames and removals: every file it reached is one of these.
  const reached = written.length + unchanged + conflicts.length;

  async function showFolder() {
    try {
      const { shown } = await api.call('host.showInFolder', { path: summary.folder });
      setStatus(shown ? null : 'The folder could not be opened. Its path is shown above.');
    } catch (error) {
      setStatus(`The folder could not be opened: ${toApiError(error).message}`);
    }
  }

  async function copyPath() {
    try {
      await navigator.clipboard.writeText(summary.folder);
      setStatus('Path copied.');
    } catch {
      setStatus('Couldn’t copy: the clipboard refused. Select the path and copy it instead.');
    }
  }

  return (
    <>
      <p className="result-summary">
        {cancelled
          ? `Export cancelled after ${formatCount(Math.min(reached, total))} of ${plural(total, 'file')}. The files written are complete; export again into the same folder to finish.`
          : `Exported ${plural(total, 'file')}.`}
      </p>
      <ul className="export-counts" aria-label="Export summary">
        <li>
          <strong>{formatCount(written.length)}</strong> written
        </li>
        <li>
          <strong>{formatCount(renamed.length)}</strong> renamed
        </li>
        <li>
          <strong>{formatCount(unchanged)}</strong> unchanged
        </li>
        <li>
          <strong>{formatCount(removed.length)}</strong> removed
        </li>
        <li>
          <strong>{formatCount(conflicts.length)}</strong> {conflicts.length === 1 ? 'conflict' : 'conflicts'}
        </li>
      </ul>
      {conflicts.length > 0 && (
        <section className="result-section" aria-labelledby={conflictsId}>
          <h3 id={conflictsId}>Conflicts: files left as they were</h3>
          <ul className="result-list">
            {conflicts.slice(0, SHOWN).map((c) => (
              <li key={c.path} className="refused">
                <span className="file-name">{c.path}</span>
                <span className="result-reason">{c.reason}.</span>
                {c.copy && <span className="result-note">New version: {c.copy}</span>}
              </li>
            ))}
            {conflicts.length > SHOWN && <li className="result-more">…and {formatCount(conflicts.length - SHOWN)} more</li>}
          </ul>
        </section>
      )}
      <FileList title="Files written" items={written} />
      <FileList title="Files renamed" items={renamed.map((r) => `${r.from} → ${r.to}`)} />
      <FileList title="Files removed" items={removed} />
      <div className="export-folder">
        <p>
          Folder: <span className="export-folder-path">{summary.folder}</span>
        </p>
        {host === 'electron' ? (
          <button type="button" className="button" onClick={() => void showFolder()}>
            Show in folder
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void copyPath()}>
            Copy path
          </button>
        )}
      </div>
      <p role="status" className="export-status">
        {status}
      </p>
    </>
  );
}
