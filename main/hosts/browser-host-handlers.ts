import { version } from '../../package.json';
import type { HostHandlers } from '../handlers/types';

/** A browser has no OS file picker we can drive and no shell to open links with. */
export function browserHostHandlers(): HostHandlers {
  return {
    'host.info': () => ({ kind: 'browser', version }),
    'host.chooseImportFiles': () => ({ supported: false, paths: null }),
    // The page cannot pick a folder or open a file manager: the dialog asks for a typed path instead.
    'host.chooseExportFolder': () => ({ supported: false, path: null }),
    'host.showInFolder': () => ({ shown: false }),
    'host.openExternal': () => ({ opened: false }),
  };
}
