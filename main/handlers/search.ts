import type { Db } from '../../db/open';
import { runSearch } from '../library/search';
import type { CoreHandlers } from './types';

export function searchHandlers(db: Db) {
  return {
    'search.query': ({ query, types, limit }) => runSearch(db, { query, types, limit }),
  } satisfies Pick<CoreHandlers, 'search.query'>;
}
