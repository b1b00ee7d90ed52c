/**
 * A correction to the title Readability 0.6.0 derives from `<title>` when the page states no
 * title in its metadata. It only treats `|`, `-`, `\`, `/`, `>` and `»` as separators between
 * headline and site name, so "Headline – Site" (en dash) and "Headline — Site" (em dash), the
 * typographer's choice, keep the site name. Readability's later releases accept both dashes
 * (the shared test pages title-en-dash and mercurial show it); this applies their rule until
 * the npm package catches up, and can then go.
 *
 * The heuristic below mirrors Readability's `_getArticleTitle` (Apache-2.0), with the set of
 * separator characters as a parameter so that both versions can be computed.
 */
const SEPARATORS_0_6 = '|\\-\\\\/>»';
const SEPARATORS_WITH_DASHES = `${SEPARATORS_0_6}–—`;

const wordCount = (s: string): number => s.split(/\s+/).length;
const innerText = (el: Element): string => (el.textContent ?? '').trim().replace(/\s{2,}/g, ' ');

/**
 * What to compute before Readability rearranges the document. The correction applies only
 * when Readability's title is exactly what its own `<title>` heuristic yields: a title taken
 * from og:title, JSON-LD and the like is the site's own statement and stands as it is.
 */
export function titleCorrection(document: Document): (readabilityTitle: string) => string {
  const before = titleFromDocument(document, SEPARATORS_0_6);
  const after = titleFromDocument(document, SEPARATORS_WITH_DASHES);
  const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
  return (readabilityTitle) =>
    before !== after && collapse(readabilityTitle) === collapse(before) ? collapse(after) : readabilityTitle;
}

function titleFromDocument(document: Document, separators: string): string {
  const original = document.title.trim();
  const separator = new RegExp(` [${separators}] `, 'g');
  let title = original;
  let hierarchical = false;

  const lastSeparator = [...original.matchAll(separator)].pop();
  if (lastSeparator) {
    // "Headline | Site": drop the last part, or the first if too little is left.
    hierarchical = / [\\/>»] /.test(original);
    title = original.slice(0, lastSeparator.index);
    if (wordCount(title) < 3) title = original.replace(new RegExp(`^[^${separators}]*[${separators}]`), '');
  } else if (original.includes(': ')) {
    // "Site: Headline", unless a heading shows the whole thing is the headline.
    const isHeading = [...document.querySelectorAll('h1, h2')].some((h) => (h.textContent ?? '').trim() === original);
    if (!isHeading) {
      title = original.slice(original.lastIndexOf(':') + 1);
      if (wordCount(title) < 3) title = original.slice(original.indexOf(':') + 1);
      else if (wordCount(original.slice(0, original.indexOf(':'))) > 5) title = original;
    }
  } else if (original.length > 150 || original.length < 15) {
    const h1s = document.getElementsByTagName('h1');
    const only = h1s.length === 1 ? h1s[0] : undefined;
    if (only) title = innerText(only);
  }

  title = title.trim().replace(/\s{2,}/g, ' ');
  // Four words or fewer is probably not the whole headline: keep the original, unless the
  // title is a breadcrumb trail from which exactly one part was dropped.
  const words = wordCount(title);
  const wordsLessOne = wordCount(original.replace(new RegExp(`[${separators}]+`, 'g'), '')) - 1;
  if (words <= 4 && (!hierarchical || words !== wordsLessOne)) return original;
  return title;
}
