/**
 * How the plain-text importer settles the title once the ranking has spoken, on text that is not
 * from the fixtures: a headline printed twice, a trail of links ending in the headline, and a
 * text whose language's stopwords find no prose (the title must still come from the text).
 */
import { describe, expect, it } from 'vitest';
import { plainText } from '../../main/library/article';
import { classifyUnits } from '../../main/library/import/text/classify';
import { parseTextArticle } from '../../main/library/import/text/index';
import { lastCrumb } from '../../main/library/import/text/metadata';
import { firstCopy, headlineAlone } from '../../main/library/import/text/title-candidates';
import { toUnits } from '../../main/library/import/text/units';

const prose = [
  'The town council voted on Tuesday evening to rebuild the old stone bridge over the river, ending a dispute that had run for more than ten years and divided the two banks of the town.',
  'Work is expected to begin in the spring, once the water is low enough for the engineers to reach the piers, and the council says the bridge will reopen to walkers within two years.',
  'Residents who had argued for a new crossing further downstream said they would accept the decision, though several asked that the old toll house be kept as a small museum.',
].join('\n');

describe('the title, once chosen', () => {
  it('is the headline when the page printed it twice, not the file name, and the body holds it neither time', () => {
    const text = `Home\nNews\nSport\nCouncil votes to rebuild the old bridge\nCouncil votes to rebuild the old bridge\nPublished 3 May 2026\n${prose}`;
    const article = parseTextArticle(text, { fileName: 'town-news.example.bridge.txt' });
    expect(article.title).toBe('Council votes to rebuild the old bridge');
    expect(plainText(article.blocks)).not.toContain('Council votes to rebuild');
  });

  it('moves to the first copy of a headline printed twice, which the rules keep (they drop the second)', () => {
    const units = toUnits('News\nCouncil votes to rebuild the old bridge\nCouncil votes to rebuild the old bridge\nCouncil votes to rebuild the old bridge');
    expect(firstCopy(units, [null, null, 'duplicate', 'duplicate'], 3)).toBe(1);
    expect(firstCopy(units, [null, null, 'duplicate', 'duplicate'], 1)).toBe(1);
    expect(firstCopy(units, [null, null, null, null], 2)).toBe(2);
  });

  it('is the headline alone when a line glued a trail or label to it and a line below prints it alone', () => {
    const glued = toUnits('Forum>iPhone>No App Store over mobile data since iOS 13?\nNo App Store over mobile data since iOS 13?\nSome prose.');
    expect(headlineAlone(glued, 0, glued.length)).toBe(1);
    const label = toUnits('StartseiteNews & mehr23.01.2022 - Wierer wins at home\nPhoto\n23.01.2022 - Wierer wins at home');
    expect(headlineAlone(label, 0, label.length)).toBe(2);
    // A kicker before the headline, after a space, is part of the title; so is a line that only shares a short tail.
    const kicker = toUnits('Theatre in St. Gallen: The play that split the town\nThe play that split the town');
    expect(headlineAlone(kicker, 0, kicker.length)).toBe(0);
    const short = toUnits('Votes of the council on Bridges\nBridges');
    expect(headlineAlone(short, 0, short.length)).toBe(0);
  });

  it('is never a list of the post’s categories or tags printed above the headline', () => {
    for (const list of ['Allgemein, Essen und Trinken, Gesellschaft, Kommentare, Lifestyle', 'Town : Council : Bridges : Rivers']) {
      const text = `Home\nAbout\n${list}\nCouncil votes to rebuild the old bridge\n3 May 2026\n${prose}`;
      expect(parseTextArticle(text, {}).title).toBe('Council votes to rebuild the old bridge');
    }
  });

  it('is the last crumb of a trail of links, when the trail is what the page shows', () => {
    expect(lastCrumb('Home » Projects » Bridges » Council votes to rebuild the old bridge')).toBe('Council votes to rebuild the old bridge');
    expect(lastCrumb('Home / Essays / 2017 / January / Slow looking')).toBe('Slow looking');
    expect(lastCrumb('Start > News > Local > A bridge for the town')).toBe('A bridge for the town');
  });

  it('stays whole when it is not a trail, or when its last crumb holds no words', () => {
    for (const title of ['Council votes | Town News', 'Love / Hate', 'AC/DC at sixty', '»Einfach kein Geld mehr« – ein Bericht', 'Tips » Tricks', 'Home » News » 2026']) {
      expect(lastCrumb(title)).toBe(title);
    }
  });
});

describe('prose found by sentence shape when the stopwords find none', () => {
  const language = { code: 'xx', stopwords: new Set<string>(), spaced: true };
  const units = toUnits(`Menu\nSearch\nA headline for the story\n${prose}\nContact\nImprint`);

  it('finds the main span by sentence shape, and says so', () => {
    const c = classifyUnits(units, units.map(() => null), language);
    expect(c.byShape).toBe(true);
    expect(c.span.end).toBeGreaterThan(c.span.start);
    expect(units.slice(c.span.start, c.span.end).map((u) => u.text)).toEqual(expect.arrayContaining(prose.split('\n')));
  });

  it('uses the stopwords when they find prose', () => {
    const english = { code: 'en', stopwords: new Set(['the', 'to', 'on', 'of', 'and', 'that', 'for', 'had', 'a', 'is', 'be', 'in', 'was', 'over', 'by']), spaced: true };
    expect(classifyUnits(units, units.map(() => null), english).byShape).toBe(false);
  });
});
