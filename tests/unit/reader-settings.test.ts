/** Settings → Reader: defaults, lenient reading of what storage holds, clamping a change, the CSS it sets. */
import { describe, expect, it } from 'vitest';
import { isDefaultReader, READER_DEFAULTS, READER_LIMITS, readReaderSettings, readerStyle, withReaderChange } from '../../renderer/settings/reader-settings';

describe('reader settings', () => {
  it('starts from the defaults, which are inside their own limits', () => {
    expect(readReaderSettings(null)).toEqual(READER_DEFAULTS);
    expect(readReaderSettings('garbage')).toEqual(READER_DEFAULTS);
    expect(isDefaultReader(readReaderSettings(undefined))).toBe(true);
    for (const field of ['size', 'width', 'lineHeight'] as const) {
      expect(READER_DEFAULTS[field]).toBeGreaterThanOrEqual(READER_LIMITS[field].min);
      expect(READER_DEFAULTS[field]).toBeLessThanOrEqual(READER_LIMITS[field].max);
    }
  });

  it('reads stored values field by field: a bad field falls back alone', () => {
    expect(readReaderSettings({ font: 'sans', size: 22, width: 80, lineHeight: 1.8 })).toEqual({ font: 'sans', size: 22, width: 80, lineHeight: 1.8 });
    expect(readReaderSettings({ font: 'comic', size: 22 })).toEqual({ ...READER_DEFAULTS, size: 22 });
    expect(readReaderSettings({ size: 200, width: '80', lineHeight: Number.NaN, font: 'system' })).toEqual({ ...READER_DEFAULTS, font: 'system' });
    expect(readReaderSettings({ size: -1, width: Infinity })).toEqual(READER_DEFAULTS);
    expect(readReaderSettings({ __proto__: { font: 'sans' } })).toEqual(READER_DEFAULTS);
  });

  it('clamps a change into its limits and rounds it to the step', () => {
    const s = withReaderChange(READER_DEFAULTS, { size: 40 });
    expect(s.size).toBe(READER_LIMITS.size.max);
    expect(withReaderChange(READER_DEFAULTS, { width: 10 }).width).toBe(READER_LIMITS.width.min);
    expect(withReaderChange(READER_DEFAULTS, { lineHeight: 1.63 }).lineHeight).toBe(1.65);
    expect(withReaderChange(READER_DEFAULTS, { size: Number.NaN }).size).toBe(READER_DEFAULTS.size);
    expect(withReaderChange(READER_DEFAULTS, { font: 'sans' })).toEqual({ ...READER_DEFAULTS, font: 'sans' });
    expect(isDefaultReader(withReaderChange(READER_DEFAULTS, { size: 20 }))).toBe(false);
  });

  it('gives the custom properties the stylesheet reads', () => {
    expect(readerStyle({ font: 'serif', size: 20, width: 72, lineHeight: 1.75 })).toEqual({
      '--reader-font': 'var(--font-read)',
      '--reader-size': '20px',
      '--reader-measure': '72ch',
      '--reader-line-height': '1.75',
    });
    expect(readerStyle({ ...READER_DEFAULTS, font: 'system' })['--reader-font']).toBe('var(--font-ui)');
  });
});
