/** Spelling variants of names, apostrophes, and where an article hit opens: the offsets land on the matched words in the reader's text. */
import { describe, expect, it } from 'vitest';
import { getDocument } from '../../db/repos/documents';
import { skeleton } from '../../main/library/search/variants';
import { heading, insertArticle, paragraph } from './annotations-helpers';
import { tempLibrary } from './helpers';
import { found, searchLibrary } from './search-helpers';

describe('search: spelling variants', () => {
  it('finds Zabīḥullāh for Zabiullah (an h the typed word lacks), in articles, highlights and notes', async () => {
    const { db } = tempLibrary();
    const lib = await searchLibrary(db);
    await lib.api.call('notes.create', { title: 'Who is Zabihullah?', content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Spokesman since 2021.' }] }] } });
    const r = await lib.api.call('search.query', { query: 'Zabiullah ' });
    expect(r.hits.map((h) => h.kind)).toEqual(expect.arrayContaining(['article', 'note']));
    expect(r.hits.some((h) => h.kind === 'article' && h.id === lib.zabih)).toBe(true);
    expect(r.notice).toMatch(/Also searched for “zabihullah”.*“Zabiullah”/);
    // The snippet marks the word as written in the article.
    expect(r.hits.find((h) => h.id === lib.zabih && h.kind === 'article')!.snippet).toContain('\u0002Zabīḥullāh\u0003');
    // While typing too (the last word is a prefix), and with other words around it.
    expect(await found(lib.api, 'Zabiull', ['article'])).toContain(`article:${lib.zabih}`);
    expect(await found(lib.api, 'spokesman Zabiullah mujahid', ['article'])).toEqual([`article:${lib.zabih}`]);
    // Doubled letters and a missing h after a consonant: Mujahid / Mujaahid / Muj'ahid are one skeleton.
    expect(await found(lib.api, 'Mujaahid ', ['article'])).toContain(`article:${lib.zabih}`);
  });

  it('keeps ordinary words apart: English digraphs keep their h, short words are never widened', async () => {
    const { db } = tempLibrary();
    const lib = await searchLibrary(db);
    const shelling = insertArticle(db, [paragraph('The shelling went on all night; the thread of talks broke.')], { title: 'Night' });
    const selling = insertArticle(db, [paragraph('Selling grain at the market, they could tread no further.')], { title: 'Market' });
    const tan = insertArticle(db, [paragraph('The tan leather was darker.')], { title: 'Leather' });
    expect(await found(lib.api, 'shelling ', ['article'])).toEqual([`article:${shelling.id}`]);
    expect(await found(lib.api, 'selling ', ['article'])).toEqual([`article:${selling.id}`]);
    expect(await found(lib.api, 'thread ', ['article'])).toEqual([`article:${shelling.id}`]);
    expect(await found(lib.api, 'tan ', ['article'])).toEqual([`article:${tan.id}`]);
    const plain = await lib.api.call('search.query', { query: 'shelling ' });
    expect(plain.notice).toBeNull();
    // An unknown word with no variant finds nothing, quietly.
    const none = await lib.api.call('search.query', { query: 'xylophonist ' });
    expect(none.hits).toEqual([]);
    expect(none.notice).toBeNull();
  });

  it('skeletons fold accents, ʿ and ʾ, non-initial h and doubled letters', () => {
    expect(skeleton('Zabīḥullāh')).toBe(skeleton('Zabiullah'));
    expect(skeleton('Khalid')).toBe(skeleton('Kalid'));
    expect(skeleton('Shīʿa')).toBe(skeleton('Shia'));
    expect(skeleton('Hamid')).not.toBe(skeleton('amid'));
    expect(skeleton('where')).not.toBe(skeleton('were'));
    expect(skeleton('Mujahid')).not.toBe(skeleton('Mujadid'));
  });
});

describe('search: apostrophes', () => {
  it('Taliban’s and Taliban\'s find each other, as words and in phrases', async () => {
    const { db } = tempLibrary();
    const lib = await searchLibrary(db);
    const curly = insertArticle(db, [paragraph('It was the Taliban’s second offer.')], { title: 'Curly' });
    const straight = insertArticle(db, [paragraph("It was the Taliban's third offer.")], { title: 'Straight' });
    for (const q of ["Taliban's ", 'Taliban’s ', '"the Taliban\'s"', '"the Taliban’s"']) {
      expect(await found(lib.api, q, ['article'])).toEqual(expect.arrayContaining([`article:${curly.id}`, `article:${straight.id}`]));
    }
  });
});

describe('search: article hits open at the match', () => {
  it('gives the first match’s offsets in the reader’s text (blocks joined by a blank line)', async () => {
    const { db } = tempLibrary();
    const lib = await searchLibrary(db);
    const a = insertArticle(db, [heading('Früh'), paragraph('First block about rivers.'), paragraph('The Taliban’s envoy met Zabīḥullāh near the glacier café.')], { title: 'Offsets test' });
    const stored = getDocument(db, a.id)!;
    // The stored text is exactly the reader's layout of the blocks.
    const blocks = JSON.parse(stored.blocksJson) as { text: string }[];
    expect(stored.plainText).toBe(blocks.map((b) => b.text).join('\n\n'));
    const at = async (query: string) => {
      const r = await lib.api.call('search.query', { query, types: ['article'] });
      const hit = r.hits.find((h) => h.id === a.id)!;
      expect(hit.start).not.toBeNull();
      return stored.plainText.slice(hit.start!, hit.end!);
    };
    expect(await at('glacier ')).toBe('glacier');
    expect(await at('glac')).toBe('glacier');
    expect(await at('cafe ')).toBe('café');
    expect(await at('zabihullah ')).toBe('Zabīḥullāh');
    expect(await at('Zabiullah ')).toBe('Zabīḥullāh');
    expect(await at('"envoy met"')).toBe('envoy met');
    expect(await at("taliban's ")).toBe('Taliban’s');
    expect(await at('rivers glacier ')).toBe('rivers');
    // Only a title match: no place in the text.
    const title = await lib.api.call('search.query', { query: 'offsets ', types: ['article'] });
    expect(title.hits.find((h) => h.id === a.id)).toMatchObject({ start: null, end: null });
  });

  it('counts offsets in UTF-16 units, as the reader does, past emoji and astral characters', async () => {
    const { db } = tempLibrary();
    const lib = await searchLibrary(db);
    const a = insertArticle(db, [paragraph('🙂 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 first.'), paragraph('Then 😀😀 the quokka appears.')], { title: 'Astral' });
    const r = await lib.api.call('search.query', { query: 'quokka ', types: ['article'] });
    const hit = r.hits.find((h) => h.id === a.id)!;
    expect(a.text.slice(hit.start!, hit.end!)).toBe('quokka');
  });
});
