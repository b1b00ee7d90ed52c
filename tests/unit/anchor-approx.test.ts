/**
 * approx-string-match's own fixtures (anchoring/approx-string-match/fixtures.json), run against
 * the installed library exactly as upstream's `check` does (maxErrors = pattern length, keep the
 * lowest-error matches; when the library reports one of several equally good alignments, any
 * one will do). They pin down what the matcher relies on: end-exclusive UTF-16 offsets, errors
 * counted in code units (an emoji costs two), only the cheapest matches reported, and starts
 * recovered for patterns longer than one 32-bit block. Then the same for our chunked `scan`.
 */
import fs from 'node:fs';
import path from 'node:path';
import search from 'approx-string-match';
import { describe as suite, it, expect } from 'vitest';
import { errorBudget, findApprox, scan, type ApproxMatch } from '../../main/library/anchor/fuzzy';

const fixtures = path.resolve(import.meta.dirname, '../..', '../shared/fixtures');
const file = path.join(fixtures, 'formats/anchoring/approx-string-match/fixtures.json');
const groups = (JSON.parse(fs.readFileSync(file, 'utf8')) as { fixtures: Record<string, [string, string, ApproxMatch[]][]> }).fixtures;

function check(actual: ApproxMatch[], expected: ApproxMatch[]): void {
  const min = Math.min(...actual.map((m) => m.errors));
  const closest = actual.filter((m) => m.errors === min);
  if (closest.length === 1 && expected.length > 1) expect(expected).toContainEqual(closest[0]);
  else expect(closest).toEqual(expected);
}

suite('approx-string-match fixtures', () => {
  for (const [group, list] of Object.entries(groups)) {
    list.forEach(([text, pattern, expected], i) => {
      it(`${group} #${i}: library`, () => check(search(text, pattern, pattern.length), expected));
      it(`${group} #${i}: chunked scan`, () => check(scan(text, pattern, pattern.length, 0, text.length), expected));
    });
  }

  it('reports only the cheapest matches, and nothing past maxErrors', () => {
    expect(search('four candles', 'foouur', 1)).toEqual([]);
    expect(search('foo bar foo bar foo', 'foo', 0)).toHaveLength(3);
    expect(search('', 'foo', 0)).toEqual([]);
    expect(search('foo', '', 0)).toEqual([]);
  });
});

suite('chunked scan and seeded search', () => {
  it('finds matches across chunk boundaries exactly once', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(2000);
    const needle = 'the quick brown fox';
    const text = filler.slice(0, 32_760) + needle + filler + needle;
    const found = scan(text, 'the quick brwn fox', 4, 0, text.length);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual([needle, needle]);
    expect(found.every((m) => m.errors === 1)).toBe(true);
  });

  it('respects the from/to bounds', () => {
    const text = 'alpha beta gamma beta delta';
    expect(scan(text, 'beta', 0, 12, text.length)).toEqual([{ start: 17, end: 21, errors: 0 }]);
  });

  it('stops collecting on a degenerate text', () => {
    const text = 'a'.repeat(1_000_000);
    const found = scan(text, 'aaab', 1, 0, text.length);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(100_000);
  });

  it('bounds errors at a quarter of the quote, capped for very long quotes', () => {
    expect([errorBudget(3), errorBudget(16), errorBudget(64), errorBudget(500), errorBudget(100_000)]).toEqual([0, 4, 16, 125, 1000]);
  });

  it('aligns a long quote whose every 32-character stretch has an edit', () => {
    const original = 'It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness, it was the epoch of belief';
    const text = `${'Unrelated preamble. '.repeat(50)}${original}${' And more.'.repeat(50)}`;
    const quote = original.replace(/was/g, 'wus');
    const [match] = findApprox(text, quote, 0, text.length);
    expect(match && text.slice(match.start, match.end)).toBe(original);
    expect(match?.errors).toBe(5);
  });
});
