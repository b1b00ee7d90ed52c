/**
 * The words that identify a passage, as the full-text index sees them: lowercased, diacritics
 * removed, split at anything that is not a letter or digit (FTS5's unicode61 tokenizer with
 * remove_diacritics 2). Used to find which article a highlight card's passage came from.
 */

// Words too common to tell articles apart (in the languages the fixtures are in: English).
const STOPWORDS = new Set(
  ('about above after again against also among and another any are because been before being below between both but ' +
    'can could did does doing down during each even every few for from further had has have having her here hers ' +
    'herself him himself his how into its itself just more most much must not now off once only other ought our ours ' +
    'ourselves out over own same she should since some such than that the their theirs them themselves then there ' +
    'these they this those through too under until upon very was were what when where which while who whom whose why ' +
    'will with within without would you your yours yourself yourselves said says year years time made make one two')
    .split(' '),
);

/** A text's words in the index's form. */
export function indexTerms(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Distinct words of a passage worth searching for: not stopwords, at least four characters, longest first. */
export function keywords(passage: string, max = 40): string[] {
  const seen = new Set<string>();
  for (const term of indexTerms(passage)) if (term.length >= 4 && !STOPWORDS.has(term)) seen.add(term);
  return [...seen].sort((a, b) => b.length - a.length).slice(0, max);
}
