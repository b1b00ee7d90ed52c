/**
 * The app's commands as the palette, the shortcuts list and the menu see them. The ids are the
 * contract's APP_COMMANDS, so a menu item in the Electron host names the same command.
 */
import type { AppCommand } from '../main/contract';

export interface Command {
  id: AppCommand;
  label: string;
  /** Shown to the user, e.g. "Ctrl+K" (or "⌘K" on a Mac); the keys themselves are matched by `keys`. */
  shortcut?: string;
  run(): void;
}
