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
import { answerReview } from '../../main/library/review';
import { readVault, researchLibrary } from './export-helpers';
import { tempDir, tempLibrary } from './helpers';

/** Update both together: bump RENDER_VERSION, run this test, paste the hash it prints. */
const EXPECTED = { renderVersion: 3, fingerprint: '38c3a55e9466f18d4581d36dfb2a152558f3803c506e70e26060088275acea45' };

/** Timestamps come from the clock at setup; everything else in the fixed library is fixed. */
const TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g;

describe('export: render version', () => {
  it('changes the Markdown only together with RENDER_VERSION', async () => {
    const { db } = tempLibrary();
    const { h1, h2 } = await researchLibrary(db);
    // Review state too (the `review:` frontmatter block), answered at fixed times.
    answerReview(db, { highlightId: h1.id, rating: 'keep', now: new Date('2026-01-01T09:00:00Z'), timeZone: 'UTC' });
    answerReview(db, { highlightId: h2.id, rating: 'never', now: new Date('2026-01-01T09:01:00Z'), timeZone: 'UTC' });
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
