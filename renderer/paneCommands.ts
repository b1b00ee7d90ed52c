/**
 * Commands whose work belongs to whatever pane is showing: "Copy note as Markdown" needs the
 * open note's editor (to save its last keystrokes first), "Copy highlights as Markdown" the
 * article in the reader. The pane registers while it is mounted; the app's command runs it, or
 * says what to open first. This keeps the one command list (menu, palette, keys) honest without
 * lifting every pane's state into App.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { AppCommand } from '../main/contract';

const handlers = new Map<AppCommand, () => void>();

export function usePaneCommand(id: AppCommand, run: () => void): void {
  const latest = useRef(run);
  useLayoutEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    const handler = () => latest.current();
    handlers.set(id, handler);
    return () => {
      if (handlers.get(id) === handler) handlers.delete(id);
    };
  }, [id]);
}

/** Runs the showing pane's handler; false when no pane offers this command now. */
export function runPaneCommand(id: AppCommand): boolean {
  const handler = handlers.get(id);
  if (!handler) return false;
  handler();
  return true;
}
