/**
 * The plain-text importer on the extraction corpus's browser-text pages (both versions: blank
 * lines between paragraphs, and none), measured as ../shared/fixtures/extraction/README.md
 * says: title right (one of the page's title candidates), body kept (the page's "with" strings
 * present in the input that survive) and clutter removed (its "without" strings present in the
 * input that are gone), per language and overall. Prints the figures; fails below the floors,
 * which were set just under measured figures and only ever go up.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../main/library/import/index';
import { EXTRACTION_CORPUS, expectedTitles, loadExpectations, storedText } from '../corpus/extraction';
import { bodyKept, byLanguage, clutterRemoved, normalise, printTable, titleMatches, type PageScores } from '../corpus/measures';

// Measured 2026-12-02 with the boosted trees (txt / txt-lines): title 0.697 / 0.695, body kept
// 0.977 / 0.978, clutter removed 0.681 / 0.679 (logistic model before: 0.696, 0.973, 0.614). The
// 2026-12-03: host names out of the file's words, the title's ranking learnt from every page
// named and unnamed: title 0.725 / 0.723 (held out by page: 0.742 named, 0.659 unnamed). The
// 2026-12-03 (later): the trees also read where a unit lies relative to the likeliest headline
// and to the prose (share of prose above, distance to the nearest prose above and below, the
// run of furniture it sits in) and two surface shapes: title 0.724 / 0.722, body kept 0.980 /
// 0.980, clutter removed 0.719 / 0.716; prose of the main span dropped where the trees are
// nearly sure (below 0.1): body 0.979 / 0.980, clutter 0.744 / 0.741. A title printed again as
// the end of a trail ("Home > News > Title") counts as repeated: title 0.732 / 0.730. The
// 2026-12-03 (evening): the title chosen a second time, by boosted trees that also read the
// keep-or-drop trees' verdicts around each candidate; lines opening with ¿ ¡ * { and short
// lines ending with a full stop are candidates; KEEP_THRESHOLD 0.185: title 0.778 / 0.776,
// body 0.979 / 0.979, clutter 0.742 / 0.739 (held out by site: title 0.758 / 0.771 named,
// 0.633 / 0.689 unnamed, against 0.711 / 0.755 and 0.633 / 0.674 for the linear ranking). The
// trees were fitted on these pages, so these figures flatter them: the held-out ones are printed
// by tests/corpus/train-classifier.ts, and readability-text-corpus.test.ts is a corpus they never saw.
// 2026-12-03 (late): a headline printed twice is taken at its first copy (the second was chosen
// and then dropped as a duplicate, leaving the file's name), a trail of links gives its last
// crumb, and a text whose stopwords find no prose finds it by sentence shape: title 0.806 /
// 0.803, body 0.979 / 0.979, clutter 0.742 / 0.739. A picture's credit known by its shape
// ("… / Shutterstock", "(AGENCY/Name)", "… pasado. EFE"): title 0.808 / 0.804, clutter 0.744 / 0.741.
// 2026-12-03 (night): the chosen title is never dropped by a rule's mark on its line, and a
// headline glued to a trail without a space gives way to the line that prints it alone: title
// 0.814 / 0.810, body and clutter unchanged. 2026-12-03 (late): a list of four or more short
// items (a post's categories or tags) is no title candidate: title 0.815 / 0.811, clutter 0.746 /
// 0.743 (Readability pages as text: title 0.411 → 0.419).
// 2026-12-04: a unit is dropped by the mean of the unit trees' probability and the furniture
// trees' (which also read a furniture lexicon learned from words on >= 4 sites): body 0.983 /
// 0.983, clutter 0.782 / 0.779, titles unchanged. Held out by site (trained on even sites,
// measured on odd): body 0.956 → 0.962, clutter 0.738 → 0.749.
const FLOORS = {
  title: 0.81,
  bodyKept: 0.982,
  clutterRemoved: 0.775,
};

function measure(version: 'txt' | 'txt-lines'): { scores: PageScores[]; refused: string[]; articles: number } {
  const scores: PageScores[] = [];
  const refused: string[] = [];
  let articles = 0;
  for (const [name, page] of Object.entries(loadExpectations())) {
    const bytes = readFileSync(path.join(EXTRACTION_CORPUS, version, `${name}.txt`));
    const input = normalise(bytes.toString('utf8'));
    const present = (strings: readonly string[]) => strings.filter((s) => input.includes(normalise(s)));
    let title = '';
    let text = '';
    try {
      const parsed = parseArticleFile({ name: `${name}.txt`, bytes });
      articles += parsed.articles.length;
      title = parsed.articles[0]?.title ?? '';
      text = parsed.articles.map(storedText).join('\n');
    } catch (error) {
      refused.push(`${name}: ${(error as Error).message}`);
    }
    scores.push({
      lang: page.lang,
      title: titleMatches(title, expectedTitles(page)) ? 1 : 0,
      bodyKept: bodyKept(text, present(page.with)),
      clutterRemoved: clutterRemoved(text, present(page.without)),
    });
  }
  return { scores, refused, articles };
}

describe.each(['txt', 'txt-lines'] as const)('extraction corpus, browser text (%s)', (version) => {
  it('finds titles, keeps the body and removes the clutter, above the floors', () => {
    const { scores, refused, articles } = measure(version);
    const rows = printTable(byLanguage(scores), `Text import on ${scores.length} pages (${version}), ${articles} articles:`);
    const overall = rows.at(-1)!;
    expect(refused).toEqual([]);
    expect(overall.title).toBeGreaterThanOrEqual(FLOORS.title);
    expect(overall.bodyKept).toBeGreaterThanOrEqual(FLOORS.bodyKept);
    expect(overall.clutterRemoved).toBeGreaterThanOrEqual(FLOORS.clutterRemoved);
  }, 180_000);
});
