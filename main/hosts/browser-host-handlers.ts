import path from 'node:path';
import { version } from '../../package.json';
import { exportTarget } from '../handlers/export';
import type { Handlers, HostHandlers } from '../handlers/types';
import { AppError } from '../library/errors';

/** A browser has no OS file picker we can drive and no shell to open links with. */
export function browserHostHandlers(): HostHandlers {
  return {
    'host.info': () => ({ kind: 'browser', version }),
    'host.chooseImportFiles': () => ({ supported: false, paths: null }),
    // The page cannot pick a folder or open a file manager: the dialog asks for a typed path instead.
    'host.chooseExportFolder': () => ({ supported: false, path: null }),
    'host.showInFolder': () => ({ shown: false }),
    // No file dialog: Settings asks for a typed path, confirmed before anything is switched (guardBrowserCalls).
    'host.chooseLibraryFile': () => ({ supported: false, path: null }),
    'host.openExternal': () => ({ opened: false }),
    'host.openOriginal': () => ({ opened: false }),
  };
}

export const PATH_IMPORT_REFUSED =
  'The browser preview imports only files you choose or drop in the page; it does not read files from this computer by their path. Nothing was imported.';

export const LIBRARY_TARGET_NOT_CONFIRMED =
  'The browser preview switches only to a library path checked in Settings first. Type the path there, check it and confirm. Nothing was changed.';

export const EXPORT_FOLDER_NOT_CONFIRMED =
  'The browser preview exports only into a folder confirmed in the Export dialog. Open Export…, type the folder and confirm it. Nothing was written.';

/**
 * What the browser host allows beyond the token: a page holding the token must not be able to
 * read or write anywhere on the computer by naming a path. Electron's paths come from its own
 * file and folder pickers (or a file the user dropped), a page's never do, so here:
 * - `import.run` takes uploads only: a `{kind: 'path'}` source is refused, the batch with it;
 * - `export.run` writes only into a folder that `export.confirmFolder` returned during this run
 *   of the host, which the Export dialog calls only after the user has confirmed the folder;
 * - `library.switch` opens, creates or moves to only a path that `library.checkTarget` accepted
 *   for that same action during this run, which Settings calls before asking the user to confirm.
 * The confirmed folders and paths live in memory: a restarted preview asks again.
 */
export function guardBrowserCalls(handlers: Handlers): Handlers {
  const confirmed = new Set<string>();
  const checkedTargets = new Set<string>();
  return {
    ...handlers,
    'library.checkTarget': async (input, ctx) => {
      const checked = await handlers['library.checkTarget'](input, ctx);
      checkedTargets.add(`${checked.action}\0${checked.file}`);
      return checked;
    },
    'library.switch': (input, ctx) => {
      if (!checkedTargets.has(`${input.action}\0${path.resolve(input.path)}`)) throw new AppError('refused', LIBRARY_TARGET_NOT_CONFIRMED);
      return handlers['library.switch'](input, ctx);
    },
    'import.run': (input, ctx) => {
      if (input.sources.some((source) => source.kind === 'path')) throw new AppError('refused', PATH_IMPORT_REFUSED);
      return handlers['import.run'](input, ctx);
    },
    'export.confirmFolder': async (input, ctx) => {
      const chosen = await handlers['export.confirmFolder'](input, ctx);
      confirmed.add(chosen.folder);
      return chosen;
    },
    'export.run': (input, ctx) => {
      if (!confirmed.has(exportTarget(input.folder))) throw new AppError('refused', EXPORT_FOLDER_NOT_CONFIRMED);
      return handlers['export.run'](input, ctx);
    },
  };
}
