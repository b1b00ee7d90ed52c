/**
 * Backups: the library's backups (date, size, articles, notes), "Back up now", and "Restore" with
 * a confirmation. A restore is staged: the backup is verified at once and replaces the library
 * when Commonplace next starts (the library as it is now is kept as `.before-restore`), since the
 * open library cannot be swapped under the windows reading it.
 */
import { useId, useState, type FormEvent } from 'react';
import type { Output } from '../../main/contract';
import { formatBytes } from '../../main/contract/bytes';
import { api, toApiError } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Modal } from '../components/Modal';
import { formatCount, plural } from '../format';
import { useCall } from '../data/useCall';

type Backup = Output<'backups.list'>['backups'][number];

// Seconds shown: several backups can land in one minute (before a purge, then a merge).
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export function formatBackupDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : when.format(date);
}

interface Props {
  onClose(): void;
}

export function BackupsDialog({ onClose }: Props) {
  const titleId = useId();
  const list = useCall('backups.list', {});
  const isBrowser = useCall('host.info', {}).data?.kind === 'browser';
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Backup | null>(null);

  async function backUpNow() {
    setBusy(true);
    setProblem(null);
    setStatus('Backing up…');
    try {
      const { backup, removed } = await api.call('backups.create', {});
      setStatus(`Backed up (${formatBytes(backup.size, formatCount)}, verified).${removed > 0 ? ` ${plural(removed, 'older backup')} removed past the ones kept.` : ''}`);
      list.refetch();
    } catch (error) {
      setStatus(null);
      setProblem(`Couldn’t back up: ${toApiError(error).message}`);
    } finally {
      setBusy(false);
    }
  }

  /** Finishes the staged restore now: the app relaunches itself, or the browser host reopens the library in place. */
  async function restartNow() {
    setBusy(true);
    setProblem(null);
    setStatus(isBrowser ? 'Restoring…' : 'Restarting Commonplace…');
    try {
      const done = await api.call('backups.restartNow', {});
      if (done.how === 'reopened') {
        setStatus(`Restored${done.articles === null ? '' : `: ${plural(done.articles, 'article')}, ${plural(done.notes ?? 0, 'note')}`}. Reloading…`);
        window.location.reload();
      }
      // 'relaunch': this window closes as the app quits and starts again.
    } catch (error) {
      setStatus(null);
      setProblem(`Couldn’t restart: ${toApiError(error).message}`);
      setBusy(false);
    }
  }

  async function restore(backup: Backup) {
    // Errors are shown by the confirmation dialog, which stays open.
    await api.call('backups.restore', { name: backup.name });
    setConfirming(null);
    setStatus(`The backup of ${formatBackupDate(backup.createdAt)} is ready to restore. Quit and reopen Commonplace to finish: it replaces your library then.`);
    list.refetch();
  }

  const data = list.data;
  const pending = data?.pendingRestore ?? null;
  const pendingBackup = pending ? data?.backups.find((b) => b.name === pending) : undefined;

  return (
    <>
      <Modal labelledBy={titleId} onCancel={onClose} className="backups-dialog">
        <h2 id={titleId} className="modal-title">
          Backups
        </h2>
        <div className="modal-body">
          <p className="field-hint">
            Commonplace backs up your library every day you use it, before updates and before anything that deletes for good. Each backup is checked
            after it is made. {data && `Kept: the last ${data.settings.keep.daily} days, ${data.settings.keep.weekly} weeks and ${data.settings.keep.monthly} months.`}
          </p>
          {data && (
            <p className="field-hint">
              Folder: <span className="backups-folder">{data.settings.folder}</span>
            </p>
          )}
          {data && <KeepForm keep={data.settings.keep} onSaved={(message) => {
                setStatus(message);
                list.refetch();
              }} onProblem={setProblem} />}
          {pending && (
            <div className="backups-pending">
              <p role="note">{pendingBackup ? `The backup of ${formatBackupDate(pendingBackup.createdAt)}` : 'A backup'} will replace your library when Commonplace next starts.</p>
              <button type="button" className="button" onClick={() => void restartNow()} disabled={busy} aria-busy={busy}>
                {isBrowser ? 'Restore now' : 'Restart now'}
              </button>
            </div>
          )}
          {list.error && !data && <p className="modal-error">Couldn’t list the backups: {list.error.message}</p>}
          {data && data.backups.length === 0 && <p>No backups yet.</p>}
          {data && data.backups.length > 0 && (
            <table className="backups-table">
              <caption className="visually-hidden">Backups, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Size</th>
                  <th scope="col">Articles</th>
                  <th scope="col">Notes</th>
                  <th scope="col">
                    <span className="visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.backups.map((b) => (
                  <tr key={b.name}>
                    <th scope="row">{formatBackupDate(b.createdAt)}</th>
                    <td>{formatBytes(b.size, formatCount)}</td>
                    <td>{b.articles === null ? '—' : formatCount(b.articles)}</td>
                    <td>{b.notes === null ? '—' : formatCount(b.notes)}</td>
                    <td>
                      <button type="button" className="button" aria-label={`Restore the backup of ${formatBackupDate(b.createdAt)}`} onClick={() => setConfirming(b)}>
                        Restore…
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p role="status" className="backups-status">
            {status}
          </p>
          {problem && (
            <p role="alert" className="modal-error">
              {problem}
            </p>
          )}
        </div>
        <div className="modal-actions">
          <button type="button" className="button" onClick={() => void backUpNow()} disabled={busy} aria-busy={busy}>
            Back up now
          </button>
          <button type="button" className="button primary" onClick={onClose} data-autofocus>
            Close
          </button>
        </div>
      </Modal>
      {confirming && (
        <ConfirmDialog title="Restore this backup?" confirmLabel="Restore" destructive onConfirm={() => restore(confirming)} onCancel={() => setConfirming(null)}>
          <p>
            Your library will be replaced by the backup of {formatBackupDate(confirming.createdAt)}
            {confirming.articles !== null && ` (${plural(confirming.articles, 'article')}, ${plural(confirming.notes ?? 0, 'note')})`}. Anything added or changed
            since then will not be in it.
          </p>
          <p>The library as it is now is kept beside it (as “.before-restore”), so this can be undone by hand. The restore happens when you quit and reopen Commonplace.</p>
        </ConfirmDialog>
      )}
    </>
  );
}

type Keep = Output<'backups.list'>['settings']['keep'];

const PERIODS = [
  ['daily', 'Days'],
  ['weekly', 'Weeks'],
  ['monthly', 'Months'],
] as const;

/** How many daily, weekly and monthly backups are kept; applied at the next backup. */
function KeepForm({ keep, onSaved, onProblem }: { keep: Keep; onSaved(message: string): void; onProblem(message: string | null): void }) {
  const legendId = useId();
  const [draft, setDraft] = useState<Record<keyof Keep, string>>({ daily: String(keep.daily), weekly: String(keep.weekly), monthly: String(keep.monthly) });
  const [saving, setSaving] = useState(false);
  const changed = PERIODS.some(([key]) => draft[key] !== String(keep[key]));

  async function save(event: FormEvent) {
    event.preventDefault();
    onProblem(null);
    const next: Partial<Keep> = {};
    for (const [key, label] of PERIODS) {
      const value = Number(draft[key]);
      if (!/^\d+$/.test(draft[key].trim()) || value > 1000) {
        onProblem(`${label}: type a whole number from 0 to 1000.`);
        return;
      }
      next[key] = value;
    }
    setSaving(true);
    try {
      const saved = await api.call('backups.configure', { keep: next });
      onSaved(`Saved: the last ${saved.keep.daily} days, ${saved.keep.weekly} weeks and ${saved.keep.monthly} months are kept, from the next backup on.`);
    } catch (error) {
      onProblem(`Couldn’t save: ${toApiError(error).message}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="backups-keep" onSubmit={(event) => void save(event)} aria-labelledby={legendId}>
      <span id={legendId} className="field-label">
        Keep the newest backup of each of the last
      </span>
      {PERIODS.map(([key, label]) => (
        <label key={key} className="backups-keep-field">
          <input
            type="number"
            inputMode="numeric"
            min={0}
            max={1000}
            value={draft[key]}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, [key]: value }));
            }}
          />{' '}
          {label.toLowerCase()}
        </label>
      ))}
      <button type="submit" className="button" disabled={!changed || saving} aria-busy={saving}>
        Save
      </button>
    </form>
  );
}
