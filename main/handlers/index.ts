import type { Db } from '../../db/open';
import { importHandlers } from './import';
import { libraryHandlers } from './library';
import type { CoreHandlers, Handlers, HostHandlers } from './types';

/** The whole handler map: a missing handler for any contract call is a compile error here. */
export function createHandlers(db: Db, host: HostHandlers): Handlers {
  const core: CoreHandlers = { ...libraryHandlers(db), ...importHandlers(db) };
  return { ...core, ...host };
}
