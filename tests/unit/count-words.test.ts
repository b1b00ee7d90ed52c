import { describe, expect, it } from 'vitest';
import { countWords } from '../../main/library/article';

/** What countWords has always counted: the matches of this pattern. */
const byPattern = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;

describe('countWords', () => {
  it('counts words joined by apostrophes and hyphens once, across scripts', () => {
    expect(countWords('')).toBe(0);
    expect(countWords("it's a well-known rock’n’roll fact")).toBe(5);
    expect(countWords('a--b a- -b \'a\' 3.14 ½ Ⅻ')).toBe(9);
    expect(countWords('Zabīḥullāh 中文 ٣٤ 𝐀𝐁 𝟙')).toBe(5);
  });

  it('counts as the pattern does on random text (joiners, surrogates, every script)', () => {
    const alphabet = ['a', 'Z', '7', ' ', '\n', "'", '’', '-', '--', '.', ',', 'é', 'ß', 'ж', 'ع', '中', '٣', '½', '𝐀', '𝟙', '😀', '\ud800', '\udc00', '\u00a0', '_', '‐'];
    let seed = 1;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = Math.floor(next() * 40); k > 0; k--) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(countWords(text), JSON.stringify(text)).toBe(byPattern(text));
    }
  });
});
