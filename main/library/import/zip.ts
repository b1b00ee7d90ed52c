/**
 * Reads the entries an importer asks for from a zip archive (EPUB books, Omnivore exports), with
 * limits counted from the archive's own directory before anything is inflated, so a zip bomb or
 * an archive of a million entries is refused the same way on any machine. fflate inflates each
 * entry into a buffer of the size the directory declares, so a lying entry cannot grow past it.
 */
import { unzipSync } from 'fflate';
import { ImportRefusal } from '../errors';

/** Entries in one archive (a large EPUB has a few hundred; an Omnivore export one per article plus its content). */
export const MAX_ZIP_ENTRIES = 20_000;

/** Inflated bytes of the entries read, together: what one archive may cost in memory. */
export const MAX_ZIP_INFLATED_BYTES = 256 * 1024 * 1024;

export interface ZipEntries {
  /** Every entry's name in the archive, in directory order, whether read or not. */
  readonly names: readonly string[];
  /** The entries `wanted` chose, by name. */
  readonly files: ReadonlyMap<string, Uint8Array>;
}

/**
 * The archive's entry names, and the bytes of those `wanted` picks. Refuses a damaged archive, one
 * with too many entries, one whose chosen entries inflate past the limit, or one that uses a
 * compression other than stored or deflate, each with a message the user can act on.
 */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean, what = 'archive'): ZipEntries {
  const names: string[] = [];
  let inflated = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(entry) {
        names.push(entry.name);
        if (names.length > MAX_ZIP_ENTRIES) {
          throw new ImportRefusal(`This ${what} holds more than ${MAX_ZIP_ENTRIES.toLocaleString('en')} files, more than Commonplace reads from one archive.`);
        }
        if (!wanted(entry.name)) return false;
        if (entry.compression !== 0 && entry.compression !== 8) {
          throw new ImportRefusal(`This ${what} compresses "${entry.name}" in a way Commonplace cannot read (method ${entry.compression}). Re-save it with ordinary zip compression.`);
        }
        inflated += entry.originalSize;
        if (inflated > MAX_ZIP_INFLATED_BYTES) {
          throw new ImportRefusal(`This ${what} unpacks to more than ${MAX_ZIP_INFLATED_BYTES / (1024 * 1024)} MB, more than Commonplace reads from one archive.`);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    throw new ImportRefusal(`This ${what} is damaged or not a zip archive, so it cannot be read (${(error as Error).message}). Export or download it again.`);
  }
  return { names, files: new Map(Object.entries(files)) };
}

/** An entry's bytes as UTF-8 text (what EPUB and Omnivore store their XML, HTML, JSON and Markdown as). */
export function entryText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).normalize('NFC');
}
