import { listColorMeanings, updateColorMeaning } from '../../db/repos/colors';
import type { Db } from '../../db/open';
import type { ColorMeaning } from '../contract';
import type { ColorMeaning as ColorRow } from '../../db/repos/colors';
import { AppError } from '../library/errors';
import type { CoreHandlers } from './types';

const toContract = (row: ColorRow): ColorMeaning => ({ color: row.color, meaning: row.meaning, key: row.position });

export function colorHandlers(db: Db) {
  return {
    'colors.list': () => ({ colors: listColorMeanings(db).map(toContract) }),
    'colors.update': ({ color, meaning }, ctx) => {
      const row = updateColorMeaning(db, color, meaning);
      if (!row) throw new AppError('not_found', `The colour “${color}” is missing from this library.`);
      ctx.emit('colors.changed', {});
      return toContract(row);
    },
  } satisfies Pick<CoreHandlers, 'colors.list' | 'colors.update'>;
}
