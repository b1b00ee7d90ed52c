/** Migration 0011: a highlight's locator and partial flag, empty for highlights made before it. */
import { describe, expect, it } from 'vitest';
import { insertHighlight, getHighlight } from '../../db/repos/highlights';
import { insertArticle, paragraph } from './annotations-helpers';
import { tempLibrary } from './helpers';

describe('migration 0011 (highlight locators)', () => {
  it('stores a locator and partial, defaults them for other highlights, and checks them', () => {
    const { db } = tempLibrary();
    const { id } = insertArticle(db, [paragraph('Meltwater runs under the glacier.')]);
    const base = {
      documentId: id,
      sourceDocumentId: null,
      color: 'yellow' as const,
      comment: null,
      start: 0,
      end: 4,
      exact: 'Melt',
      prefix: '',
      suffix: 'water',
      status: 'ok' as const,
      score: 1,
      previousExact: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const plain = insertHighlight(db, base);
    const located = insertHighlight(db, { ...base, locator: 'p. 5 · loc. 100–105', partial: true });
    expect(getHighlight(db, plain)).toMatchObject({ locator: null, partial: 0 });
    expect(getHighlight(db, located)).toMatchObject({ locator: 'p. 5 · loc. 100–105', partial: 1 });
    expect(() => insertHighlight(db, { ...base, locator: '' })).toThrow(/CHECK/);
  });
});
