/**
 * The five highlight colours and what each means to this user ("Evidence", "Question"…),
 * loaded once for the whole window and refreshed when a meaning is edited. Colour is never
 * the only signal: everything that shows a colour also shows its meaning as text.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ColorMeaning, HighlightColor } from '../../main/contract';
import { useReportFailure } from '../components/Notices';
import { useCall } from '../data/useCall';
import { HIGHLIGHT_COLORS } from '../../main/contract/constants';

const NAMES: Record<HighlightColor, string> = { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple' };

export function colorName(color: HighlightColor): string {
  return NAMES[color];
}

/** "Yellow — Important" (or just "Yellow" before the meanings have loaded). */
export function colorLabel(color: HighlightColor, meaning: string | undefined): string {
  return meaning ? `${NAMES[color]} — ${meaning}` : NAMES[color];
}

/** Until the library answers, the colours are shown without meanings rather than with guessed ones. */
const UNLOADED: ColorMeaning[] = HIGHLIGHT_COLORS.map((color, i) => ({ color, meaning: '', key: i + 1 }));

const ColorsContext = createContext<ColorMeaning[]>(UNLOADED);

export function ColorsProvider({ children }: { children: ReactNode }) {
  const { data, error } = useCall('colors.list', {});
  useReportFailure('Couldn’t load the highlight colours', error);
  const colors = useMemo(() => (data ? [...data.colors].sort((a, b) => a.key - b.key) : UNLOADED), [data]);

  return <ColorsContext.Provider value={colors}>{children}</ColorsContext.Provider>;
}

export function useColors(): ColorMeaning[] {
  return useContext(ColorsContext);
}

export function meaningOf(colors: readonly ColorMeaning[], color: HighlightColor): string | undefined {
  return colors.find((c) => c.color === color)?.meaning || undefined;
}
