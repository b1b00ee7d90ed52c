/**
 * Odd input never throws (the caller keeps the highlight either way), `describe` repairs what it
 * is given, and the normalised view maps every match back to exact original offsets.
 */
import { describe as suite, it, expect } from 'vitest';
import { anchor, describe, type QuoteSelector } from '../../main/library/anchor';
import { normalise, normaliseWithMap, toNormalisedOffset, toOriginalRange } from '../../main/library/anchor/normalise';

const text = 'To annotate or not to annotate, that is the question.';

suite('anchor on odd input', () => {
  it('orphans an empty quote, an empty text, or a quote longer than the text', () => {
    expect(anchor(text, { exact: '' })).toEqual({ status: 'orphaned' });
    expect(anchor('', { exact: 'annotate' })).toEqual({ status: 'orphaned' });
    expect(anchor('short', { exact: 'a much longer quote than the text' })).toEqual({ status: 'orphaned' });
  });

  it('ignores offsets that do not fit the text and searches instead', () => {
    const cases: QuoteSelector[] = [
      { exact: 'question', start: 1000, end: 1008 },
      { exact: 'question', start: -5, end: 3 },
      { exact: 'question', start: 50, end: 40 },
      { exact: 'question', start: Number.NaN, end: Number.POSITIVE_INFINITY },
      { exact: 'question', start: 44.5, end: 52.5 },
      { exact: 'question', start: 44 },
    ];
    for (const selector of cases) {
      const r = anchor(text, selector);
      expect(text.slice(r.start, r.end)).toBe('question');
      expect(['exact', 'moved']).toContain(r.status);
    }
  });

  it('does not throw on values of the wrong type', () => {
    const junk = [
      { exact: 42 },
      { exact: 'annotate', prefix: 7, suffix: null, start: '3', end: {} },
      null,
      'annotate',
    ] as unknown as QuoteSelector[];
    for (const selector of junk) expect(() => anchor(text, selector)).not.toThrow();
    expect(anchor(text, junk[1] as QuoteSelector)).toMatchObject({ status: 'exact', start: 3, end: 11 });
    expect(anchor(undefined as unknown as string, { exact: 'x' })).toEqual({ status: 'orphaned' });
  });

  it('orphans a quote of only whitespace or invisible characters that is not in the text', () => {
    expect(anchor(text, { exact: '\n\n\t' })).toEqual({ status: 'orphaned' });
    expect(anchor(text, { exact: '\u00ad\u200b' })).toEqual({ status: 'orphaned' });
  });

  it('matches a quote with stray whitespace at its edges to the words alone', () => {
    const r = anchor(text, { exact: '\n  not to annotate \n' });
    expect(r.status).toBe('moved');
    expect(text.slice(r.start, r.end)).toBe('not to annotate');
  });

  it('matches CRLF quotes against LF text', () => {
    const lf = 'First paragraph ends.\n\nSecond one starts.';
    const r = anchor(lf, { exact: 'ends.\r\n\r\nSecond' });
    expect(r).toMatchObject({ status: 'moved', start: 16, end: 29 });
  });

  it('never splits an emoji', () => {
    const emoji = 'Smile 😊 please, and smile again 😊 later.';
    const r = anchor(emoji, { exact: 'smle again 😊' });
    expect(r.status).toBe('fuzzy');
    expect(emoji.slice(r.start, r.end)).toBe('smile again 😊');
    // A quote that itself ends in half an emoji is widened to the whole one.
    const cut = anchor(emoji, { exact: 'again \ud83d' });
    expect(cut.status).toBe('moved');
    expect(emoji.slice(cut.start, cut.end)).toBe('again 😊');
    expect(anchor(emoji, { exact: 'again \ud83d', start: 27, end: 34 }).status).toBe('moved');
  });
});

suite('describe', () => {
  it('takes 32 characters of context either side by default', () => {
    const long = `${'a'.repeat(50)}HIGHLIGHT${'b'.repeat(50)}`;
    const d = describe(long, 50, 59);
    expect(d).toEqual({ start: 50, end: 59, exact: 'HIGHLIGHT', prefix: 'a'.repeat(32), suffix: 'b'.repeat(32) });
    expect(describe(long, 50, 59, 5)).toMatchObject({ prefix: 'aaaaa', suffix: 'bbbbb' });
  });

  it('clamps and swaps offsets instead of failing', () => {
    expect(describe(text, 40, 3)).toMatchObject({ start: 3, end: 40 });
    expect(describe(text, -10, 2)).toMatchObject({ start: 0, end: 2, exact: 'To', prefix: '' });
    expect(describe(text, 50, 999)).toMatchObject({ start: 50, end: text.length, suffix: '' });
    expect(describe(text, Number.NaN, 2)).toMatchObject({ start: 0, end: 2 });
    expect(describe('', 0, 5)).toEqual({ start: 0, end: 0, exact: '', prefix: '', suffix: '' });
  });

  it('widens a range rather than cutting an emoji, and keeps context whole', () => {
    const emoji = '😊😊 hi 😊😊';
    expect(describe(emoji, 1, 4)).toMatchObject({ start: 0, end: 4, exact: '😊😊' });
    const d = describe(emoji, 5, 7, 3);
    expect(d.exact).toBe('hi');
    expect(d.prefix).toBe('😊 ');
    expect(d.suffix).toBe(' 😊');
  });
});

suite('normalised view', () => {
  it('folds quotes, dashes, whitespace runs, invisibles and ligatures, keeping case', () => {
    expect(normalise('“Don’t” – he said —\n\n\tthen\u00a0left…')).toBe('"Don\'t" - he said - then left...');
    expect(normalise('ﬁrst soft\u00adware zero\u200bwidth ＡＢＣ')).toBe('first software zerowidth ABC');
    expect(normalise('Case Kept')).toBe('Case Kept');
  });

  it('maps normalised ranges back to exact original offsets', () => {
    const original = 'He said “ﬁne”\n\n  — then   left.';
    const view = normaliseWithMap(original);
    expect(view.text).toBe('He said "fine" - then left.');
    const cases: [string, string][] = [
      ['"fine"', '“ﬁne”'],
      ['ine', 'ﬁne'],
      [' - ', '\n\n  — '],
      ['then left', 'then   left'],
      ['He said "fine" - then left.', original],
    ];
    for (const [needle, expected] of cases) {
      const at = view.text.indexOf(needle);
      const [start, end] = toOriginalRange(view, at, at + needle.length);
      expect(original.slice(start, end)).toBe(expected);
    }
    expect(toNormalisedOffset(view, original.indexOf('then'))).toBe(view.text.indexOf('then'));
    expect(toOriginalRange(view, view.text.length, view.text.length)).toEqual([original.length, original.length]);
  });
});
