/**
 * Shown instead of the app when the library failed to open because it is damaged (the Node side
 * serves a damaged session: see main/hosts/library-session.ts). It says what is wrong, names the
 * newest good backup (date, articles, notes) and restores it on request, keeping the damaged file
 * as `<library>.damaged`; then the window reloads onto the restored library.
 */
import { useState, type ReactNode } from 'react';
import type { Output } from '../../main/contract';
import { api, toApiError } from '../api';
import { plural } from '../format';
import { useCall } from '../data/useCall';
import { formatBackupDate } from './BackupsDialog';

type Damaged = NonNullable<Output<'backups.damaged'>['damaged']>;

/** Renders the app, unless the library is damaged: then the damage and the way back. */
export function DamagedLibraryGate({ children }: { children: ReactNode }) {
  const state = useCall('backups.damaged', {});
  // Until the answer, nothing: the app's calls would all be refused if the library is damaged.
  if (state.loading && !state.data) return null;
  const damaged = state.data?.damaged ?? null;
  return damaged ? <DamagedLibrary damaged={damaged} /> : <>{children}</>;
}

function fileName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

export function DamagedLibrary({ damaged }: { damaged: Damaged }) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const backup = damaged.backup;

  async function restore() {
    if (!backup) return;
    setBusy(true);
    setProblem(null);
    setStatus('Restoring the backup…');
    try {
      const done = await api.call('backups.restoreDamaged', { name: backup.name });
      setStatus(`Restored: ${plural(done.articles, 'article')} and ${plural(done.notes, 'note')}. The damaged file is kept as ${fileName(done.keptAs)}. Opening your library…`);
      window.location.reload();
    } catch (error) {
      setStatus(null);
      setProblem(`Couldn’t restore the backup: ${toApiError(error).message}`);
      setBusy(false);
    }
  }

  return (
    <main className="no-bridge damaged-library" aria-labelledby="damaged-title">
      <h1 id="damaged-title">Your library is damaged</h1>
      <p>
        Commonplace could not open <span className="backups-folder">{damaged.file}</span>: {damaged.reason}. The file has not been changed.
      </p>
      {backup ? (
        <>
          <p>
            The newest good backup is from {formatBackupDate(backup.createdAt)}:{' '}
            {backup.articles === null ? 'its contents could not be counted' : `${plural(backup.articles, 'article')}, ${plural(backup.notes ?? 0, 'note')}`}. Anything added or
            changed since then is not in it.
          </p>
          <p>Restoring puts that backup in place of your library; the damaged file is kept beside it as {fileName(damaged.keptAs)}, so nothing is deleted.</p>
          <button type="button" className="button primary" onClick={() => void restore()} disabled={busy} aria-busy={busy}>
            Restore the backup of {formatBackupDate(backup.createdAt)}
          </button>
        </>
      ) : (
        <p>
          No backup of it was found in <span className="backups-folder">{damaged.folder}</span>. To save what can still be read, copy the file somewhere safe and run{' '}
          <code>sqlite3 &lt;copy&gt; .recover</code>, or put back a copy of your own and start Commonplace again.
        </p>
      )}
      <p role="status">{status}</p>
      {problem && <p role="alert">{problem}</p>}
    </main>
  );
}
