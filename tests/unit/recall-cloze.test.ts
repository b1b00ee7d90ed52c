/** Cloze cards: which hidden ranges are accepted, the front with its blanks, the parts of the back, words to choose from. */
import { describe, expect, it } from 'vitest';
import { CLOZE_BLANK, clozeFront, clozeParts, clozeRangesProblem, clozeWords, rangesOfWords } from '../../main/contract/recall';

const TEXT = 'Meltwater from the Karakoram feeds the Indus.';

describe('cloze ranges', () => {
  it('accepts ranges inside the text, in order, not overlapping', () => {
    expect(clozeRangesProblem(TEXT, [[0, 9]])).toBeNull();
    expect(clozeRangesProblem(TEXT, [[0, 9], [19, 28], [39, 44]])).toBeNull();
    // Touching is not overlapping.
    expect(clozeRangesProblem(TEXT, [[0, 4], [4, 9]])).toBeNull();
  });

  it('refuses none, outside, empty, reversed, overlapping, out of order and blank ranges', () => {
    expect(clozeRangesProblem(TEXT, [])).toMatch(/at least one/);
    expect(clozeRangesProblem(TEXT, [[40, 46]])).toMatch(/outside/);
    expect(clozeRangesProblem(TEXT, [[-1, 3]])).toMatch(/outside/);
    expect(clozeRangesProblem(TEXT, [[5, 5]])).toMatch(/outside/);
    expect(clozeRangesProblem(TEXT, [[9, 3]])).toMatch(/outside/);
    expect(clozeRangesProblem(TEXT, [[0.5, 3]])).toMatch(/outside/);
    expect(clozeRangesProblem(TEXT, [[0, 9], [5, 12]])).toMatch(/overlap/);
    expect(clozeRangesProblem(TEXT, [[19, 28], [0, 9]])).toMatch(/order/);
    expect(clozeRangesProblem(TEXT, [[9, 10]])).toMatch(/spaces/);
    expect(clozeRangesProblem(TEXT, Array.from({ length: 101 }, (_, i) => [i, i + 1] as const))).toMatch(/at most/);
  });
});

describe('rendering a cloze', () => {
  it('puts a blank for each hidden range on the front', () => {
    expect(clozeFront(TEXT, [[19, 28]])).toBe(`Meltwater from the ${CLOZE_BLANK} feeds the Indus.`);
    expect(clozeFront(TEXT, [[0, 9], [39, 44]])).toBe('[…] from the Karakoram feeds the […].');
  });

  it('cuts the back into shown and hidden parts that join to the whole text', () => {
    const parts = clozeParts(TEXT, [[0, 9], [39, 44]]);
    expect(parts).toEqual([
      { text: 'Meltwater', hidden: true },
      { text: ' from the Karakoram feeds the ', hidden: false },
      { text: 'Indus', hidden: true },
      { text: '.', hidden: false },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(TEXT);
  });
});

describe('choosing words', () => {
  it('lists the words with their ranges, keeping apostrophes and hyphens inside a word', () => {
    expect(clozeWords('The glacier’s melt-water, 2026.').map((w) => w.word)).toEqual(['The', 'glacier’s', 'melt-water', '2026']);
    for (const w of clozeWords(TEXT)) expect(TEXT.slice(w.start, w.end)).toBe(w.word);
  });

  it('joins neighbouring chosen words into one blank, in text order', () => {
    const words = clozeWords(TEXT);
    const pick = (...names: string[]) => words.filter((w) => names.includes(w.word));
    expect(rangesOfWords(TEXT, pick('Indus', 'the', 'Karakoram'))).toEqual([[15, 28], [35, 44]]);
    expect(clozeFront(TEXT, rangesOfWords(TEXT, pick('Karakoram', 'feeds')))).toBe('Meltwater from the […] the Indus.');
  });
});
