import type { Db } from '../../db/open';
import { inlineParser, type ArticleParser } from '../library/import/parser';
import { backupHandlers } from './backups';
import { colorHandlers } from './colors';
import { exportHandlers } from './export';
import { highlightHandlers } from './highlights';
import { importHandlers } from './import';
import { libraryHandlers } from './library';
import { noteHandlers } from './notes';
import { paletteHandlers } from './palette';
import { reviewHandlers } from './review';
import { searchHandlers } from './search';
import { sourceHandlers } from './sources';
import { splitHandlers } from './split';
import { tagHandlers } from './tags';
import type { CoreHandlers, Handlers, HostHandlers } from './types';

/** The whole handler map: a missing handler for any contract call is a compile error here. */
export function createHandlers(db: Db, host: HostHandlers, parser: ArticleParser = inlineParser): Handlers {
  const core: CoreHandlers = {
    ...libraryHandlers(db),
    ...importHandlers(db, parser),
    ...splitHandlers(db),
    ...sourceHandlers(db, parser),
    ...highlightHandlers(db),
    ...colorHandlers(db),
    ...tagHandlers(db),
    ...noteHandlers(db),
    ...exportHandlers(db),
    ...backupHandlers(db),
    ...searchHandlers(db),
    ...paletteHandlers(db),
    ...reviewHandlers(db),
  };
  return { ...core, ...host };
}
