/** The command table shared by the palette, the keys and the Electron menu, and how a shortcut is read, shown and matched. */
import { describe, expect, it } from 'vitest';
import { APP_COMMANDS } from '../../main/contract';
import { COMMAND_IDS, COMMAND_TABLE, formatShortcut, menuShortcut, parseShortcut, toAccelerator } from '../../main/contract/commands';
import { commandForKey, matchesShortcut } from '../../renderer/palette/useShortcuts';

const key = (init: Partial<{ key: string; code: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }>) => ({
  key: '',
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...init,
});

describe('command table', () => {
  it('has every app command, and the menu and keys agree on each shortcut', () => {
    expect([...COMMAND_IDS].sort()).toEqual([...APP_COMMANDS].sort());
    const seen = new Set<string>();
    for (const id of COMMAND_IDS) {
      const spec = COMMAND_TABLE[id];
      for (const s of [spec.shortcut, ...(spec.also ?? [])].filter(Boolean) as string[]) {
        expect(seen.has(s), `${s} is used twice`).toBe(false);
        seen.add(s);
      }
    }
  });

  it('gives every main action a shortcut the menu can show', () => {
    for (const id of ['import', 'import-folder', 'new-note', 'export', 'go-library', 'go-notes', 'go-tags', 'search', 'palette', 'toggle-theme', 'shortcuts'] as const) {
      expect(menuShortcut(COMMAND_TABLE[id]), id).not.toBeNull();
      expect(COMMAND_TABLE[id].menu, id).toBeDefined();
    }
    // `?` would be taken from text fields if it were a menu accelerator; the menu shows Mod+/ instead.
    expect(COMMAND_TABLE.shortcuts.shortcut).toBe('?');
    expect(menuShortcut(COMMAND_TABLE.shortcuts)).toBe('Mod+/');
  });

  it('has Settings on Mod+, in the File menu, and Q in the Article menu without an accelerator', () => {
    expect(COMMAND_TABLE.settings.shortcut).toBe('Mod+,');
    expect(COMMAND_TABLE.settings.menu).toBe('file');
    expect(toAccelerator(menuShortcut(COMMAND_TABLE.settings)!)).toBe('CmdOrCtrl+,');
    expect(COMMAND_TABLE['quote-in-note'].shortcut).toBe('Q');
    expect(COMMAND_TABLE['quote-in-note'].menu).toBe('article');
    // A bare Q types in text fields (the note beside the article), so the menu never takes it.
    expect(menuShortcut(COMMAND_TABLE['quote-in-note'])).toBeNull();
  });
});

describe('shortcuts: reading, showing, accelerators', () => {
  it('parses modifiers and the key', () => {
    expect(parseShortcut('Mod+Shift+F')).toEqual({ mod: true, shift: true, alt: false, key: 'f' });
    expect(parseShortcut('?')).toEqual({ mod: false, shift: false, alt: false, key: '?' });
    expect(parseShortcut('Mod++')).toEqual({ mod: true, shift: false, alt: false, key: '+' });
  });

  it('shows ⌘ symbols on a Mac and Ctrl+ elsewhere', () => {
    expect(formatShortcut('Mod+K', true)).toBe('⌘K');
    expect(formatShortcut('Mod+K', false)).toBe('Ctrl+K');
    expect(formatShortcut('Mod+Shift+F', true)).toBe('⇧⌘F');
    expect(formatShortcut('Mod+Alt+N', false)).toBe('Ctrl+Alt+N');
    expect(formatShortcut('?', false)).toBe('?');
  });

  it('turns table shortcuts into Electron accelerators', () => {
    expect(toAccelerator('Mod+Shift+O')).toBe('CmdOrCtrl+Shift+O');
    expect(toAccelerator('Mod+Alt+N')).toBe('CmdOrCtrl+Alt+N');
    expect(toAccelerator('Mod+/')).toBe('CmdOrCtrl+/');
  });
});

describe('shortcuts: matching key presses', () => {
  const modK = parseShortcut('Mod+K');
  it('Mod is Ctrl elsewhere and Cmd on a Mac, never both', () => {
    expect(matchesShortcut(key({ key: 'k', ctrlKey: true }), modK, false)).toBe(true);
    expect(matchesShortcut(key({ key: 'k', metaKey: true }), modK, false)).toBe(false);
    expect(matchesShortcut(key({ key: 'k', metaKey: true }), modK, true)).toBe(true);
    expect(matchesShortcut(key({ key: 'k', ctrlKey: true }), modK, true)).toBe(false);
    expect(matchesShortcut(key({ key: 'k', ctrlKey: true, shiftKey: true }), modK, false)).toBe(false);
  });

  it('reads Shift letters and Option-changed keys by their physical key', () => {
    expect(matchesShortcut(key({ key: 'F', shiftKey: true, ctrlKey: true }), parseShortcut('Mod+Shift+F'), false)).toBe(true);
    expect(matchesShortcut(key({ key: '˜', code: 'KeyN', altKey: true, metaKey: true }), parseShortcut('Mod+Alt+N'), true)).toBe(true);
    expect(matchesShortcut(key({ key: '&', code: 'Digit1', ctrlKey: true }), parseShortcut('Mod+1'), false)).toBe(true);
    // AltGr (Ctrl+Alt on Windows and Linux) types letters: AltGr+N is ń on a Polish keyboard, not a new note.
    expect(matchesShortcut(key({ key: 'ń', code: 'KeyN', altKey: true, ctrlKey: true }), parseShortcut('Mod+Alt+N'), false)).toBe(false);
    expect(matchesShortcut(key({ key: 'n', code: 'KeyN', altKey: true, ctrlKey: true }), parseShortcut('Mod+Alt+N'), false)).toBe(true);
    // Dvorak: the key labelled S sits where QWERTY has O; Ctrl+S is not Ctrl+O.
    expect(matchesShortcut(key({ key: 's', code: 'KeyO', ctrlKey: true }), parseShortcut('Mod+O'), false)).toBe(false);
  });

  it('finds the command for a key, telling bare keys apart', () => {
    const commands = COMMAND_IDS.map((id) => ({ id, ...COMMAND_TABLE[id], run: () => undefined }));
    expect(commandForKey(commands, key({ key: '?', shiftKey: true }), false)).toMatchObject({ command: { id: 'shortcuts' }, bare: true });
    expect(commandForKey(commands, key({ key: '/', ctrlKey: true }), false)).toMatchObject({ command: { id: 'shortcuts' }, bare: false });
    expect(commandForKey(commands, key({ key: 'l', shiftKey: true, ctrlKey: true }), false)?.command.id).toBe('toggle-theme');
    expect(commandForKey(commands, key({ key: 'b', ctrlKey: true }), false)).toBeNull();
  });

  it('goes back and forward with Alt+←/→ outside text only, and Mod+[ and ] anywhere', () => {
    const commands = COMMAND_IDS.map((id) => ({ id, ...COMMAND_TABLE[id], run: () => undefined }));
    // Alt+← moves by word in text (Option+← on a Mac): it counts as a bare key, and never as the menu's.
    expect(commandForKey(commands, key({ key: 'ArrowLeft', altKey: true }), true)).toMatchObject({ command: { id: 'go-back' }, bare: true });
    expect(commandForKey(commands, key({ key: 'ArrowRight', altKey: true }), false)).toMatchObject({ command: { id: 'go-forward' }, bare: true });
    expect(commandForKey(commands, key({ key: '[', metaKey: true }), true)).toMatchObject({ command: { id: 'go-back' }, bare: false });
    expect(commandForKey(commands, key({ key: ']', ctrlKey: true }), false)).toMatchObject({ command: { id: 'go-forward' }, bare: false });
    // Shift+Alt+← selects by word; a plain arrow is the list's or the caret's.
    expect(commandForKey(commands, key({ key: 'ArrowLeft', altKey: true, shiftKey: true }), false)).toBeNull();
    expect(commandForKey(commands, key({ key: 'ArrowLeft' }), false)).toBeNull();
    expect(menuShortcut(COMMAND_TABLE['go-back'])).toBe('Mod+[');
    expect(menuShortcut(COMMAND_TABLE['go-forward'])).toBe('Mod+]');
    expect(toAccelerator('Mod+[')).toBe('CmdOrCtrl+[');
  });

  it('[ and ] alone toggle the sidebars, H and N highlight (outside text only, never in the menu); Mod+P opens the palette', () => {
    const commands = COMMAND_IDS.map((id) => ({ id, ...COMMAND_TABLE[id], run: () => undefined }));
    expect(commandForKey(commands, key({ key: '[' }), false)).toMatchObject({ command: { id: 'toggle-left-sidebar' }, bare: true });
    expect(commandForKey(commands, key({ key: ']' }), true)).toMatchObject({ command: { id: 'toggle-right-sidebar' }, bare: true });
    expect(commandForKey(commands, key({ key: 'h' }), false)).toMatchObject({ command: { id: 'highlight' }, bare: true });
    expect(commandForKey(commands, key({ key: 'n' }), false)).toMatchObject({ command: { id: 'highlight-comment' }, bare: true });
    // Shift+H is not H (a capital typed with Shift is left alone).
    expect(commandForKey(commands, key({ key: 'H', shiftKey: true }), false)).toBeNull();
    expect(commandForKey(commands, key({ key: 'p', ctrlKey: true }), false)).toMatchObject({ command: { id: 'palette' }, bare: false });
    expect(commandForKey(commands, key({ key: '.', metaKey: true }), true)).toMatchObject({ command: { id: 'focus-mode' }, bare: false });
    for (const id of ['toggle-left-sidebar', 'toggle-right-sidebar', 'highlight', 'highlight-comment'] as const) expect(menuShortcut(COMMAND_TABLE[id]), id).toBeNull();
    expect(menuShortcut(COMMAND_TABLE['focus-mode'])).toBe('Mod+.');
  });
});
