/** The search box's language: every operator, OR and exclusions, and malformed input read as plain text with a notice. */
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../main/library/search/parse-query';

const match = (q: string) => parseQuery(q).match;

describe('search query: words and phrases', () => {
  it('quotes every word, ANDs them, and prefix-matches the last word while typing', () => {
    expect(match('cold war')).toBe('"cold" AND "war"*');
    expect(match('cold war ')).toBe('"cold" AND "war"');
    expect(parseQuery('cold war').notice).toBeNull();
  });

  it('keeps quoted phrases whole (straight or curly quotes), never as a prefix', () => {
    expect(match('"cold war" asia')).toBe('"cold war" AND "asia"*');
    expect(match('“cold war”')).toBe('"cold war"');
  });

  it('excludes words and phrases with -', () => {
    expect(match('taliban -kabul')).toBe('("taliban") NOT "kabul"');
    expect(match('taliban -"peace talks" -doha')).toBe('("taliban") NOT "peace talks" NOT "doha"');
    expect(match('well-known')).toBe('"well-known"*');
  });

  it('joins adjacent terms with OR, binding tighter than the implied AND', () => {
    expect(match('pakistan india OR china')).toBe('"pakistan" AND ("india" OR "china"*)');
    expect(match('"cold war" OR détente OR thaw ')).toBe('("cold war" OR "détente" OR "thaw")');
  });

  it('folds curly apostrophes to straight ones (unicode61 separates at both)', () => {
    expect(match('Taliban’s')).toBe(`"Taliban's"*`);
    expect(match(`"Taliban's rule"`)).toBe(`"Taliban's rule"`);
  });
});

describe('search query: operators', () => {
  it('reads every operator into filters', () => {
    const q = parseQuery('drones tag:region/pakistan type:highlight site:Dawn.com color:yellow before:2025-10-01 after:2025-01-31 has:comment has:highlights');
    expect(q.match).toBe('"drones"');
    expect(q.filters).toEqual({
      types: ['highlight'],
      tags: ['region/pakistan'],
      sites: ['dawn.com'],
      colors: ['yellow'],
      before: '2025-10-01',
      after: '2025-01-31',
      hasHighlights: true,
      hasComment: true,
    });
    expect(q.notice).toBeNull();
  });

  it('accepts plurals and several tags and types; filters alone have no MATCH', () => {
    const q = parseQuery('type:notes TYPE:article tag:a tag:b');
    expect(q.filters.types).toEqual(['note', 'article']);
    expect(q.filters.tags).toEqual(['a', 'b']);
    expect(q.match).toBeNull();
  });

  it('ignores operator values it does not understand, and says so', () => {
    for (const bad of ['type:book', 'color:red', 'before:yesterday', 'after:2025-13-45', 'has:pdf', 'tag:']) {
      const q = parseQuery(`war ${bad}`);
      expect(q.match, bad).toBe('"war"');
      expect(q.notice, bad).toContain('ignored');
    }
  });

  it('does not exclude by operator (-tag:x), and says so', () => {
    const q = parseQuery('war -tag:draft');
    expect(q.match).toBe('"war"');
    expect(q.filters.tags).toEqual([]);
    expect(q.notice).toContain('-tag:');
  });
});

describe('search query: malformed input falls back to plain text with a notice', () => {
  it('an unclosed quote: the words after it are searched one by one', () => {
    const q = parseQuery('"cold war');
    expect(q.match).toBe('"cold" AND "war"*');
    expect(q.notice).toContain('unclosed quote');
  });

  it('an unknown operator is searched as words', () => {
    const q = parseQuery('foo:bar');
    expect(q.match).toBe('"foo:bar"*');
    expect(q.notice).toContain('“foo:” is not a search operator');
    expect(parseQuery('https://dawn.com').notice).toContain('not a search operator');
  });

  it('FTS syntax characters are plain text: never a MATCH syntax error', () => {
    for (const typed of ['cold*', '^war', '(cold OR war', 'a + b', 'col:', '{x}']) {
      const q = parseQuery(typed);
      expect(q.notice, typed).not.toBeNull();
      if (q.match) expect(q.match.startsWith('"') || q.match.startsWith('('), typed).toBe(true);
    }
    expect(parseQuery('cold*').match).toBe('"cold*"*');
  });

  it('NEAR, NOT and AND are words or implied, not operators', () => {
    expect(parseQuery('NEAR war').match).toBe('"NEAR" AND "war"*');
    expect(parseQuery('NEAR war').notice).toContain('NEAR was searched as a word');
    expect(parseQuery('cold AND war').match).toBe('"cold" AND "war"*');
    expect(parseQuery('cold AND war').notice).toContain('AND is implied');
  });

  it('a dangling or leading OR is ignored', () => {
    for (const q of ['OR war', 'war OR', 'war OR OR peace', 'war OR -peace', 'war OR tag:x']) {
      expect(parseQuery(q).notice, q).toContain('OR');
    }
    expect(match('war OR OR peace')).toBe('("war" OR "peace"*)');
  });

  it('exclusions alone are ignored; punctuation alone finds nothing', () => {
    const q = parseQuery('-war');
    expect(q.match).toBeNull();
    expect(q.notice).toContain('Exclusions need');
    expect(parseQuery('*** ^').match).toBeNull();
    expect(parseQuery('').match).toBeNull();
    expect(parseQuery('').notice).toBeNull();
  });

  it('doubles quotes inside a term so it stays one FTS string', () => {
    expect(match('it"s')).toBe('"it" AND "s"');
    expect(parseQuery('it"s').notice).toContain('unclosed');
  });
});
