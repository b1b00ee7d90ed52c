import type { Db } from '../../db/open';
import { paletteItems } from '../library/palette';
import type { CoreHandlers } from './types';

export function paletteHandlers(db: Db) {
  return {
    'palette.items': ({ query, limit }) => ({ items: paletteItems(db, { query, limit }) }),
  } satisfies Pick<CoreHandlers, 'palette.items'>;
}
