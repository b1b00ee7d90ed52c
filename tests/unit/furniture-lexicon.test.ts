/**
 * The furniture lexicon (learned word weights, furniture-lexicon.ts) on the real generated table:
 * a newsletter box's words weigh as furniture against an article's prose, and weigh less on a
 * page whose own prose speaks that vocabulary (a site's colophon, a tool's manual), whose lines
 * must not all look like furniture.
 */
import { describe, expect, it } from 'vitest';
import { LEXICON_FEATURES, furnitureLexicon, lexiconFeaturesOf, lexiconWords } from '../../main/library/import/text/furniture-lexicon';

const features = (lines: readonly string[]) => lexiconFeaturesOf(lines.map((text) => lexiconWords({ text })));
const MEAN = LEXICON_FEATURES.indexOf('furniture words: mean');
const PREVIOUS = LEXICON_FEATURES.indexOf('furniture words: previous mean');

const box = 'Subscribe to our newsletter and get the latest news in your inbox every week.';
const river = [
  'The river rose in the night, and by morning the lower town was under water, as it had been in the spring before.',
  'Engineers had warned the council for years that the old dam could not hold another flood of that size.',
  'By noon the army had sent boats, and the families on the hill opened their houses to their neighbours.',
];
const colophon = [
  'Our site is hosted on our own servers, and every page you read here is published by the team behind this blog.',
  'You can follow the site by email or by its feed, and the privacy policy explains which cookies the site uses.',
  'Comments are open to registered readers, and our editors answer questions sent through the contact page.',
];

describe('the furniture lexicon', () => {
  it('is learned: thousands of words, none with digits', () => {
    const lexicon = furnitureLexicon();
    expect(lexicon.size).toBeGreaterThan(1000);
    expect([...lexicon.keys()].some((w) => /\d/.test(w))).toBe(false);
  });

  it('weighs a newsletter box as furniture against the article’s prose, and tells its neighbours', () => {
    const rows = features([...river, box]);
    for (const row of rows) expect(row).toHaveLength(LEXICON_FEATURES.length);
    const boxMean = rows[3]![MEAN]!;
    for (const prose of rows.slice(0, 3)) expect(boxMean).toBeGreaterThan(prose[MEAN]!);
    expect(rows[3]![PREVIOUS]).toBe(rows[2]![MEAN]);
  });

  it('weighs the same box less on a page whose prose speaks the site’s vocabulary', () => {
    const amongArticle = features([...river, box])[3]![MEAN]!;
    const amongColophon = features([...colophon, box])[3]![MEAN]!;
    expect(amongColophon).toBeLessThan(amongArticle);
  });

  it('gives zeros to a line it knows no word of', () => {
    expect(features(['Xqzv Wrrpt Ghjklm'])[0]).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
