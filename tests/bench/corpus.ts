/**
 * A deterministic synthetic library built from the fixture articles' own paragraphs, so the
 * benchmark's text looks like what researchers import (sentence lengths, punctuation, Unicode)
 * without shipping any generated data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedFixtures } from '../unit/fixtures';

/** mulberry32: tiny, fast, and the same sequence on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function fixtureParagraphs(): string[] {
  const dir = path.join(sharedFixtures, 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split(/\n+/))
    .map((l) => l.trim())
    .filter((l) => l.length > 120 && !l.startsWith('"'));
}

export interface SyntheticArticle {
  name: string;
  text: string;
}

export function* syntheticArticles(count: number, seed = 42): Generator<SyntheticArticle> {
  const paragraphs = fixtureParagraphs();
  const words = paragraphs.join(' ').split(/\s+/).filter((w) => /^[\p{L}’']{4,}$/u.test(w));
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  for (let i = 0; i < count; i++) {
    const title = `${Array.from({ length: 6 + Math.floor(next() * 6) }, () => pick(words)).join(' ')} (${i + 1})`;
    const lines = [title.charAt(0).toUpperCase() + title.slice(1), '', `Published ${pick(months)} ${1 + Math.floor(next() * 28)}, ${2015 + Math.floor(next() * 11)}`, ''];
    const count = 10 + Math.floor(next() * 20);
    for (let p = 0; p < count; p++) {
      if (p > 0 && p % 6 === 0) lines.push(`${Array.from({ length: 3 + Math.floor(next() * 3) }, () => pick(words)).join(' ')}`, '');
      lines.push(pick(paragraphs), '');
    }
    yield { name: `article-${String(i + 1).padStart(5, '0')}.txt`, text: lines.join('\n') };
  }
}
