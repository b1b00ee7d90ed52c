/**
 * Parses the next files while the importer writes the current group: the parse workers parse
 * on the other cores while the main thread's synchronous transaction runs, so an import costs about
 * the larger of parsing and writing rather than their sum. Bounded by a count and by the bytes
 * held (files may be up to 64 MiB), and always at least the file asked for.
 */
import type { ParsedFile } from './index';
import { performance } from 'node:perf_hooks';
import type { ArticleParser } from './parser';
import type { PendingFile } from './sources';

const MAX_AHEAD = 256;
const MAX_AHEAD_BYTES = 32 * 1024 * 1024;

export class ReadAhead {
  private readonly started = new Map<number, { parsed: Promise<ParsedFile>; bytes: number; settled: boolean }>();
  private heldBytes = 0;

  constructor(
    private readonly files: readonly PendingFile[],
    private readonly parser: ArticleParser,
    /** The import's cancel: every parse started here is given up when it fires. */
    private readonly signal?: AbortSignal,
  ) {}

  /** Whether file `index`'s parse has finished (or failed), so taking it would not wait. */
  isReady(index: number): boolean {
    return this.started.get(index)?.settled === true;
  }

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
    const entry = { parsed, bytes, settled: false };
    // Awaited by take(); until then a failure must not count as unhandled.
    parsed.then(
      () => (entry.settled = true),
      () => (entry.settled = true),
    );
    this.started.set(index, entry);
    this.heldBytes += bytes;
  }
}

/**
 * Whether parsing is the slower side of an import, from how long the importer waited for parses
 * and how long it spent writing since it last asked: it waited at least this long (ms) and half
 * as long again as it wrote. A few first parses, slower while the worker's code warms up, are
 * not a slow parser.
 */
export function parsingIsSlower(waitedMs: number, writtenMs: number): boolean {
  return waitedMs >= 150 && waitedMs > 1.5 * writtenMs;
}

/**
 * Times an import's waits for parses and its writes, and asks the parser for another worker
 * when parsing is the slower side. Waits for the first parse are the worker starting, not parsing.
 */
export class ParseWriteBalance {
  private waitedMs = 0;
  private writtenMs = 0;
  private writeStarted = 0;
  private parsesSeen = 0;

  constructor(private readonly parser: ArticleParser) {}

  async waitFor<T>(take: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await take();
    } finally {
      if (this.parsesSeen++ > 0) this.waitedMs += performance.now() - started;
    }
  }

  writing(): void {
    this.writeStarted = performance.now();
  }

  written(): void {
    this.writtenMs += performance.now() - this.writeStarted;
    if (!parsingIsSlower(this.waitedMs, this.writtenMs)) return;
    this.parser.addWorker?.();
    this.waitedMs = 0;
    this.writtenMs = 0;
  }
}
