/** The extraction corpus measures shared by the HTML and text corpus tests. */
import { describe, expect, it } from 'vitest';
import { bodyKept, byLanguage, clutterRemoved, languageGroup, normalise, titleMatches } from '../corpus/measures';

describe('corpus measures', () => {
  it('normalises whitespace, NFC, soft hyphens and zero-width characters', () => {
    expect(normalise('  Ver\u00adsiche\u200Brung\n\t fu\u0308r  alle ')).toBe('Versicherung für alle');
  });

  it('counts kept and removed strings as shares', () => {
    const text = 'Die Versiche\u00adrung zahlt.\nCookies akzeptieren';
    expect(bodyKept(text, ['Die Versicherung zahlt.', 'nicht da'])).toBe(0.5);
    expect(clutterRemoved(text, ['Cookies akzeptieren', 'Newsletter'])).toBe(0.5);
    expect(bodyKept(text, [])).toBe(1);
  });

  it('matches titles ignoring case, punctuation and a site name before or after', () => {
    const candidates = ['Klimaschutz: Bohren, bis es heiß wird', 'Klimaschutz: Bohren, bis es heiß wird | ZEIT ONLINE'];
    expect(titleMatches('KLIMASCHUTZ – Bohren, bis es heiß wird!', candidates)).toBe(true);
    expect(titleMatches('Bohren, bis es heiß wird', ['Bohren, bis es heiß wird - ZEIT ONLINE'])).toBe(true);
    expect(titleMatches('ZEIT ONLINE: Bohren, bis es heiß wird', ['Bohren, bis es heiß wird'])).toBe(true);
    expect(titleMatches('ZEIT ONLINE', candidates)).toBe(false);
    expect(titleMatches('Bohren', candidates)).toBe(false);
    expect(titleMatches('', candidates)).toBe(false);
  });

  it('groups languages by their lower-cased primary subtag', () => {
    expect(['de-DE', 'de_CH', 'DE', 'en-us', '', 'lang='].map(languageGroup)).toEqual(['de', 'de', 'de', 'en', '', 'lang=']);
    const groups = byLanguage([
      { lang: 'de-DE', title: 1, bodyKept: 1, clutterRemoved: 1 },
      { lang: 'De', title: 0, bodyKept: 1, clutterRemoved: 1 },
      { lang: '', title: 1, bodyKept: 1, clutterRemoved: 1 },
    ]);
    expect([...groups.keys()]).toEqual(['de', '']);
  });
});
