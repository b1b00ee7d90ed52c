/** A small scraped article shared by the db and e2e tests: no imports, so both runners load it. */
/** Three paragraphs between page furniture the current cleaner removes (share labels, an ad). */
export const CLUTTERED = [
  'Glacier lakes are rising in the Karakoram',
  '',
  'Share this article',
  '',
  'Meltwater from the glaciers has filled three new lakes since spring, surveyors in Gilgit said on Monday.',
  '',
  'Advertisement',
  '',
  'The lakes threaten villages downstream, and the district has moved two hundred families to higher ground.',
  '',
  'Engineers plan to drain the largest lake through a channel before the summer melt begins again next year.',
  '',
].join('\n');
