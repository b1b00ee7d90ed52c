import { version } from '../../package.json';
import type { HostHandlers } from '../handlers/types';

/** A browser has no OS file picker we can drive and no shell to open links with. */
export function browserHostHandlers(): HostHandlers {
  return {
    'host.info': () => ({ kind: 'browser', version }),
    'host.chooseImportFiles': () => ({ supported: false, paths: null }),
    'host.openExternal': () => ({ opened: false }),
  };
}
