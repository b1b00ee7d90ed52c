/**
 * The app's commands as the palette, the shortcuts list, the keyboard and the Electron menu see
 * them: one table of labels, shortcuts and menu places, so none of them can drift from the others.
 * The ids (APP_COMMANDS, below) are what a menu item sends in `menu.command {command: id}`, and
 * App supplies only what each command does.
 *
 * Pure data and string helpers (no DOM, no React): part of the contract because
 * main/hosts/electron-menu.ts reads the same table.
 */

/**
 * Commands the app can run from anywhere: the Electron menu forwards them, the palette lists
 * them, and keyboard shortcuts trigger them. One list, so the three never disagree.
 */
export const APP_COMMANDS = [
  'import',
  'import-folder',
  'new-note',
  'export',
  'reclean-library',
  'backups',
  'settings',
  'copy-note-markdown',
  'copy-highlights-markdown',
  'palette',
  'search',
  'shortcuts',
  'go-library',
  'go-notes',
  'go-tags',
  'go-review',
  'go-back',
  'go-forward',
  'toggle-left-sidebar',
  'toggle-right-sidebar',
  'focus-mode',
  'highlight',
  'highlight-comment',
  'quote-in-note',
  'toggle-theme',
  'system-theme',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

/**
 * A key combination as written in the table: modifiers then a key, joined by '+'.
 * `Mod` is Cmd on a Mac and Ctrl elsewhere. Keys are one letter, digit or symbol, or a named key
 * as KeyboardEvent.key spells it (`ArrowLeft`).
 */
export type Shortcut = string;

export type MenuPlace = 'file' | 'article' | 'view' | 'help';

export interface CommandSpec {
  label: string;
  /** The menu's wording (title case, as menus are written) when it differs from the palette's. */
  menuLabel?: string;
  /** The shortcut shown everywhere (and the menu's accelerator, unless it is a bare key: see `menuShortcut`). */
  shortcut?: Shortcut;
  /** More keys for the same command, matched but not shown in the menu. */
  also?: Shortcut[];
  /** Where the Electron menu lists it; the order of the table is the menu's order. */
  menu?: MenuPlace;
  /** Words the palette also matches, e.g. "dark" for the theme. */
  keywords?: string;
}

export const COMMAND_TABLE: Readonly<Record<AppCommand, CommandSpec>> = {
  import: { label: 'Import files…', menuLabel: 'Import…', shortcut: 'Mod+O', menu: 'file', keywords: 'open add' },
  'import-folder': { label: 'Import folder…', menuLabel: 'Import Folder…', shortcut: 'Mod+Shift+O', menu: 'file', keywords: 'open add directory' },
  'new-note': { label: 'New note', menuLabel: 'New Note', shortcut: 'Mod+Alt+N', menu: 'file', keywords: 'create write' },
  export: { label: 'Export to Markdown…', shortcut: 'Mod+Shift+E', menu: 'file', keywords: 'save obsidian vault' },
  'reclean-library': { label: 'Re-run cleanup on all articles', menuLabel: 'Re-run Cleanup on All Articles', menu: 'file', keywords: 'clean clutter removed reparse' },
  backups: { label: 'Backups…', menuLabel: 'Backups…', menu: 'file', keywords: 'backup restore copy undo safety' },
  settings: { label: 'Settings…', menuLabel: 'Settings…', shortcut: 'Mod+,', menu: 'file', keywords: 'preferences options theme font typography reader width line height colour color meanings export library file location' },
  'copy-note-markdown': { label: 'Copy note as Markdown', menuLabel: 'Copy Note as Markdown', menu: 'file', keywords: 'export clipboard' },
  'copy-highlights-markdown': { label: 'Copy article highlights as Markdown', menuLabel: 'Copy Highlights as Markdown', menu: 'file', keywords: 'export clipboard' },
  'go-library': { label: 'Go to library', menuLabel: 'Library', shortcut: 'Mod+1', menu: 'view', keywords: 'articles' },
  'go-notes': { label: 'Go to notes', menuLabel: 'Notes', shortcut: 'Mod+2', menu: 'view' },
  'go-tags': { label: 'Go to tags', menuLabel: 'Tags', shortcut: 'Mod+3', menu: 'view' },
  'go-review': { label: 'Daily review', menuLabel: 'Daily Review', shortcut: 'Mod+4', menu: 'view', keywords: 'review round cards spaced repetition revisit' },
  // Alt+←/→ as in a browser on Windows and Linux, Cmd+[ and ] as on a Mac. Alt+← moves the
  // caret by word where there is one (a Mac's text fields, the article's caret), so only Mod+[
  // is the menu's (see textFieldsOwn).
  'go-back': { label: 'Go back', menuLabel: 'Back', shortcut: 'Mod+[', also: ['Alt+ArrowLeft'], menu: 'view', keywords: 'history previous return' },
  'go-forward': { label: 'Go forward', menuLabel: 'Forward', shortcut: 'Mod+]', also: ['Alt+ArrowRight'], menu: 'view', keywords: 'history next' },
  // Bare keys, as in Zotero and Obsidian's sidebars: only outside text fields (textFieldsOwn), so never a menu accelerator.
  'toggle-left-sidebar': { label: 'Toggle library sidebar', menuLabel: 'Library Sidebar', shortcut: '[', menu: 'view', keywords: 'left panel list collapse hide show layout' },
  'toggle-right-sidebar': { label: 'Toggle side panel', menuLabel: 'Side Panel', shortcut: ']', menu: 'view', keywords: 'right sidebar highlights notes backlinks info collapse hide show layout' },
  'focus-mode': { label: 'Focus mode', menuLabel: 'Focus Mode', shortcut: 'Mod+.', menu: 'view', keywords: 'zen distraction free hide sidebars reading layout' },
  // Omnivore's and Readwise's keys: the selection (or the highlight under the caret) in the reader.
  highlight: { label: 'Highlight the selection', menuLabel: 'Highlight Selection', shortcut: 'H', menu: 'article', keywords: 'mark colour color' },
  'highlight-comment': { label: 'Highlight and comment', menuLabel: 'Highlight and Comment', shortcut: 'N', menu: 'article', keywords: 'note annotate mark' },
  // Q: the selection (highlighted first) or the open highlight, into the note open beside the article; else the note picker.
  'quote-in-note': { label: 'Quote in the open note', menuLabel: 'Quote in Note', shortcut: 'Q', menu: 'article', keywords: 'cite note beside insert highlight quotation' },
  search: { label: 'Search everything', menuLabel: 'Search', shortcut: 'Mod+Shift+F', menu: 'view', keywords: 'find full text' },
  // Mod+P as in Obsidian; the menu can show one accelerator, Mod+K.
  palette: { label: 'Command palette', menuLabel: 'Command Palette…', shortcut: 'Mod+K', also: ['Mod+P'], menu: 'view', keywords: 'jump go to' },
  'toggle-theme': { label: 'Toggle dark theme', menuLabel: 'Toggle Dark Theme', shortcut: 'Mod+Shift+L', menu: 'view', keywords: 'light appearance colours colors' },
  'system-theme': { label: 'Use system theme', menuLabel: 'Use System Theme', menu: 'view', keywords: 'light dark appearance automatic' },
  shortcuts: { label: 'Keyboard shortcuts', menuLabel: 'Keyboard Shortcuts', shortcut: '?', also: ['Mod+/'], menu: 'help', keywords: 'help keys' },
};

/** The table in its order (the menu's and the palette's). */
export const COMMAND_IDS = Object.keys(COMMAND_TABLE) as AppCommand[];

/** A command as the UI runs it: the table's entry plus what it does. */
export interface Command extends CommandSpec {
  id: AppCommand;
  run(): void;
}

export interface ParsedShortcut {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  /** Lower-case letter, digit or symbol. */
  key: string;
}

export function parseShortcut(shortcut: Shortcut): ParsedShortcut {
  // The key may itself be '+', so split off modifiers from the front only.
  const parts = shortcut.split('+');
  const key = parts.pop() || '+';
  return { mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt'), key: key.toLowerCase() };
}

const MAC_SYMBOLS = { mod: '⌘', shift: '⇧', alt: '⌥' };

/** "⌘⇧F" on a Mac, "Ctrl+Shift+F" elsewhere; a lone symbol key ("?") as it is. */
export function formatShortcut(shortcut: Shortcut, mac: boolean): string {
  const { mod, shift, alt, key } = parseShortcut(shortcut);
  const shown = key.length === 1 ? key.toUpperCase() : key;
  if (mac) return `${alt ? MAC_SYMBOLS.alt : ''}${shift ? MAC_SYMBOLS.shift : ''}${mod ? MAC_SYMBOLS.mod : ''}${shown}`;
  return [mod && 'Ctrl', alt && 'Alt', shift && 'Shift', shown].filter(Boolean).join('+');
}

/**
 * Whether text fields (and the note editor) own this key: a bare key ("?") types, and Alt with
 * an arrow moves the caret by word (Option+← on a Mac). Such a shortcut runs only when focus is
 * not in something you type into.
 */
export function textFieldsOwn(shortcut: ParsedShortcut): boolean {
  return !shortcut.mod && (!shortcut.alt || shortcut.key.startsWith('arrow'));
}

/**
 * The shortcut the menu shows: the first that text fields do not own. A bare key ("?") or
 * Alt+← is left out, since a menu accelerator would take it from text fields (macOS offers
 * unhandled keys to the menu).
 */
export function menuShortcut(spec: CommandSpec): Shortcut | null {
  return [spec.shortcut, ...(spec.also ?? [])].find((s) => s !== undefined && !textFieldsOwn(parseShortcut(s))) ?? null;
}

/** The Electron accelerator for a table shortcut ("CmdOrCtrl+Shift+F"). */
export function toAccelerator(shortcut: Shortcut): string {
  const { mod, shift, alt, key } = parseShortcut(shortcut);
  return [mod && 'CmdOrCtrl', alt && 'Alt', shift && 'Shift', key.length === 1 ? key.toUpperCase() : key].filter(Boolean).join('+');
}
