import { describe, expect, it } from 'vitest';
import { contextSentence } from '../../renderer/review/context';
import { heatLevel, heatMapSummary } from '../../renderer/review/heatmap';

describe('a review card’s sentence around its highlight', () => {
  it('cuts the anchor’s context at the nearest sentence ends', () => {
    const parts = contextSentence({ prefix: 'were silent. Then, on the night of ', exact: 'October 9', suffix: ', explosions erupted. Later that day the' });
    expect(parts).toEqual({ before: 'Then, on the night of ', exact: 'October 9', after: ', explosions erupted.' });
  });

  it('marks a cut with an ellipsis only where the anchor cut the text (32 characters kept)', () => {
    expect(contextSentence({ prefix: 'On the night ', exact: 'of October', suffix: '' })).toEqual({ before: 'On the night ', exact: 'of October', after: '' });
    const long = contextSentence({ prefix: 'a long run of words without an end at ', exact: 'all', suffix: ' and on and on without a stop in sight' });
    expect(long?.before.startsWith('…')).toBe(true);
    expect(long?.after.endsWith('…')).toBe(true);
  });

  it('has nothing to add when the anchor kept no context', () => {
    expect(contextSentence({ prefix: '', exact: 'Alone', suffix: '  ' })).toBeNull();
  });
});

describe('the review heat map', () => {
  it('grades days against the busiest one', () => {
    expect([0, 1, 3, 5, 10].map((n) => heatLevel(n, 10))).toEqual([0, 1, 2, 2, 4]);
    expect(heatLevel(3, 0)).toBe(0);
  });

  it('says in words what it shows', () => {
    expect(heatMapSummary([{ day: '2026-12-02', count: 0 }])).toBe('Answers per day over the last 1 day: none yet.');
    expect(
      heatMapSummary([
        { day: '2026-12-01', count: 2 },
        { day: '2026-12-02', count: 0 },
        { day: '2026-12-03', count: 5 },
      ]),
    ).toBe('Answers per day over the last 3 days: 7 answers on 2 days; the most, 5, on 2026-12-03.');
  });
});
