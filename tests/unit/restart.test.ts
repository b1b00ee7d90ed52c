/** "Restart now" after a staged restore: relaunch where the host can, reopen in place where it cannot, refuse otherwise. */
import { describe, expect, it } from 'vitest';
import { decideRestart } from '../../main/hosts/restart';

describe('decideRestart', () => {
  it('relaunches the Electron app, reopens in place in the browser host', () => {
    expect(decideRestart({ staged: true, damaged: false, canRelaunch: true, busy: false })).toEqual({ kind: 'relaunch' });
    expect(decideRestart({ staged: true, damaged: false, canRelaunch: false, busy: false })).toEqual({ kind: 'reopen' });
  });

  it('refuses when nothing is staged, or the library is damaged (its own restore is the way)', () => {
    for (const canRelaunch of [true, false]) {
      expect(decideRestart({ staged: false, damaged: false, canRelaunch, busy: false })).toMatchObject({ kind: 'refuse', message: expect.stringMatching(/No restore is waiting/) });
      expect(decideRestart({ staged: true, damaged: true, canRelaunch, busy: false })).toMatchObject({ kind: 'refuse', message: expect.stringMatching(/damaged/) });
      expect(decideRestart({ staged: false, damaged: true, canRelaunch, busy: false })).toMatchObject({ kind: 'refuse' });
    }
  });

  it('refuses while other calls are running, whichever way it would restart', () => {
    for (const canRelaunch of [true, false]) {
      expect(decideRestart({ staged: true, damaged: false, canRelaunch, busy: true })).toMatchObject({ kind: 'refuse', message: expect.stringMatching(/still working/) });
    }
  });
});
