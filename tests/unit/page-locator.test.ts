/** A highlight's page locator from the blocks' pages, and "Open original"'s decision in Electron. */
import { describe, expect, it } from 'vitest';
import { pageLocator, pageLocatorOfStored } from '../../main/library/highlights/page-locator';
import { originalFileToOpen } from '../../main/hosts/electron-policy';
import type { Block } from '../../main/library/article';

const blocks: Block[] = [
  { kind: 'heading', level: 1, text: 'Title', page: 11 },
  { kind: 'paragraph', text: 'First paragraph.', page: 12 },
  { kind: 'paragraph', text: 'Second one.', page: 13 },
];
// "Title\n\nFirst paragraph.\n\nSecond one."
const at = (words: string) => {
  const text = blocks.map((b) => b.text).join('\n\n');
  const start = text.indexOf(words);
  return [start, start + words.length] as const;
};

describe('pageLocator', () => {
  it('names the page the highlight is on, or the pages it spans', () => {
    expect(pageLocator(blocks, ...at('First'))).toBe('p. 12');
    expect(pageLocator(blocks, ...at('Title'))).toBe('p. 11');
    expect(pageLocator(blocks, ...at('paragraph.\n\nSecond'))).toBe('pp. 12–13');
    expect(pageLocator(blocks, ...at('one.'))).toBe('p. 13');
  });

  it('gives nothing for blocks without pages, and reads stored JSON only when it holds pages', () => {
    expect(pageLocator([{ kind: 'paragraph', text: 'No pages.' }], 0, 2)).toBeNull();
    expect(pageLocatorOfStored(JSON.stringify([{ kind: 'paragraph', text: 'No pages.' }]), 0, 2)).toBeNull();
    expect(pageLocatorOfStored(JSON.stringify(blocks), ...at('Second'))).toBe('p. 13');
  });
});

describe('originalFileToOpen', () => {
  const pdf = new TextEncoder().encode('%PDF-1.7 rest');
  it('opens only a PDF’s bytes, under a tidy name that always ends in .pdf', () => {
    expect(originalFileToOpen({ name: 'Field notes (2024).pdf', mediaType: 'application/pdf', bytes: pdf })).toEqual({ fileName: 'Field notes _2024_.pdf' });
    expect(originalFileToOpen({ name: '../../evil.exe', mediaType: 'application/pdf', bytes: pdf })).toEqual({ fileName: 'evil.pdf' });
    expect(originalFileToOpen({ name: '..', mediaType: 'application/pdf', bytes: pdf })).toEqual({ fileName: 'original.pdf' });
  });
  it('refuses other media types and bytes that are not a PDF', () => {
    expect(originalFileToOpen({ name: 'x.pdf', mediaType: 'application/x-msdownload', bytes: pdf })).toBeNull();
    expect(originalFileToOpen({ name: 'x.pdf', mediaType: 'application/pdf', bytes: new TextEncoder().encode('MZ\x90\x00') })).toBeNull();
  });
});
