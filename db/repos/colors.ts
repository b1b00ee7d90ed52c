/** What each highlight colour means to the user (seeded by migration 0003, editable). */
import type { Db } from '../open';
import { prepared } from '../sql';
import type { HighlightColor } from './highlights';

export interface ColorMeaning {
  color: HighlightColor;
  meaning: string;
  /** 1–5: the colour's place in the toolbar and its keyboard key. */
  position: number;
}

export function listColorMeanings(db: Db): ColorMeaning[] {
  return prepared(db, 'SELECT color, meaning, position FROM color_meanings ORDER BY position').all() as ColorMeaning[];
}

export function updateColorMeaning(db: Db, color: HighlightColor, meaning: string): ColorMeaning | undefined {
  return prepared(db, 'UPDATE color_meanings SET meaning = ? WHERE color = ? RETURNING color, meaning, position').get(meaning, color) as
    | ColorMeaning
    | undefined;
}
