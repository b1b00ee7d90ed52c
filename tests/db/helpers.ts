import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { closeLibrary, openLibrary, type Db } from '../../db/open';
import type { NewDocument } from '../../db/repos/documents';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

/** A fresh temp folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'commonplace-db-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A real library file with the real migrations, closed and removed after the test. */
export function tempLibrary(): { db: Db; file: string } {
  const file = path.join(tempDir(), 'library.commonplace');
  const db = openLibrary(file);
  cleanups.push(() => closeLibrary(db));
  return { db, file };
}

let counter = 0;
export function newDocument(overrides: Partial<NewDocument> = {}): NewDocument {
  counter++;
  return {
    title: `Article ${counter}`,
    byline: null,
    site: null,
    sourceUrl: null,
    publishedAt: null,
    summary: null,
    importedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, counter)).toISOString(),
    format: 'text',
    originalName: `article-${counter}.txt`,
    contentHash: `hash-${counter}-${Math.random()}`,
    blocksJson: JSON.stringify([{ kind: 'paragraph', text: `Body of article ${counter}.` }]),
    plainText: `Body of article ${counter}.`,
    wordCount: 4,
    ...overrides,
  };
}
