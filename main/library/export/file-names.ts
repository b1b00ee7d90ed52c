/**
 * File names for the export folder. A title becomes a name that is safe on Windows, macOS and
 * Linux and inside an Obsidian vault: no path separators or characters Windows refuses
 * (`/ \ : * ? " < > |`), none that break a wikilink (`# ^ [ ]`), no control, format or bidi
 * characters, no reserved device names (CON, PRN, AUX, NUL, COM1–9, LPT1–9, with any extension),
 * no leading or trailing dots or spaces, NFC, and at most NAME_MAX_BYTES of UTF-8 cut on a
 * grapheme boundary. Names that are the same ignoring case (and, being NFC, normalisation) are
 * numbered in id order: "Untitled", "Untitled 2", …, so the same library always gets the same names.
 */

/** Bytes of UTF-8 a name may take before its number and `.md` (well under every file system's 255). */
export const NAME_MAX_BYTES = 120;

const FORBIDDEN = /[/\\:*?"<>|#^[\]]/gu;
// Cc: controls; Cf: format (bidi marks, embeddings, overrides and isolates, BOM, soft hyphen…);
// Zl/Zp: separators. The zero-width joiners stay: emoji sequences and many scripts need them.
const INVISIBLE = /[\p{Cc}\p{Zl}\p{Zp}]|(?![\u200C\u200D])\p{Cf}/gu;
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/iu;

// Made on first use: building a Segmenter takes tens of milliseconds, and most commands that load
// this module (the CLI's start, through the backup settings) never cut a name.
let segmenter: Intl.Segmenter | null = null;
const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/** The longest prefix of `text` of at most `maxBytes` UTF-8 bytes that ends on a grapheme boundary. */
export function cutToBytes(text: string, maxBytes: number): string {
  if (utf8(text) <= maxBytes) return text;
  let out = '';
  let used = 0;
  for (const { segment } of (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text)) {
    const n = utf8(segment);
    if (used + n > maxBytes) break;
    out += segment;
    used += n;
  }
  return out;
}

const trimEdges = (s: string) => s.replace(/^[\s.]+|[\s.]+$/gu, '');

/** A title as a file name stem (no extension, not yet numbered). Never empty, never a path. */
export function sanitiseName(title: string, maxBytes = NAME_MAX_BYTES): string {
  let name = title.normalize('NFC').replace(INVISIBLE, '').replace(FORBIDDEN, ' ').replace(/\s+/gu, ' ');
  name = trimEdges(name);
  if (RESERVED.test(name)) name = `_${name}`;
  name = trimEdges(cutToBytes(name, maxBytes));
  return name === '' ? 'Untitled' : name;
}

/** The key two names collide on: file systems on macOS and Windows ignore case. */
export const nameKey = (name: string) => name.normalize('NFC').toLowerCase();

/**
 * Gives each item (in the order given: callers pass id order) a unique stem within one folder.
 * `taken` holds keys already used (e.g. by the other folder when names must differ across both).
 */
export function assignNames<T>(items: readonly T[], titleOf: (item: T) => string, taken: Set<string> = new Set()): Map<T, string> {
  const names = new Map<T, string>();
  const next = new Map<string, number>();
  for (const item of items) {
    const base = sanitiseName(titleOf(item));
    let name = base;
    if (taken.has(nameKey(name))) {
      // Room for the number: " 12345" at most, so a numbered name is as safe as its base.
      const stem = trimEdges(cutToBytes(base, NAME_MAX_BYTES - 6)) || 'Untitled';
      let n = next.get(nameKey(stem)) ?? 2;
      while (taken.has(nameKey(`${stem} ${n}`))) n++;
      name = `${stem} ${n}`;
      next.set(nameKey(stem), n + 1);
    }
    taken.add(nameKey(name));
    names.set(item, name);
  }
  return names;
}

const family = (name: string) => nameKey(name).replace(/( [0-9]+)+$/u, '');

/**
 * The families of the names `assignNames` could give an item with this title: its name without
 * any trailing " <number>"s, for the name as sanitised and for the shorter stem a number is added
 * to. Two items' names can be equal, or one push the other to a number, only if their families
 * meet (a name's family is a function of the name), so one item's name can be worked out from the
 * items whose families meet its own, closed under that relation, in id order: no need for the
 * rest of the library (see export/note-markdown.ts).
 */
export function nameFamilies(title: string): string[] {
  const base = sanitiseName(title);
  const stem = trimEdges(cutToBytes(base, NAME_MAX_BYTES - 6)) || 'Untitled';
  return [family(base), family(stem)];
}

/** A path inside the export folder, as the manifest records it: `Notes/<stem>.md` or `Articles/<stem>.md`. */
export const EXPORT_DIRS = ['Notes', 'Articles'] as const;
export type ExportDir = (typeof EXPORT_DIRS)[number];

/** Whether a relative path (from the manifest, which anyone can edit) is one this exporter could have written. */
export function isExportPath(rel: string): boolean {
  const m = /^(Notes|Articles)\/([^/\\]+)\.md$/u.exec(rel);
  if (!m) return false;
  const stem = m[2]!;
  // A conflict copy's stem ends in " (Commonplace…)": parentheses survive sanitising, so the same test holds.
  return sanitiseName(stem, NAME_MAX_BYTES + 40) === stem;
}
