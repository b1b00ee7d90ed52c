/** What the contract refuses, and that the user is told why in words they can act on. */
import { describe, expect, it } from 'vitest';
import { apiFor, insertArticle, paragraph } from './annotations-helpers';
import { tempLibrary } from './helpers';

function setup() {
  const { db } = tempLibrary();
  const article = insertArticle(db, [paragraph('Short text.'), paragraph('Second.')]);
  return { db, api: apiFor(db), ...article };
}

async function refusal(api: ReturnType<typeof apiFor>, method: Parameters<typeof api.reply>[0], input: unknown) {
  const reply = await api.reply(method, input);
  if (reply.ok) throw new Error(`${method} was accepted: ${JSON.stringify(reply.value)}`);
  return reply.error;
}

describe('refusals', () => {
  it('refuses highlights outside the text, empty or reversed, or over blank space only', async () => {
    const { api, id, text } = setup();
    expect(await refusal(api, 'highlights.create', { documentId: id, start: 0, end: text.length + 1 })).toEqual({
      code: 'invalid_input',
      message: expect.stringMatching(/outside the article’s text, which is 20 characters long/),
    });
    expect((await refusal(api, 'highlights.create', { documentId: id, start: 5, end: 5 })).message).toMatch(/start must be before end/);
    expect((await refusal(api, 'highlights.create', { documentId: id, start: 6, end: 2 })).message).toMatch(/start must be before end/);
    expect((await refusal(api, 'highlights.create', { documentId: id, start: -1, end: 2 })).code).toBe('invalid_input');
    expect((await refusal(api, 'highlights.create', { documentId: id, start: 0.5, end: 2 })).code).toBe('invalid_input');
    expect((await refusal(api, 'highlights.create', { documentId: id, start: 11, end: 13 })).message).toMatch(/only blank space/);
    expect((await refusal(api, 'highlights.reattach', { id: 1, start: 0, end: 99 })).code).toBe('not_found');
    expect(await refusal(api, 'highlights.create', { documentId: id + 5, start: 0, end: 2 })).toMatchObject({ code: 'not_found' });
  });

  it('refuses unknown colours, naming the ones there are', async () => {
    const { api, id } = setup();
    const error = await refusal(api, 'highlights.create', { documentId: id, start: 0, end: 5, color: 'red' });
    expect(error.message).toMatch(/Unknown highlight colour: choose yellow, green, blue, pink or purple/);
    expect((await refusal(api, 'colors.update', { color: 'orange', meaning: 'x' })).message).toMatch(/Unknown highlight colour/);
    expect((await refusal(api, 'colors.update', { color: 'pink', meaning: '   ' })).message).toMatch(/Give the colour a meaning/);
    expect((await refusal(api, 'colors.update', { color: 'pink', meaning: 'x'.repeat(61) })).message).toMatch(/at most 60/);
  });

  it('refuses empty tag names, control characters and names over 100 characters, everywhere a tag is named', async () => {
    const { api, id } = setup();
    const h = await api.call('highlights.create', { documentId: id, start: 0, end: 5 });
    const bad: [string, RegExp][] = [
      ['', /A tag needs a name/],
      ['   ', /A tag needs a name/],
      [' / ', /A tag needs a name/],
      ['tab\there', /control characters/],
      ['line\nbreak', /control characters/],
      ['bell\u0007', /control characters/],
      ['x'.repeat(101), /at most 100 characters/],
    ];
    for (const [name, message] of bad) {
      expect((await refusal(api, 'tags.addToDocument', { documentId: id, name })).message).toMatch(message);
      expect((await refusal(api, 'tags.addToHighlight', { highlightId: h.id, name })).message).toMatch(message);
      expect((await refusal(api, 'highlights.create', { documentId: id, start: 0, end: 5, tags: [name] })).message).toMatch(message);
      expect((await refusal(api, 'tags.rename', { from: 'a', to: name })).message).toMatch(message);
      expect((await refusal(api, 'library.list', { tag: name })).message).toMatch(message);
    }
    // Tidied, not refused: surrounding blanks and blanks around the hierarchy's slashes.
    expect(await api.call('tags.addToDocument', { documentId: id, name: '  region / pakistan/ ' })).toEqual({ tags: ['region/pakistan'] });
    expect(await api.call('tags.addToDocument', { documentId: id, name: 'x'.repeat(100) })).toEqual({ tags: ['region/pakistan', 'x'.repeat(100)] });
  });

  it('refuses comments over 10,000 characters and unknown fields', async () => {
    const { api, id } = setup();
    expect((await refusal(api, 'highlights.create', { documentId: id, start: 0, end: 5, comment: 'x'.repeat(10_001) })).message).toMatch(/at most 10,000/);
    expect((await refusal(api, 'highlights.create', { documentId: id, start: 0, end: 5, colour: 'yellow' })).code).toBe('invalid_input');
  });

  it('refuses splits that are not at a heading, or would leave an empty article', async () => {
    const { db, api, id } = setup();
    expect((await refusal(api, 'library.split', { id, blockIndex: 1 })).message).toMatch(/only be split at one of its headings/);
    expect((await refusal(api, 'library.split', { id, blockIndex: 9 })).message).toMatch(/only be split at one of its headings/);
    expect((await refusal(api, 'library.split', { id: id + 7, blockIndex: 1 })).code).toBe('not_found');
    const first = insertArticle(db, [{ kind: 'heading', level: 2, text: 'Top' }, paragraph('Text.')]);
    expect((await refusal(api, 'library.split', { id: first.id, blockIndex: 0 })).message).toMatch(/Nothing comes before this heading/);
    const last = insertArticle(db, [paragraph('Text.'), { kind: 'heading', level: 2, text: 'End' }]);
    expect((await refusal(api, 'library.split', { id: last.id, blockIndex: 1 })).message).toMatch(/Nothing follows this heading/);
  });
});
