/**
 * Parses the next files while the importer writes the current group: the parse workers parse
 * on the other cores while the main thread's synchronous transaction runs, so an import costs about
 * the larger of parsing and writing rather than their sum. Bounded by a count and by the bytes
 * held (files may be up to 64 MiB), and always at least the file asked for.
 */
import type { ParsedFile } from './index';
import type { ArticleParser } from './parser';
import type { PendingFile } from './sources';

const MAX_AHEAD = 256;
const MAX_AHEAD_BYTES = 32 * 1024 * 1024;

export class ReadAhead {
  private readonly started = new Map<number, { parsed: Promise<ParsedFile>; bytes: number }>();
  private heldBytes = 0;

  constructor(
    private readonly files: readonly PendingFile[],
    private readonly parser: ArticleParser,
    /** The import's cancel: every parse started here is given up when it fires. */
    private readonly signal?: AbortSignal,
  ) {}

  /** The parse of file `index`, having started those after it that fit. */
  take(index: number): Promise<ParsedFile> {
    this.start(index);
    for (let k = index + 1; k < Math.min(this.files.length, index + 1 + MAX_AHEAD) && this.heldBytes < MAX_AHEAD_BYTES; k++) this.start(k);
    const entry = this.started.get(index)!;
    this.started.delete(index);
    this.heldBytes -= entry.bytes;
    return entry.parsed;
  }

  private start(index: number): void {
    if (this.started.has(index)) return;
    const file = this.files[index]!;
    let parsed: Promise<ParsedFile>;
    let bytes = 0;
    try {
      const content = file.read();
      bytes = content.byteLength;
      parsed = this.parser.parse(file.name, content, { signal: this.signal });
    } catch (error) {
      parsed = Promise.reject(error);
    }
    // Awaited by take(); until then a failure must not count as unhandled.
    parsed.catch(() => {});
    this.started.set(index, { parsed, bytes });
    this.heldBytes += bytes;
  }
}
