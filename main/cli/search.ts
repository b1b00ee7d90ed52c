/**
 * `commonplace search "<query>" [--type article|highlight|note] [--limit N] [--json]`: the same
 * query language and search as the app's search box. Loaded on demand.
 */
import type { Db } from '../../db/open';
import { MARK_END, MARK_START, SEARCH_KINDS, type SearchHit, type SearchKind } from '../../db/repos/search-all';
import { runSearch, type SearchOutcome } from '../library/search';
import type { SEARCH_OPTIONS } from './commands';
import { wholeNumberIn, type Invocation } from './options';
import { UsageError } from './usage-error';
import { err, oneLine, out, outJson } from './output';

const LABEL: Record<SearchKind, string> = { article: 'Articles', highlight: 'Highlights', note: 'Notes' };

export function runSearchCommand(db: Db, inv: Invocation<typeof SEARCH_OPTIONS>): number {
  const { positionals: rest, json } = inv;
  if (rest.length === 0) throw new UsageError('Give a query, e.g. `commonplace search "cold war" --type note`.');
  const type = inv.text('type');
  if (type !== undefined && !(SEARCH_KINDS as readonly string[]).includes(type)) throw new UsageError(`--type must be one of ${SEARCH_KINDS.join(', ')}.`);
  const limit = wholeNumberIn(inv.text('limit') ?? '50', '--limit', 1, 1000);
  // Several positionals are one query: `commonplace search cold war` works unquoted too.
  const outcome = runSearch(db, { query: rest.join(' '), limit, ...(type ? { types: [type as SearchKind] } : {}) });
  if (json) outJson(outcome);
  else {
    if (outcome.notice) err(`Note: ${outcome.notice}`);
    out(formatSearch(outcome));
  }
  return 0;
}

/** Terminal form: matched words in [brackets], grouped by kind. */
export function formatSearch(outcome: SearchOutcome): string {
  if (outcome.hits.length === 0) return 'Nothing found.';
  const marked = (s: string) => s.replaceAll(MARK_START, '[').replaceAll(MARK_END, ']').replace(/\s+/g, ' ').trim();
  const lines: string[] = [];
  for (const kind of SEARCH_KINDS) {
    const hits = outcome.hits.filter((h) => h.kind === kind);
    if (hits.length === 0) continue;
    const more = outcome.counts[kind] > hits.length ? ` (showing ${hits.length} of ${outcome.counts[kind]})` : ` (${hits.length})`;
    if (lines.length > 0) lines.push('');
    lines.push(`${LABEL[kind]}${more}:`);
    for (const hit of hits) lines.push(`  ${describe(hit)}`, `    ${marked(hit.snippet)}`);
  }
  return lines.join('\n');
}

function describe(hit: SearchHit): string {
  const title = oneLine(hit.title.trim() || 'Untitled');
  if (hit.kind === 'highlight') return `#${hit.id}  ${hit.color ?? ''} highlight in “${title}” (article ${hit.documentId ?? '?'})`;
  return `#${hit.id}  ${title}`;
}
