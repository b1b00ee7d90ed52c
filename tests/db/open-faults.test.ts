/** openLibrary's fault handling at the store level: what the app relies on to start anyway. */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmptyLibraryFileError, LibraryNotWritableError } from '../../db/errors';
import { closeLibrary, openLibrary, openLibraryOrReadOnly } from '../../db/open';
import { insertDocument, listDocuments } from '../../db/repos/documents';
import { dispatch } from '../../main/dispatch';
import { createHandlers } from '../../main/handlers/index';
import { browserHostHandlers } from '../../main/hosts/browser-host-handlers';
import { canMount, tmpfs } from './fault-helpers';
import { newDocument, tempDir } from './helpers';

function fill(dir: string): void {
  const fd = openSync(path.join(dir, 'filler'), 'w');
  try {
    for (const size of [64 * 1024, 512]) {
      const block = Buffer.alloc(size, 1);
      try {
        for (;;) writeSync(fd, block);
      } catch {
        // This block size no longer fits: try the smaller one.
      }
    }
  } finally {
    closeSync(fd);
  }
}

describe('opening a library that cannot be written', () => {
  it.skipIf(!canMount)('on a full disk: writing is refused as "the disk is full"; the app opens it read-only and reads it', () => {
    const dir = tmpfs(2048);
    const file = path.join(dir, 'lib.commonplace');
    const db = openLibrary(file);
    insertDocument(db, newDocument({ title: 'Kept on a full disk' }));
    closeLibrary(db);
    fill(dir);
    expect(() => openLibrary(file)).toThrow(LibraryNotWritableError);
    expect(() => openLibrary(file)).toThrow(`the disk holding ${dir} is full`);
    const { db: app, readOnly } = openLibraryOrReadOnly(file);
    try {
      expect(readOnly?.reason).toBe('disk-full');
      expect(listDocuments(app, { sort: 'importedAt', direction: 'desc' }).map((d) => d.title)).toEqual(['Kept on a full disk']);
      expect(() => insertDocument(app, newDocument())).toThrow();
    } finally {
      closeLibrary(app);
    }
  });

  it('an empty file is refused, never made into a library', () => {
    const file = path.join(tempDir(), 'empty.commonplace');
    writeFileSync(file, '');
    expect(() => openLibrary(file)).toThrow(EmptyLibraryFileError);
    expect(() => openLibraryOrReadOnly(file)).toThrow(EmptyLibraryFileError);
  });
});

describe('a change asked of a library opened read-only', () => {
  it('is refused in words (read-only, nothing changed), not as "Something went wrong"', async () => {
    const file = path.join(tempDir(), 'lib.commonplace');
    closeLibrary(openLibrary(file));
    const db = openLibrary(file, { mode: 'read' });
    try {
      const handlers = createHandlers(db, browserHostHandlers());
      const reply = await dispatch(handlers, 'colors.update', { color: 'yellow', meaning: 'Changed' }, { emit: () => {} });
      expect(reply).toEqual({ ok: false, error: { code: 'refused', message: expect.stringContaining('Your library is open read-only') as string } });
    } finally {
      closeLibrary(db);
    }
  });
});
