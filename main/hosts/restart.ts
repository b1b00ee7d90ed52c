/**
 * "Restart now" after a restore staged in the Backups dialog: what the host does. Pure, so it is
 * unit-tested (tests/unit/restart.test.ts); the session (library-session.ts) carries it out and
 * the Electron host supplies the relaunch (app.relaunch() and a quit, behind one function).
 */
export type RestartDecision =
  /** Electron: start a new process and quit this one; the new one applies the restore before opening. */
  | { kind: 'relaunch' }
  /** The browser host (no app to relaunch): close the library, apply the restore, open it again in place. */
  | { kind: 'reopen' }
  | { kind: 'refuse'; message: string };

export interface RestartFacts {
  /** Whether a restore is staged (`<library>.restore-pending.json` exists). */
  staged: boolean;
  /** Whether the library is damaged (not open): its own restore is the way, not this. */
  damaged: boolean;
  /** Whether this host can start itself again (Electron). */
  canRelaunch: boolean;
  /** Whether other calls are still running (an import, an export, a re-run cleanup): closing the library would cut them off. */
  busy: boolean;
}

export function decideRestart(facts: RestartFacts): RestartDecision {
  if (facts.damaged) return { kind: 'refuse', message: 'Your library is damaged and not open: restore its newest good backup instead.' };
  if (!facts.staged) return { kind: 'refuse', message: 'No restore is waiting, so there is nothing to restart for. Choose a backup to restore in Backups first.' };
  if (facts.busy) return { kind: 'refuse', message: 'Commonplace is still working (an import, an export, a backup or a cleanup). Let it finish, then try again. Nothing was changed.' };
  return facts.canRelaunch ? { kind: 'relaunch' } : { kind: 'reopen' };
}
