/** The review view's bare keys (1–4, O, C, T…): shared by the card and its actions. */
import { isTypingTarget } from '../palette/useShortcuts';

/** A bare key for this view: not while typing, not under a dialog, not with Ctrl/Cmd/Alt. */
export function isViewKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing || event.repeat) return false;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  if (isTypingTarget(event.target)) return false;
  return document.querySelector('dialog:modal') === null;
}
