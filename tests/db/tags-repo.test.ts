/** db/repos/tags.ts: taggings, counts, hierarchy, autocomplete, rename and merge. */
import { describe, expect, it } from 'vitest';
import { insertHighlight } from '../../db/repos/highlights';
import {
  clearHighlightTags,
  copyDocumentTags,
  deleteTags,
  ensureTag,
  findTag,
  listTagsWithCounts,
  mergeTagInto,
  moveTagSubtree,
  suggestTags,
  tagDocument,
  tagHighlight,
  tagsOfDocument,
  tagsOfHighlight,
  tagsOfHighlights,
  tagSubtreeIds,
  untagDocument,
  untagHighlight,
} from '../../db/repos/tags';
import type { Db } from '../../db/open';
import { insertArticle, paragraph } from './annotations-helpers';
import { tempLibrary } from './helpers';

function setup() {
  const { db } = tempLibrary();
  const doc = insertArticle(db, [paragraph('Some words to highlight.')]).id;
  const other = insertArticle(db, [paragraph('Other words.')]).id;
  const hl = (documentId: number) =>
    insertHighlight(db, {
      documentId, sourceDocumentId: null, color: 'yellow', comment: null, start: 0, end: 4, exact: 'Some', prefix: '', suffix: '',
      status: 'ok', score: 1, previousExact: null, createdAt: 't', updatedAt: 't',
    });
  return { db, doc, other, hl };
}

const names = (db: Db) => listTagsWithCounts(db).map((t) => t.name);

describe('tags repository', () => {
  it('tags and untags documents; copies a document’s tags to another', () => {
    const { db, doc, other } = setup();
    const a = ensureTag(db, 'b-tag');
    tagDocument(db, doc, a);
    tagDocument(db, doc, a);
    tagDocument(db, doc, ensureTag(db, 'A-tag'));
    expect(tagsOfDocument(db, doc)).toEqual(['A-tag', 'b-tag']);
    copyDocumentTags(db, doc, other);
    expect(tagsOfDocument(db, other)).toEqual(['A-tag', 'b-tag']);
    expect(untagDocument(db, doc, a)).toBe(true);
    expect(untagDocument(db, doc, a)).toBe(false);
    expect(tagsOfDocument(db, doc)).toEqual(['A-tag']);
  });

  it('tags and untags highlights, one at a time or many in one query', () => {
    const { db, doc, hl } = setup();
    const [h1, h2, h3] = [hl(doc), hl(doc), hl(doc)];
    const t = ensureTag(db, 'evidence');
    tagHighlight(db, h1, t);
    tagHighlight(db, h1, ensureTag(db, 'Claim'));
    tagHighlight(db, h2, t);
    expect(tagsOfHighlight(db, h1)).toEqual(['Claim', 'evidence']);
    expect(tagsOfHighlights(db, [h1, h2, h3])).toEqual(new Map([[h1, ['Claim', 'evidence']], [h2, ['evidence']]]));
    expect(tagsOfHighlights(db, [])).toEqual(new Map());
    expect(untagHighlight(db, h2, t)).toBe(true);
    expect(tagsOfHighlight(db, h2)).toEqual([]);
    clearHighlightTags(db, h1);
    expect(tagsOfHighlight(db, h1)).toEqual([]);
  });

  it('finds tags case-insensitively, and a tag’s subtree without its look-alikes', () => {
    const { db } = setup();
    const region = ensureTag(db, 'region');
    const pakistan = ensureTag(db, 'Region/Pakistan');
    const deep = ensureTag(db, 'region/pakistan/kp');
    ensureTag(db, 'regional');
    ensureTag(db, 'region-x');
    ensureTag(db, 'regionA/b');
    expect(findTag(db, 'REGION')).toEqual({ id: region, name: 'region' });
    expect(findTag(db, 'nothing')).toBeUndefined();
    expect(tagSubtreeIds(db, 'REGION').sort()).toEqual([region, pakistan, deep].sort());
    expect(tagSubtreeIds(db, 'region/pakistan').sort()).toEqual([pakistan, deep].sort());
    // A parent that is not itself a tag still has children.
    expect(tagSubtreeIds(db, 'region/PAKISTAN/kp')).toEqual([deep]);
  });

  it('counts articles and highlights per tag', () => {
    const { db, doc, other, hl } = setup();
    const t = ensureTag(db, 'taliban');
    tagDocument(db, doc, t);
    tagDocument(db, other, t);
    tagHighlight(db, hl(doc), t);
    ensureTag(db, 'unused');
    expect(listTagsWithCounts(db)).toEqual([
      { name: 'taliban', documents: 2, highlights: 1, notes: 0 },
      { name: 'unused', documents: 0, highlights: 0, notes: 0 },
    ]);
  });

  it('suggests by name or by level, escaping LIKE wildcards, most used first', () => {
    const { db, doc, other } = setup();
    ensureTag(db, 'pakistan');
    const regional = ensureTag(db, 'region/pakistan');
    tagDocument(db, doc, regional);
    tagDocument(db, other, regional);
    ensureTag(db, '100%_done');
    ensureTag(db, '100 things');
    expect(suggestTags(db, 'pak', 10).map((t) => t.name)).toEqual(['pakistan', 'region/pakistan']);
    expect(suggestTags(db, 'PA', 10)[0]).toEqual({ name: 'pakistan', count: 0 });
    expect(suggestTags(db, '100%', 10).map((t) => t.name)).toEqual(['100%_done']);
    expect(suggestTags(db, '_', 10)).toEqual([]);
    expect(suggestTags(db, '', 2).map((t) => t.name)).toEqual(['region/pakistan', '100 things']);
  });

  it('renames a tag with the tags below it, keeping every tagging', () => {
    const { db, doc, hl } = setup();
    const h = hl(doc);
    tagDocument(db, doc, ensureTag(db, 'region'));
    tagHighlight(db, h, ensureTag(db, 'region/pakistan'));
    ensureTag(db, 'regional');
    expect(moveTagSubtree(db, 'Region', 'place')).toBe(2);
    expect(names(db)).toEqual(['place', 'place/pakistan', 'regional']);
    expect(tagsOfDocument(db, doc)).toEqual(['place']);
    expect(tagsOfHighlight(db, h)).toEqual(['place/pakistan']);
    expect(moveTagSubtree(db, 'place', 'Place')).toBe(2);
    expect(names(db)).toEqual(['Place', 'Place/pakistan', 'regional']);
  });

  it('merges where a new name is taken: every tagging kept, none duplicated', () => {
    const { db, doc, other, hl } = setup();
    const h = hl(doc);
    const a = ensureTag(db, 'pak');
    const b = ensureTag(db, 'pakistan');
    tagDocument(db, doc, a);
    tagDocument(db, doc, b);
    tagDocument(db, other, a);
    tagHighlight(db, h, a);
    tagHighlight(db, h, ensureTag(db, 'pak/kp'));
    tagHighlight(db, h, ensureTag(db, 'pakistan/kp'));
    expect(moveTagSubtree(db, 'pak', 'pakistan')).toBe(2);
    expect(names(db)).toEqual(['pakistan', 'pakistan/kp']);
    expect(tagsOfDocument(db, doc)).toEqual(['pakistan']);
    expect(tagsOfDocument(db, other)).toEqual(['pakistan']);
    expect(tagsOfHighlight(db, h)).toEqual(['pakistan', 'pakistan/kp']);
    expect(listTagsWithCounts(db)).toEqual([
      { name: 'pakistan', documents: 2, highlights: 1, notes: 0 },
      { name: 'pakistan/kp', documents: 0, highlights: 1, notes: 0 },
    ]);
  });

  it('moves a subtree up a level even when its new names are its own old ones', () => {
    const { db, doc } = setup();
    tagDocument(db, doc, ensureTag(db, 'a/b'));
    tagDocument(db, doc, ensureTag(db, 'a/b/b'));
    tagDocument(db, doc, ensureTag(db, 'a/b/b/c'));
    moveTagSubtree(db, 'a/b', 'a');
    expect(names(db)).toEqual(['a', 'a/b', 'a/b/c']);
    expect(tagsOfDocument(db, doc)).toEqual(['a', 'a/b', 'a/b/c']);
  });

  it('merges one tag into another directly, and deletes tags with their taggings', () => {
    const { db, doc, hl } = setup();
    const h = hl(doc);
    const a = ensureTag(db, 'a');
    const b = ensureTag(db, 'b');
    tagDocument(db, doc, a);
    tagHighlight(db, h, a);
    tagHighlight(db, h, b);
    mergeTagInto(db, a, b);
    expect(findTag(db, 'a')).toBeUndefined();
    expect(tagsOfDocument(db, doc)).toEqual(['b']);
    expect(tagsOfHighlight(db, h)).toEqual(['b']);
    expect(deleteTags(db, [b])).toEqual({ tags: 1, taggings: 2 });
    expect(tagsOfDocument(db, doc)).toEqual([]);
    expect(tagsOfHighlight(db, h)).toEqual([]);
  });
});
