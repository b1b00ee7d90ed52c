/**
 * The HTML importer on the article extraction corpus (984 real pages; see
 * ../shared/fixtures/extraction/README.md and tests/corpus/measures.ts for the measures).
 * Prints the figures per language and fails when they drop below the floors, which are set
 * just under the measured figures and only ever go up.
 *
 * Runtime: 5-7 minutes on one core of the 2-core CI machine (327-416 s measured): jsdom and
 * Readability take ~0.4 s per page, and the ~30 pages that go on to Defuddle 2-6 s each.
 */
import { describe, expect, it } from 'vitest';
import { extractionPageNames, importExtractionPage, loadExpectations, storedText, type PageExpectation } from '../corpus/extraction';
import { bodyKept, byLanguage, clutterRemoved, printTable, titleMatches, type PageScores } from '../corpus/measures';

// Measured 2026-12-02 (title 0.980, body kept 0.966, clutter removed 0.839, none refused).
const FLOORS = { title: 0.975, bodyKept: 0.96, clutterRemoved: 0.835 };
const MAX_REFUSED = 0;

/**
 * `title_candidates`, plus `title`: the candidates of the pages that are not UTF-8 were read
 * as UTF-8 when the fixtures were made (U+FFFD where the accents were), while `title` (one of
 * them, chosen the same way) was decoded right.
 */
function titleCandidates(expected: PageExpectation): string[] {
  return [...(expected.title_candidates ?? []), expected.title];
}

describe('HTML import on the extraction corpus', () => {
  it('keeps the article, drops the clutter and finds the title', () => {
    const started = Date.now();
    const expectations = loadExpectations();
    const names = extractionPageNames();
    expect(names.length).toBe(984);
    const scores: PageScores[] = [];
    const refused: string[] = [];
    const wrongTitles: string[] = [];
    const lostBody: string[] = [];
    for (const name of names) {
      const expected = expectations[name];
      if (!expected) throw new Error(`no expectations for ${name}`);
      let text = '';
      let title = '';
      try {
        const article = importExtractionPage(name).articles[0];
        if (article) {
          text = storedText(article);
          title = article.title;
        }
      } catch (error) {
        refused.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
      const page: PageScores = {
        lang: expected.lang,
        title: titleMatches(title, titleCandidates(expected)) ? 1 : 0,
        bodyKept: bodyKept(text, expected.with),
        clutterRemoved: clutterRemoved(text, expected.without),
      };
      scores.push(page);
      if (page.title === 0) wrongTitles.push(`${name}: ${JSON.stringify(title)} for ${JSON.stringify(expected.title)}`);
      if (page.bodyKept < 0.5) lostBody.push(`${name}: ${page.bodyKept.toFixed(2)}`);
    }
    const rows = printTable(byLanguage(scores), 'HTML import, extraction corpus (means per page)');
    console.log(`refused: ${refused.length}${refused.map((r) => `\n  ${r}`).join('')}`);
    // The first few of each failure, to look at when a figure moves.
    console.log(`wrong titles (${wrongTitles.length}, first 20):${wrongTitles.slice(0, 20).map((r) => `\n  ${r}`).join('')}`);
    console.log(`under half the body kept (${lostBody.length}, first 20):${lostBody.slice(0, 20).map((r) => `\n  ${r}`).join('')}`);
    console.log(`runtime: ${((Date.now() - started) / 1000).toFixed(0)} s for ${names.length} pages`);
    const overall = rows[rows.length - 1];
    expect(overall).toBeDefined();
    expect(refused.length).toBeLessThanOrEqual(MAX_REFUSED);
    expect(overall?.title).toBeGreaterThanOrEqual(FLOORS.title);
    expect(overall?.bodyKept).toBeGreaterThanOrEqual(FLOORS.bodyKept);
    expect(overall?.clutterRemoved).toBeGreaterThanOrEqual(FLOORS.clutterRemoved);
  }, 1_800_000);
});
