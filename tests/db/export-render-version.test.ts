/**
 * An unchanged re-export skips rendering when nothing a file is made from changed, trusting
 * RENDER_VERSION (main/library/export/plan.ts) to say when the way files are written changed.
 * This test is the reminder: it fingerprints the Markdown of a fixed library, so changing the
 * output without bumping RENDER_VERSION fails here instead of leaving stale files in vaults.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../main/library/export';
import { RENDER_VERSION } from '../../main/library/export/plan';
import { readVault, researchLibrary } from './export-helpers';
import { tempDir, tempLibrary } from './helpers';

/** Update both together: bump RENDER_VERSION, run this test, paste the hash it prints. */
const EXPECTED = { renderVersion: 2, fingerprint: '76515fb4dcc0f5c90f6b1cb9fd565fd915d20b04fb7fc9702d3d4bad905f45ae' };

/** Timestamps come from the clock at setup; everything else in the fixed library is fixed. */
const TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g;

describe('export: render version', () => {
  it('changes the Markdown only together with RENDER_VERSION', async () => {
    const { db } = tempLibrary();
    await researchLibrary(db);
    const root = path.join(tempDir(), 'vault');
    await runExport(db, root, { allArticles: true, fullText: true, now: new Date('2026-01-01T00:00:00Z') });
    const hash = createHash('sha256');
    for (const file of [...readVault(root).keys()].sort()) {
      hash.update(`${file}\n${readFileSync(path.join(root, file), 'utf8').replace(TIMESTAMP, '<time>')}\n`);
    }
    const fingerprint = hash.digest('hex');
    const advice = `The exported Markdown is now ${fingerprint}. If the way files are written changed on purpose, bump RENDER_VERSION in main/library/export/plan.ts and set EXPECTED here to { renderVersion: ${RENDER_VERSION === EXPECTED.renderVersion ? RENDER_VERSION + 1 : RENDER_VERSION}, fingerprint: '${fingerprint}' }.`;
    expect(RENDER_VERSION, advice).toBe(EXPECTED.renderVersion);
    expect(fingerprint, advice).toBe(EXPECTED.fingerprint);
  });
});
