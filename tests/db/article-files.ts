/** Folders of distinct generated plain-text articles, for imports run by the CLI tests. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers';

const WORDS = 'river stone lantern meadow harbour orchard quarry violet ember glacier canyon thistle'.split(' ');

/** `count` distinct plain-text articles (`article-0000.txt`, titled "Article number 0 on …") in a fresh folder. */
export function articleFiles(count: number): string {
  const dir = path.join(tempDir(), 'in');
  mkdirSync(dir);
  for (let i = 0; i < count; i++) {
    const words = (n: number) => Array.from({ length: n }, (_, k) => WORDS[(i * 7 + k * 3 + Math.floor(k / 5)) % WORDS.length]).join(' ');
    const body = Array.from({ length: 6 }, (_, p) => `Paragraph ${p + 1} of article ${i}: ${words(40)}, and the number ${i * 31 + p} closes it.`).join('\n\n');
    writeFileSync(path.join(dir, `article-${String(i).padStart(4, '0')}.txt`), `Article number ${i} on ${words(3)}\n\n${body}\n`);
  }
  return dir;
}
