/**
 * Child process of backup-crash.test.ts: makes backups of the library in a loop while writing to
 * it between them, printing each backup's file as it lands, until it is killed.
 */
import { closeLibrary, openLibrary } from '../../db/open';
import { insertDocument } from '../../db/repos/documents';
import { createBackup } from '../../main/library/backup';

const file = process.argv[2]!;
const db = openLibrary(file);
let n = 0;
for (;;) {
  const made = await createBackup(db);
  process.stdout.write(`backup ${made.file}\n`);
  n++;
  insertDocument(db, {
    title: `Written by the child ${process.pid} ${n}`,
    byline: null,
    site: null,
    sourceUrl: null,
    publishedAt: null,
    summary: null,
    importedAt: new Date().toISOString(),
    format: 'text',
    originalName: 'child.txt',
    contentHash: `child-${process.pid}-${n}`,
    blocksJson: '[]',
    plainText: 'child',
    wordCount: 1,
  });
  if (n > 1000) break;
}
closeLibrary(db);
