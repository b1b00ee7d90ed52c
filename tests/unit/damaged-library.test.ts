/** The decision at open: a damaged library is offered its newest good backup; anything else stays an error. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmptyLibraryFileError, LibraryDamagedError, LibraryTooNewError, NotALibraryError } from '../../db/errors';
import { decideOpenFailure, offeredBackup, type BackupInfo } from '../../main/library/backup';

const file = path.resolve('/data/library.commonplace');
const good: BackupInfo = { file: '/data/Backups/library-2026-12-01-101500.sqlite', createdAt: '2026-12-01T10:15:00.000Z', size: 8192, articles: 40, notes: 3 };
const lookup = (backup: BackupInfo | null, folder = '/data/Backups') => ({ newestGoodBackup: () => backup, backupFolder: () => folder });

describe('decideOpenFailure', () => {
  it('offers the newest good backup for a damaged library, and names where the damaged file will be kept', () => {
    const decision = decideOpenFailure(new LibraryDamagedError(file, 'it is cut short: 4096 bytes of the 8192 its header records'), file, lookup(good));
    expect(decision).toEqual({
      kind: 'damaged',
      damaged: { file, reason: 'it is cut short: 4096 bytes of the 8192 its header records', backup: good, folder: '/data/Backups', keptAs: `${file}.damaged` },
    });
  });

  it('still says damaged when there is no backup, or the backups cannot be read', () => {
    const none = decideOpenFailure(new LibraryDamagedError(file, 'database disk image is malformed'), file, lookup(null));
    expect(none).toMatchObject({ kind: 'damaged', damaged: { backup: null, folder: '/data/Backups' } });
    const throwing = {
      newestGoodBackup: () => {
        throw new Error('EACCES');
      },
      backupFolder: () => '/elsewhere',
    };
    expect(decideOpenFailure(new LibraryDamagedError(file, 'x'), file, throwing)).toMatchObject({ kind: 'damaged', damaged: { backup: null, folder: '/elsewhere' } });
  });

  it('leaves every other failure to the host: a newer version, an empty file, not a library, anything else', () => {
    let looked = false;
    const watching = {
      newestGoodBackup: () => {
        looked = true;
        return good;
      },
      backupFolder: () => '/data/Backups',
    };
    for (const error of [new LibraryTooNewError(99, 9), new EmptyLibraryFileError(file), new NotALibraryError(file, new Error('file is not a database')), new Error('EACCES'), 'a string']) {
      expect(decideOpenFailure(error, file, watching)).toEqual({ kind: 'fail' });
    }
    // Backups are not even looked for when the library is not damaged.
    expect(looked).toBe(false);
  });

  it('resolves a relative library path', () => {
    const decision = decideOpenFailure(new LibraryDamagedError('lib.commonplace', 'x'), 'lib.commonplace', lookup(null));
    expect(decision.kind === 'damaged' && decision.damaged.keptAs).toBe(`${path.resolve('lib.commonplace')}.damaged`);
  });
});

describe('offeredBackup', () => {
  const damaged = { file, reason: 'x', backup: good, folder: '/data/Backups', keptAs: `${file}.damaged` };
  it('is the backup offered, by its file name only', () => {
    expect(offeredBackup(damaged, 'library-2026-12-01-101500.sqlite')).toBe(good);
    expect(offeredBackup(damaged, 'library-2026-11-30-101500.sqlite')).toBeNull();
    expect(offeredBackup(damaged, '/data/Backups/library-2026-12-01-101500.sqlite')).toBeNull();
    expect(offeredBackup({ ...damaged, backup: null }, 'library-2026-12-01-101500.sqlite')).toBeNull();
  });
});
