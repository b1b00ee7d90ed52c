/** The one hashtag grammar and the one Markdown form of a tag (main/contract/tags.ts). */
import { describe, expect, it } from 'vitest';
import { TagNameSchema } from '../../main/contract/tag-schema';
import { hashtags, hashtagsIn, isTypeableTag, markdownTagName, renamedTag, tidyTagName } from '../../main/contract/tags';

describe('hashtag grammar', () => {
  it('reads a whole run after a space, a bracket or a quote, tidied, with a letter', () => {
    expect(hashtagsIn('#x at start, “#quoted”, (#paren) [#square] #ünïcödé')).toEqual(['x', 'quoted', 'paren', 'square', 'ünïcödé']);
    expect(hashtagsIn('C# and #42 and mid#word and #1984')).toEqual([]);
    expect(hashtagsIn('#region/ and #a//b')).toEqual(['region', 'a/b']);
    expect(hashtags('so #dronesque.')).toEqual([{ start: 3, end: 13, written: 'dronesque', name: 'dronesque' }]);
  });

  it('knows which names can be typed as #tags', () => {
    expect(isTypeableTag('region/pakistan')).toBe(true);
    expect(isTypeableTag('drone strikes')).toBe(false);
    expect(isTypeableTag('what?')).toBe(false);
    expect(isTypeableTag('1984')).toBe(false);
  });

  it('renames a tag and the tags below it, case-insensitively', () => {
    expect(renamedTag('Region/PK', 'region', 'place')).toBe('place/PK');
    expect(renamedTag('regional', 'region', 'place')).toBeNull();
  });

  it('tidies names the same way in the schema and for the editor', () => {
    for (const raw of ['  region / pakistan/ ', '/a//b/', 'x'.repeat(100)]) expect(TagNameSchema.parse(raw)).toBe(tidyTagName(raw));
    expect(tidyTagName('x'.repeat(101))).toBeNull();
    expect(TagNameSchema.safeParse('x'.repeat(101)).success).toBe(false);
  });
});

describe('markdownTagName', () => {
  it('gives one form for frontmatter and #tags: punctuation inside becomes -, at the edges it goes', () => {
    expect(markdownTagName('what?')).toBe('what');
    expect(markdownTagName('(draft)')).toBe('draft');
    expect(markdownTagName('open questions')).toBe('open-questions');
    expect(markdownTagName('region/(south) asia')).toBe('region/south-asia');
    expect(markdownTagName('region/pakistan')).toBe('region/pakistan');
    expect(markdownTagName('???')).toBe('tag');
  });

  it('gives an all-digit tag a form Obsidian reads as a tag', () => {
    expect(markdownTagName('1984')).toBe('1984_');
    expect(markdownTagName('1984/85')).toBe('1984/85_');
    expect(markdownTagName('y1984')).toBe('y1984');
  });
});
