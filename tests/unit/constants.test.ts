/** The shared values have one home (main/contract/constants.ts); db/'s copies, which may not import it, stay equal. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DocumentKind } from '../../db/repos/documents';
import type { HighlightColor as DbColor, HighlightStatus } from '../../db/repos/highlights';
import { SEARCH_KINDS as DB_SEARCH_KINDS, type SearchKind } from '../../db/repos/search-all';
import { ColorSchema } from '../../main/contract/highlights';
import {
  ANCHOR_STATUSES,
  DOCUMENT_KINDS,
  HIGHLIGHT_COLORS,
  HIGHLIGHT_COLORS_IN_WORDS,
  SEARCH_KINDS,
  type AnchorStatusName,
  type DocumentKindName,
  type HighlightColor,
} from '../../main/contract/constants';

describe('shared constants', () => {
  it('db/ unions are the contract lists', () => {
    expectTypeOf<DbColor>().toEqualTypeOf<HighlightColor>();
    expectTypeOf<HighlightStatus>().toEqualTypeOf<AnchorStatusName>();
    expectTypeOf<DocumentKind>().toEqualTypeOf<DocumentKindName>();
    expectTypeOf<SearchKind>().toEqualTypeOf<(typeof SEARCH_KINDS)[number]>();
    expect(HIGHLIGHT_COLORS).toEqual(['yellow', 'green', 'blue', 'pink', 'purple']);
    expect(ANCHOR_STATUSES).toEqual(['ok', 'fuzzy', 'orphaned', 'pending']);
    expect(DOCUMENT_KINDS).toEqual(['article', 'card']);
    expect(DB_SEARCH_KINDS).toEqual(SEARCH_KINDS);
  });

  it('messages list the colours from the one list', () => {
    expect(HIGHLIGHT_COLORS_IN_WORDS).toBe('yellow, green, blue, pink or purple');
    expect(ColorSchema.safeParse('red').error?.issues[0]?.message).toBe('Unknown highlight colour: choose yellow, green, blue, pink or purple.');
  });
});
