/** The palette's fuzzy matcher (main/contract/fuzzy.ts), shared by the renderer and main/. */
import { describe, expect, it } from 'vitest';
import { fold, fuzzyMatch, matchRuns, prepareQuery } from '../../main/contract/fuzzy';

const score = (query: string, text: string) => fuzzyMatch(prepareQuery(query), text)?.score ?? null;
const positions = (query: string, text: string) => fuzzyMatch(prepareQuery(query), text)?.positions ?? null;
/** The texts that match, best first. */
const ranked = (query: string, texts: string[]) =>
  texts
    .map((text) => ({ text, s: score(query, text) }))
    .filter((r): r is { text: string; s: number } => r.s !== null)
    .sort((a, b) => b.s - a.s)
    .map((r) => r.text);

describe('palette fuzzy matching: what matches', () => {
  it('matches letters in order, anywhere, case-insensitively', () => {
    expect(score('pktlbn', 'Pakistan and the Taliban')).not.toBeNull();
    expect(score('PKTLBN', 'pakistan and the taliban')).not.toBeNull();
    expect(score('fldnts', 'Field notes')).not.toBeNull();
    expect(score('tlbnpk', 'Pakistan and the Taliban')).toBeNull();
    expect(score('pakistanx', 'Pakistan')).toBeNull();
    expect(score('longer than the text', 'short')).toBeNull();
  });

  it('folds diacritics and curly quotes both ways, keeping positions in the original text', () => {
    expect(score('cafe', 'Café society')).not.toBeNull();
    expect(score('café', 'Cafe society')).not.toBeNull();
    expect(score('zabihullah', 'Zabīḥullāh Mujāhid')).not.toBeNull();
    expect(score("what's", 'what’s next')).not.toBeNull();
    expect(fold('Zabīḥullāh')).toHaveLength('Zabīḥullāh'.length);
    expect(positions('cafe', 'Le Café')).toEqual([3, 4, 5, 6]);
  });

  it('ignores spaces in the query; an empty query matches everything with score 0', () => {
    expect(positions('pak tal', 'Pakistan and the Taliban')).toEqual(positions('paktal', 'Pakistan and the Taliban'));
    expect(fuzzyMatch(prepareQuery('   '), 'anything')).toEqual({ score: 0, positions: [] });
  });

  it('survives hostile sizes: long titles and long queries stay bounded', () => {
    const long = 'a'.repeat(100_000);
    expect(score('aaa', long)).not.toBeNull();
    expect(prepareQuery('x'.repeat(10_000)).length).toBeLessThanOrEqual(100);
    expect(score('b', `${'a'.repeat(5000)}b`)).toBeNull(); // past the matched prefix of very long texts
  });
});

describe('palette fuzzy matching: ranking', () => {
  it('prefers word starts: "tal" takes Taliban\'s T, not letters inside other words', () => {
    expect(positions('tal', 'Pakistan and the Taliban')).toEqual([17, 18, 19]);
    const spread = positions('pktlbn', 'Pakistan and the Taliban')!;
    expect(spread.slice(0, 2)).toEqual([0, 2]);
    expect(spread.slice(-3)).toEqual([19, 21, 23]);
  });

  it('ranks a prefix above word starts above scattered letters', () => {
    expect(ranked('tag', ['Strategy and tactics', 'Tags', 'Go to tags', 'The aggregate'])).toEqual(['Tags', 'Go to tags', 'The aggregate', 'Strategy and tactics']);
  });

  it('ranks consecutive runs above the same letters spread out', () => {
    expect(score('notes', 'Field notes')!).toBeGreaterThan(score('notes', 'Not everything seems')!);
  });

  it('counts camelCase humps and digits as word starts', () => {
    expect(positions('fb', 'fooBar')).toEqual([0, 3]);
    expect(score('2', 'Part 2')!).toBeGreaterThan(score('2', 'Part12')!);
  });

  it('prefers an early match to the same match further in', () => {
    expect(score('notes', 'Notes on Doha')!).toBeGreaterThan(score('notes', 'Doha, and then notes')!);
  });
});

describe('matchRuns', () => {
  it('splits text into matched and plain runs', () => {
    expect(matchRuns('Field notes', [0, 2, 3])).toEqual([
      { text: 'F', matched: true },
      { text: 'i', matched: false },
      { text: 'el', matched: true },
      { text: 'd notes', matched: false },
    ]);
  });
});
