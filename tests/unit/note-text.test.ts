/** Plain text, excerpts, links with their context sentences, tags, and mentions of a title. */
import { describe, expect, it } from 'vitest';
import { hashtagsIn } from '../../main/contract/tags';
import { excerptOf, extractLinks, findFirstMention, linkFirstMention, noteToPlainText, sentenceAround } from '../../main/library/notes/doc';
import { articleRef, br, code, doc, h, link, noteLink, p, quoteRef, researchNote, tag, text } from './note-fixtures';

const ids = { note: 2, other: 3, highlight: 7, document: 5 };

describe('noteToPlainText', () => {
  it('gives one line per text block, references as words, quotes of highlights left out', () => {
    expect(noteToPlainText(researchNote(ids)).split('\n')).toEqual([
      'Drone strikes and the border',
      'The strikes began in 2004. Since then the pattern has changed, as Cold War parallels argues at length. Nobody disputes the timeline.',
      'See From friends to foes for the Pakistani view #region/pakistan and #open-questions.',
      'Sources',
      'Dawn, 2019',
      'Interviews with Field notes',
      'Peshawar',
      'Third point',
      'Fourth point',
      'Read the report',
      'Write to the author',
      'by Friday',
      'As the reporter put it:',
      'A plain quote with a link.',
      'print("#not-a-tag")',
      '',
      'C# is not a tag, nor is #1, but #draft is.',
    ]);
  });

  it('is empty for an empty note and never throws on odd JSON', () => {
    expect(noteToPlainText(doc(p()))).toBe('');
    expect(noteToPlainText({ type: 'doc', content: 'nope' } as never)).toBe('');
    expect(noteToPlainText({ type: 'doc', content: [{ type: 'mystery', content: [text('x')] }] })).toBe('');
  });
});

describe('excerptOf', () => {
  it('skips a first line that repeats the title, and cuts long lines at a word', () => {
    expect(excerptOf('Drone strikes\nFirst real line', 'drone strikes')).toBe('First real line');
    expect(excerptOf('\n\n  spaced   out  ', '')).toBe('spaced out');
    const long = excerptOf(`${'word '.repeat(60)}end`);
    expect(long.endsWith('word…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(201);
    expect(excerptOf('', 'x')).toBe('');
  });
});

describe('extractLinks', () => {
  it('finds every reference once, in reading order, with the sentence around it', () => {
    const links = extractLinks(researchNote(ids));
    expect(links.notes).toEqual([2, 3]);
    expect(links.highlights).toEqual([7]);
    expect(links.documents).toEqual([5]);
    expect(links.links).toEqual([
      { kind: 'note', id: 2, context: 'Since then the pattern has changed, as Cold War parallels argues at length.' },
      { kind: 'document', id: 5, context: 'See From friends to foes for the Pakistani view #region/pakistan and #open-questions.' },
      { kind: 'note', id: 3, context: 'Interviews with Field notes' },
      // A quoted highlight has no sentence of its own: the one leading into it.
      { kind: 'highlight', id: 7, context: 'As the reporter put it:' },
    ]);
  });

  it('takes tags from tag nodes and typed #words, but not from code, links, numbers or words like C#', () => {
    expect(extractLinks(researchNote(ids)).tags).toEqual(['region/pakistan', 'open-questions', 'draft']);
    const note = doc(
      p(text('Tagged #Policy and #policy again, '), text('#in-code', 'code'), text(' '), text('#in-link', link('https://example.org'))),
      code(null, '#in-code-block'),
      p(tag('Region/Pakistan'), text(' (#nested/tag) #2024 issue#12 #a-b_c/ '), text('#bold', 'bold')),
    );
    expect(extractLinks(note).tags).toEqual(['Policy', 'Region/Pakistan', 'nested/tag', 'a-b_c', 'bold']);
    expect(hashtagsIn('#x at start, “#quoted”, #ünïcödé')).toEqual(['x', 'quoted', 'ünïcödé']);
  });

  it('keeps the first context of a repeated target, lists unresolved links apart, and uses the sentence after a leading quote', () => {
    const note = doc(
      quoteRef(9, 1, 'quoted words'),
      p(text('Commentary first. Then more.')),
      p(noteLink(4, 'Four'), text(' opens this. Later '), noteLink(4, 'Four'), text(' again. And '), noteLink(null, 'Not yet written'), text('.')),
    );
    const links = extractLinks(note);
    expect(links.links).toEqual([
      { kind: 'highlight', id: 9, context: 'Commentary first.' },
      { kind: 'note', id: 4, context: 'Four opens this.' },
    ]);
    expect(links.unresolvedNotes).toEqual(['Not yet written']);
  });

  it('ends a sentence at a line break, and cuts a very long sentence around the link', () => {
    expect(extractLinks(doc(p(text('Before'), br(), text('after '), articleRef(8, 'The article'), text('.')))).links[0]!.context).toBe('after The article.');
    const long = `${'blah '.repeat(100)}TARGET ${'blah '.repeat(100)}.`;
    const at = long.indexOf('TARGET');
    const context = sentenceAround(long, at, at + 6);
    expect(context.length).toBeLessThanOrEqual(282);
    expect(context).toMatch(/^….*TARGET.*…$/);
  });
});

describe('mentions', () => {
  const note = doc(
    h(2, text('About the cold-war')),
    p(text('Nothing here: '), text('Cold War', 'code'), text(' or '), text('cold war', link('https://example.org')), text(' or '), noteLink(3, 'Cold War'), text('.')),
    p(text('The '), text('Cold', 'bold'), text(' '), text('War', 'bold'), text(' shaped it. Later, the cold  war ended. Cold, war.')),
  );

  it('finds the first mention as whole words, ignoring case, accents and space or dash differences', () => {
    expect(findFirstMention(note, ['Cold War'])).toMatchObject({ matched: 'cold-war', context: 'About the cold-war' });
    expect(findFirstMention(doc(p(text('Zabīḥullāh Mujahid spoke.'))), ['zabihullah mujahid'])?.matched).toBe('Zabīḥullāh Mujahid');
    expect(findFirstMention(doc(p(text('The coldest war.'))), ['cold war'])).toBeNull();
    expect(findFirstMention(doc(p(text('Cold, war.'))), ['cold war'])).toBeNull();
    expect(findFirstMention(note, ['A'])).toBeNull();
  });

  it('never finds a mention inside code, link text or an existing link', () => {
    const onlyBlocked = doc(p(text('Cold War', 'code'), text(' '), text('Cold War', link('https://example.org')), text(' '), noteLink(3, 'Cold War')), code(null, 'Cold War'));
    expect(findFirstMention(onlyBlocked, ['Cold War'])).toBeNull();
  });

  it('links the first mention, keeping its formatting and the words as written', () => {
    const bold = doc(p(text('The '), text('Cold War', 'bold'), text(' shaped it.')));
    const linked = linkFirstMention(bold, { noteId: 12, phrases: ['cold war'] });
    expect(linked?.matched).toBe('Cold War');
    expect(linked?.doc).toEqual(doc(p(text('The '), { type: 'noteLink', attrs: { noteId: 12, title: 'Cold War' }, marks: [{ type: 'bold' }] }, text(' shaped it.'))));
    expect(linkFirstMention(doc(p(text('nothing'))), { noteId: 12, phrases: ['cold war'] })).toBeNull();
    const aliased = linkFirstMention(doc(p(text('See the USSR and the Soviet Union.'))), { noteId: 4, phrases: ['Soviet Union', 'USSR'] });
    expect(aliased?.matched).toBe('USSR');
  });
});
