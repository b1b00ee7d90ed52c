/**
 * The app's keyboard shortcuts, from the command table (main/contract/commands.ts): one listener on
 * the window, in the capture phase, so Mod combinations work wherever focus is, the notes editor
 * included (the editor would otherwise see them first). A bare key (`?`), or Alt with an arrow
 * (word by word in text), is a shortcut only when focus is not in something you type into; the
 * arrows not in the article's text either, where caret browsing moves by word with them. While a dialog is open its keys are its own: only the
 * palette takes command shortcuts (it runs them itself, see CommandPalette), any other dialog
 * swallows them so nothing runs behind it.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { parseShortcut, textFieldsOwn, type Command, type ParsedShortcut, type Shortcut } from '../../main/contract/commands';

/** Cmd is the command key on a Mac, Ctrl elsewhere (shortcuts say "Mod"). */
export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.userAgent);
}

const LETTER_OR_DIGIT = /^[a-z0-9]$/;

interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function matchesShortcut(event: KeyLike, shortcut: ParsedShortcut, mac: boolean): boolean {
  const mod = mac ? event.metaKey : event.ctrlKey;
  const other = mac ? event.ctrlKey : event.metaKey;
  if (other || mod !== shortcut.mod || event.altKey !== shortcut.alt) return false;
  const key = event.key.toLowerCase();
  if (shortcut.key.length > 1) {
    // A named key (ArrowLeft): Shift+Alt+← selects by word, which is not Alt+←.
    return key === shortcut.key && event.shiftKey === shortcut.shift;
  }
  if (!LETTER_OR_DIGIT.test(shortcut.key)) {
    // A symbol ('?', '/') is whatever key types it; Shift is how some layouts type it.
    return key === shortcut.key;
  }
  if (event.shiftKey !== shortcut.shift) return false;
  if (key === shortcut.key) return true;
  // Option on a Mac, or a layout without Latin digits (AZERTY's Ctrl+&), changes what the key
  // types; the physical key still names it. Only then, so Dvorak's letters keep their meaning,
  // and never for Ctrl+Alt elsewhere: that is AltGr, which types letters (Polish AltGr+N is ń).
  if (LETTER_OR_DIGIT.test(key) || (event.altKey && !mac)) return false;
  return event.code === (/[0-9]/.test(shortcut.key) ? `Digit${shortcut.key}` : `Key${shortcut.key.toUpperCase()}`);
}

function shortcutsOf(command: Command): Shortcut[] {
  return [command.shortcut, ...(command.also ?? [])].filter((s): s is Shortcut => s !== undefined);
}

/**
 * The command a key press asks for, and whether it was a "bare" key: one that text fields own
 * (no Ctrl/Cmd/Alt, or Alt with an arrow: see textFieldsOwn), a shortcut only outside them.
 */
export function commandForKey(commands: readonly Command[], event: KeyLike, mac: boolean): { command: Command; bare: boolean } | null {
  for (const command of commands) {
    for (const shortcut of shortcutsOf(command)) {
      const parsed = parseShortcut(shortcut);
      if (matchesShortcut(event, parsed, mac)) return { command, bare: textFieldsOwn(parsed) };
    }
  }
  return null;
}

/** Whether the element takes typed text (where a bare key is a letter, not a shortcut). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'range', 'reset', 'submit', 'file', 'color', 'image'].includes(target.type);
  return false;
}

/** Text the keyboard moves a caret through without typing (the article body: caretBrowsing.ts). */
export const CARET_TEXT_ATTRIBUTE = 'data-caret-text';

function inCaretText(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(`[${CARET_TEXT_ATTRIBUTE}]`) !== null;
}

/** The modal dialog on top, if any (Modal opens them with showModal). */
function openModal(): HTMLDialogElement | null {
  const dialogs = document.querySelectorAll<HTMLDialogElement>('dialog:modal');
  return dialogs[dialogs.length - 1] ?? null;
}

export const PALETTE_CLASS = 'palette';

export function useShortcuts(commands: readonly Command[]): void {
  const latest = useRef(commands);
  useLayoutEffect(() => {
    latest.current = commands;
  });

  useEffect(() => {
    const mac = isMac();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const found = commandForKey(latest.current, event, mac);
      if (!found) return;
      const modal = openModal();
      if (found.bare) {
        if (modal || isTypingTarget(event.target) || (event.key.startsWith('Arrow') && inCaretText(event.target))) return;
      } else if (modal) {
        // The palette runs commands itself; other dialogs keep the app behind them still. The
        // key is swallowed either way, so a Mac's menu does not run it behind the dialog's back.
        if (!modal.classList.contains(PALETTE_CLASS)) event.preventDefault();
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      // Holding the keys down must not open and close the palette over and over.
      if (!event.repeat) found.command.run();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
