/** Global keyboard shortcuts for the app's commands. (Being built.) */
import type { Command } from '../commands';

export function useShortcuts(commands: readonly Command[]): void {
  void commands;
}
