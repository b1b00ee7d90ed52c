/**
 * Export to Markdown: choose the folder (the system's folder picker in Electron; a typed full
 * path in a browser, which has no picker that yields a path, confirmed in a second step: only
 * then does the dialog call `export.confirmFolder`, and the browser host exports into no folder
 * that was not confirmed so), the two options, then progress
 * with a Cancel, then what happened. Errors (a relative path, a folder that cannot be written)
 * are said in the dialog, with the choices kept, so fixing one is a retry and not a re-entry.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api, toApiError } from '../api';
import { Modal } from '../components/Modal';
import { formatCount } from '../format';
import { loadExportSettings, looksAbsolute, saveExportSettings, type ExportSettings } from './exportSettings';
import { ExportSummaryView } from './ExportSummaryView';
import { useExportJob } from './useExportJob';

interface Props {
  host: 'electron' | 'browser' | null;
  onClose(): void;
}

export function ExportDialog({ host, onClose }: Props) {
  const titleId = useId();
  const folderId = useId();
  const folderHintId = useId();
  const [settings, setSettings] = useState<ExportSettings>(loadExportSettings);
  const [problem, setProblem] = useState<string | null>(null);
  /** Browser host: the typed folder, waiting for the user to confirm it. */
  const [confirming, setConfirming] = useState<string | null>(null);
  const { phase, run, cancel, reset } = useExportJob();
  const picker = host === 'electron';

  const update = (patch: Partial<ExportSettings>) => {
    if (patch.folder !== undefined) setConfirming(null);
    setSettings((current) => ({ ...current, ...patch }));
  };

  async function chooseFolder(): Promise<string | null> {
    try {
      const chosen = await api.call('host.chooseExportFolder', {});
      if (chosen.path) update({ folder: chosen.path });
      return chosen.path;
    } catch (error) {
      setProblem(`Couldn’t open the folder picker: ${toApiError(error).message}`);
      return null;
    }
  }

  async function start(event?: FormEvent) {
    event?.preventDefault();
    if (phase.kind === 'running') return;
    setProblem(null);
    let folder = settings.folder.trim();
    if (folder === '' && picker) folder = (await chooseFolder()) ?? '';
    if (folder === '') {
      setProblem(picker ? 'Choose the folder to export into.' : 'Type the full path of the folder to export into.');
      return;
    }
    if (!looksAbsolute(folder)) {
      setProblem(`“${folder}” is not a full path. Type the whole path of the folder, starting with / (or a drive letter such as C:\\ on Windows).`);
      return;
    }
    const next = { ...settings, folder };
    setSettings(next);
    saveExportSettings(next);
    if (!picker) {
      // A typed path: say where the files will go and wait for the user's yes.
      setConfirming(folder);
      return;
    }
    await run(next);
  }

  /** The user confirmed the typed folder: only now is it handed to the host as chosen. */
  async function confirmAndRun(event?: FormEvent) {
    event?.preventDefault();
    if (confirming === null || phase.kind === 'running') return;
    setProblem(null);
    try {
      const { folder } = await api.call('export.confirmFolder', { folder: confirming });
      setConfirming(null);
      await run({ ...settings, folder });
    } catch (error) {
      setConfirming(null);
      setProblem(`Couldn’t use that folder: ${toApiError(error).message}`);
    }
  }

  const running = phase.kind === 'running';
  // The buttons under focus come and go with the phase: focus follows to the one that replaced it.
  const cancelButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const exportButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming !== null) confirmButton.current?.focus();
  }, [confirming]);
  const previousPhase = useRef(phase.kind);
  useEffect(() => {
    if (previousPhase.current === phase.kind) return;
    previousPhase.current = phase.kind;
    if (phase.kind === 'running') cancelButton.current?.focus();
    else if (phase.kind === 'done') closeButton.current?.focus();
    else exportButton.current?.focus();
  }, [phase.kind]);
  const failure = phase.kind === 'failed' ? `Couldn’t export: ${toApiError(phase.error).message}` : null;
  const shownProblem = problem ?? failure;

  function onCancel() {
    // Escape while exporting stops the export (the summary then says what was written).
    if (running) void cancel();
    else onClose();
  }

  return (
    <Modal labelledBy={titleId} onCancel={onCancel} className="export-dialog">
      <h2 id={titleId} className="modal-title">
        {phase.kind !== 'done' ? 'Export to Markdown' : phase.summary.cancelled ? 'Export cancelled' : 'Export finished'}
      </h2>
      {phase.kind === 'done' ? (
        <>
          <div className="modal-body">
            <ExportSummaryView summary={phase.summary} host={host} />
          </div>
          <div className="modal-actions">
            <button type="button" className="button" onClick={reset}>
              Export again…
            </button>
            <button ref={closeButton} type="button" className="button primary" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      ) : (
      <form className="export-form" onSubmit={(event) => void (confirming !== null ? confirmAndRun(event) : start(event))} aria-busy={running}>
        <div className="modal-body">
          <p className="field-hint">Notes and articles become Markdown files with links between them, ready to open as an Obsidian vault. Exporting again updates the files and never overwrites your own edits.</p>
          <div className="field">
            <label className="field-label" htmlFor={folderId}>
              Export folder
            </label>
            <div className="export-folder-choice">
              <input
                id={folderId}
                className="export-folder-input"
                type="text"
                value={settings.folder}
                placeholder={picker ? 'Choose a folder…' : '/Users/you/Documents/Vault'}
                spellCheck={false}
                autoComplete="off"
                aria-describedby={picker ? undefined : folderHintId}
                aria-invalid={problem !== null}
                disabled={running}
                onChange={(e) => update({ folder: e.currentTarget.value })}
                data-autofocus={picker ? undefined : true}
              />
              {picker && (
                <button type="button" className="button" onClick={() => void chooseFolder()} disabled={running}>
                  Choose folder…
                </button>
              )}
            </div>
            {!picker && (
              <p id={folderHintId} className="field-hint">
                A browser can’t show a folder picker: type the full path of a folder on this computer. It is created if it doesn’t exist.
              </p>
            )}
          </div>
          <fieldset className="export-options" disabled={running}>
            <legend className="field-label">Articles</legend>
            <label>
              <input type="radio" name="export-articles" checked={!settings.allArticles} onChange={() => update({ allArticles: false })} /> Only articles with highlights or notes
            </label>
            <label>
              <input type="radio" name="export-articles" checked={settings.allArticles} onChange={() => update({ allArticles: true })} /> All articles
            </label>
            <label className="export-fulltext">
              <input type="checkbox" checked={settings.fullText} onChange={(e) => update({ fullText: e.currentTarget.checked })} /> Include full article text
            </label>
          </fieldset>
          {confirming !== null && !running && (
            <p role="status" className="export-confirm">
              Export into “{confirming}”? Commonplace will write Markdown files there, in Notes and Articles folders, creating the folder if needed.
            </p>
          )}
          {phase.kind === 'running' && <Progress done={phase.progress.done} total={phase.progress.total} path={phase.progress.path} cancelling={phase.cancelling} />}
          {shownProblem && (
            <p role="alert" className="modal-error">
              {shownProblem}
            </p>
          )}
        </div>
        <div className="modal-actions">
          {running ? (
            <button ref={cancelButton} type="button" className="button" onClick={() => void cancel()} aria-disabled={phase.cancelling}>
              Cancel export
            </button>
          ) : confirming !== null ? (
            <>
              <button type="button" className="button" onClick={() => setConfirming(null)}>
                Back
              </button>
              <button ref={confirmButton} type="submit" className="button primary">
                Export here
              </button>
            </>
          ) : (
            <>
              <button type="button" className="button" onClick={onClose}>
                Cancel
              </button>
              <button ref={exportButton} type="submit" className="button primary" data-autofocus={picker ? true : undefined}>
                Export
              </button>
            </>
          )}
        </div>
      </form>
      )}
    </Modal>
  );
}

function Progress({ done, total, path, cancelling }: { done: number; total: number; path: string | null; cancelling: boolean }) {
  const labelId = useId();
  const counts = `${formatCount(done)} of ${formatCount(total)} files`;
  const label = cancelling ? `Cancelling after ${counts}…` : total === 0 ? 'Preparing the export…' : `Exporting ${counts}`;
  return (
    <div className="export-progress">
      <p id={labelId} className="export-progress-label">
        {label}
        {path && !cancelling && <span className="export-progress-file">{path}</span>}
      </p>
      <div
        role="progressbar"
        aria-label="Export progress"
        aria-describedby={labelId}
        aria-valuemin={0}
        aria-valuemax={Math.max(total, 1)}
        aria-valuenow={done}
        aria-valuetext={counts}
        className="progress-track"
      >
        <div className="progress-fill" style={{ width: `${total > 0 ? Math.round((done / total) * 100) : 0}%` }} />
      </div>
    </div>
  );
}
