/**
 * Correctness at scale: 1,000 highlights on a 50,000-character article, fuzzy search on a 5 MB
 * text, a degenerate text. Timings are printed for information only; speed is measured by
 * `npm run bench`, never asserted here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe as suite, it, expect } from 'vitest';
import { anchor, describe, type AnchorResult, type TextAnchor } from '../../main/library/anchor';

const fixtures = path.resolve(import.meta.dirname, '../..', '../shared/fixtures');
const article = (name: string): string => fs.readFileSync(path.join(fixtures, 'articles', name), 'utf8');
const corpus = ['000_5772afeb88b3367e.txt', '002_09d481056bfa5c16.txt', '004_8af5de537ef99085.txt'].map(article).join('\n\n');

/** A small deterministic generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

function timed(label: string, run: () => void): number {
  const started = performance.now();
  run();
  const elapsed = performance.now() - started;
  console.log(`${label}: ${elapsed.toFixed(1)} ms`);
  return elapsed;
}

suite('anchoring performance', () => {
  const text = corpus.slice(0, 50_000);
  const next = random(42);
  const highlights: TextAnchor[] = Array.from({ length: 1000 }, () => {
    const start = Math.floor(next() * 49_500);
    return describe(text, start, start + 5 + Math.floor(next() * 400));
  });

  it('re-anchors 1,000 highlights in an unchanged 50,000-character article exactly', () => {
    expect(text).toHaveLength(50_000);
    const results: AnchorResult[] = [];
    timed('1,000 unchanged', () => {
      for (const h of highlights) results.push(anchor(text, h));
    });
    expect(results.every((r) => r.status === 'exact')).toBe(true);
  });

  it('re-anchors them after a paragraph is inserted at the top', () => {
    const insert = 'A paragraph added at the top of the article.\n\n';
    const edited = insert + text;
    const results: AnchorResult[] = [];
    timed('1,000 shifted', () => {
      for (const h of highlights) results.push(anchor(edited, h));
    });
    results.forEach((r, i) => {
      expect(r.status).toBe('moved');
      expect(r.start).toBe((highlights[i]?.start ?? 0) + insert.length);
    });
  });

  suite('on a 5 MB text', () => {
    const unique = 'The archivist catalogued every pamphlet by hand, noting the printer, the paper stock and the watermark of each one.';
    const reworded = 'The archivist catalogued each pamphlet by hand, noting the printer, the paper and the watermark of every one.';
    let big = '';
    while (big.length < 5_000_000) big += `${corpus}\n\n`;
    const middle = big.indexOf('\n\n', 2_500_000) + 2;
    big = `${big.slice(0, middle)}${reworded}\n\n${big.slice(middle)}`;
    const absent = 'Quarterly shipping manifests from the harbour office list grain, timber and salted fish bound for the northern ports.';

    it('finds a reworded passage, with and without its old position', () => {
      let near: AnchorResult = { status: 'orphaned' };
      let anywhere: AnchorResult = { status: 'orphaned' };
      timed('5 MB fuzzy near old position', () => {
        near = anchor(big, { exact: unique, start: middle + 300, end: middle + 300 + unique.length });
      });
      timed('5 MB fuzzy, no position', () => {
        anywhere = anchor(big, { exact: unique });
      });
      for (const r of [near, anywhere]) {
        expect(r).toMatchObject({ status: 'fuzzy', start: middle, end: middle + reworded.length });
      }
    });

    it('gives up on absent passages, short and long', () => {
      timed('5 MB absent passages', () => {
        expect(anchor(big, { exact: absent }).status).toBe('orphaned');
        expect(anchor(big, { exact: absent, start: 4_000_000, end: 4_000_100 }).status).toBe('orphaned');
        expect(anchor(big, { exact: 'harbour manifests' }).status).toBe('orphaned');
        expect(anchor(big, { exact: absent.repeat(8) }).status).toBe('orphaned');
      });
    });

    it('copes with a degenerate text and a very common quote', () => {
      const same = 'a'.repeat(5_000_000);
      timed('5 MB degenerate', () => {
        expect(anchor(same, { exact: `${'a'.repeat(20)}b` }).status).toBe('fuzzy');
        expect(anchor(same, { exact: `${'a'.repeat(20)}b`.repeat(10) }).status).toBe('fuzzy');
        expect(anchor(same, { exact: 'a', prefix: 'b', suffix: 'c', start: 2_000_000, end: 2_000_001 }).status).toBe('exact');
        expect(anchor(big, { exact: 'the', prefix: 'xyz ', suffix: ' qqq' }).status).toBe('exact');
      });
    });
  });
});
