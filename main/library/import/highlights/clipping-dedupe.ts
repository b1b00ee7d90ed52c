/**
 * Resized Kindle highlights. Changing a highlight's extent on a Kindle does not edit its entry:
 * a new one is appended, overlapping the old. Two highlights of one book are versions of one
 * when their places overlap (locations, else pages, else none known) and their words do (one
 * holds the other, or one's end is the other's start over at least half the shorter): the
 * latest (by date, then by place in the file) is kept.
 */
import type { ClippingKind, Span } from './kindle-header';

export interface KindleClipping {
  title: string;
  author?: string;
  kind: ClippingKind;
  page?: Span;
  location?: Span;
  createdAt?: string;
  text: string;
  partial: boolean;
  /** Place in the file: later entries are newer when dates tie or are missing. */
  order: number;
}

function overlaps(a: Span | undefined, b: Span | undefined): boolean | undefined {
  if (!a || !b) return undefined;
  return a.start <= b.end && b.start <= a.end;
}

function placesOverlap(a: KindleClipping, b: KindleClipping): boolean {
  return overlaps(a.location, b.location) ?? overlaps(a.page, b.page) ?? true;
}

export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”«»„"]/g, '"')
    .replace(/[‘’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function wordsOverlap(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.includes(short)) return true;
  const need = Math.max(1, Math.ceil(short.length / 2));
  for (let n = short.length - 1; n >= need; n--) {
    if (long.endsWith(short.slice(0, n)) || long.startsWith(short.slice(short.length - n))) return true;
  }
  return false;
}

function newer(a: KindleClipping, b: KindleClipping): boolean {
  const ta = a.createdAt ? Date.parse(a.createdAt) : NaN;
  const tb = b.createdAt ? Date.parse(b.createdAt) : NaN;
  if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta > tb;
  return a.order > b.order;
}

/** The highlights of one book without the superseded versions, in reading order; and how many were dropped. */
export function dropResizedDuplicates(highlights: readonly KindleClipping[]): { kept: KindleClipping[]; dropped: number } {
  const words = new Map(highlights.map((h) => [h, comparable(h.text)]));
  const gone = new Set<KindleClipping>();
  const ordered = [...highlights].sort((a, b) => start(a) - start(b) || a.order - b.order);
  for (let i = 0; i < ordered.length; i++) {
    const a = ordered[i]!;
    for (let j = i + 1; j < ordered.length; j++) {
      const b = ordered[j]!;
      // Sorted by start: once b starts after a ends, no later one overlaps a (when places are known).
      if (a.location && b.location && b.location.start > a.location.end) break;
      if (gone.has(a) || gone.has(b) || !placesOverlap(a, b) || !wordsOverlap(words.get(a)!, words.get(b)!)) continue;
      gone.add(newer(a, b) ? b : a);
    }
  }
  const kept = ordered.filter((h) => !gone.has(h));
  return { kept, dropped: gone.size };
}

function start(h: KindleClipping): number {
  return h.location?.start ?? h.page?.start ?? Number.MAX_SAFE_INTEGER;
}
