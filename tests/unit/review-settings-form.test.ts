/** The review settings form (renderer/review/settings-form.ts): what is typed, read back as settings or as a message per field. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_SETTINGS } from '../../main/contract/review';
import { formOf, newTagRow, readForm, type SettingsForm } from '../../renderer/review/settings-form';

const name = (color: string) => `Colour ${color}`;
const form = (change: Partial<SettingsForm> = {}): SettingsForm => ({ ...formOf(DEFAULT_REVIEW_SETTINGS), ...change });

describe('the review settings form', () => {
  it('reads back the settings it was made from, and what the user typed', () => {
    expect(readForm(form(), name)).toEqual({ ok: true, settings: DEFAULT_REVIEW_SETTINGS });
    const typed = form({ size: ' 25 ', newPerRound: '5', recency: '0,5', colors: { ...form().colors, pink: '3' }, tags: [newTagRow('Region/South Asia', '2.5')] });
    const read = readForm(typed, name);
    expect(read).toEqual({
      ok: true,
      settings: { size: 25, newPerRound: 5, recency: 0.5, colorWeights: { ...DEFAULT_REVIEW_SETTINGS.colorWeights, pink: 3 }, tagWeights: { 'Region/South Asia': 2.5 } },
    });
  });

  it('says what is wrong beside each field, and saves nothing', () => {
    const bad = form({ size: '0', newPerRound: '2.5', recency: 'lots', colors: { ...form().colors, yellow: '11' } });
    const read = readForm(bad, name);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(Object.fromEntries(read.errors)).toEqual({
      size: 'Round size: give a whole number from 1 to 200.',
      newPerRound: 'New highlights per round: give a whole number from 0 to 200.',
      recency: 'Recency: give a number from 0 (no preference) to 10.',
      'color:yellow': 'Colour yellow: give a weight from 0 (never drawn) to 10.',
    });
    expect(readForm(form({ size: '201' }), name).ok).toBe(false);
    expect(readForm(form({ size: '-1' }), name).ok).toBe(false);
    expect(readForm(form({ size: '' }), name).ok).toBe(false);
  });

  it('refuses a tag row without a name, a tag weighed twice, and a weight out of range', () => {
    const [empty, first, twice, heavy] = [newTagRow('  ', '2'), newTagRow('history', '2'), newTagRow('History', '3'), newTagRow('law', '12')];
    const read = readForm(form({ tags: [empty!, first!, twice!, heavy!] }), name);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.get(`tag:${empty!.key}:name`)).toBe('A tag needs a name: type at least one letter.');
    expect(read.errors.get(`tag:${twice!.key}:name`)).toBe('“History” is weighed twice: keep one row for it.');
    expect(read.errors.get(`tag:${heavy!.key}:weight`)).toBe('“law”: give a weight from 0 (never drawn) to 10.');
    expect(read.errors.has(`tag:${first!.key}:name`)).toBe(false);
  });
});
