/** `commonplace list` and `commonplace show <id>`: the library's articles. */
import { getDocument, listDocumentCells, listDocuments } from '../../db/repos/documents';
import { tagsOfDocument } from '../../db/repos/tags';
import type { Db } from '../../db/open';
import { SORT_KEYS, type SortKey } from '../contract/sort-keys';
import { toDetail, toSummary } from '../library/documents';
import { formatArticle, formatList } from './format';
import { requireId, type Invocation } from './options';
import { UsageError } from './usage-error';
import type { LIST_OPTIONS } from './commands';
import { err, out } from './output';

export function runList(db: Db, inv: Invocation<typeof LIST_OPTIONS>): number {
  if (inv.positionals.length > 0) throw new UsageError(`\`list\` takes no arguments; got "${inv.positionals.join(' ')}".`);
  const sort = inv.text('sort') ?? 'importedAt';
  if (!(SORT_KEYS as readonly string[]).includes(sort)) throw new UsageError(`--sort must be one of ${SORT_KEYS.join(', ')}.`);
  const order = { sort: sort as SortKey, direction: inv.flag('asc') ? 'asc' : 'desc' } as const;
  out(inv.json ? JSON.stringify(listDocuments(db, order).map(toSummary), null, 2) : formatList(listDocumentCells(db, order)));
  return 0;
}

/** One article id as the only argument, as `show` and `highlights` take it. */
export function articleIdArgument(positionals: readonly string[], command: string): number {
  const usage = { what: 'one article id', example: `commonplace ${command} 12`, listedBy: 'commonplace list' };
  if (positionals.length !== 1) requireId(undefined, usage);
  return requireId(positionals[0], usage);
}

export function runShow(db: Db, inv: Invocation<Record<never, never>>): number {
  const id = articleIdArgument(inv.positionals, 'show');
  const row = getDocument(db, id);
  if (!row) {
    err(`No article with id ${id} in this library. \`commonplace list\` shows the ids.`);
    return 1;
  }
  const article = toDetail(row, tagsOfDocument(db, id));
  out(inv.json ? JSON.stringify(article, null, 2) : formatArticle(article));
  return 0;
}
