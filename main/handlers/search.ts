import type { Db } from '../../db/open';
import { runSearch } from '../library/search';
import { createSaved, deleteSaved, listSaved, renameSaved } from '../library/search/saved';
import type { CoreHandlers } from './types';

export function searchHandlers(db: Db, now: () => Date = () => new Date()) {
  return {
    'search.query': ({ query, types, limit }) => runSearch(db, { query, types, limit }),
    'search.saved.list': () => ({ searches: listSaved(db) }),
    'search.saved.create': ({ name, query }) => createSaved(db, { name, query }, now()),
    'search.saved.rename': ({ id, name }) => renameSaved(db, id, name),
    'search.saved.delete': ({ id }) => deleteSaved(db, id),
  } satisfies Pick<CoreHandlers, 'search.query' | 'search.saved.list' | 'search.saved.create' | 'search.saved.rename' | 'search.saved.delete'>;
}
