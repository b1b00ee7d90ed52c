/**
 * Light, dark, or the system's choice. The choice is kept in localStorage (it belongs to this
 * window's look, not to the library). What shows — the choice, or the system's theme while
 * following it — is always set as `data-theme` on <html>, the one switch the stylesheets read.
 */
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

const KEY = 'commonplace.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function stored(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    // Storage refused (private mode, a locked profile): the system's theme is a fine default.
    return 'system';
  }
}

function systemTheme(): Theme {
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

export interface ThemeControl {
  choice: ThemeChoice;
  /** What is showing now: the choice, or the system's theme when the choice is 'system'. */
  theme: Theme;
  /** Light to dark or dark to light, from whatever is showing now; announced. */
  toggle(): void;
  /** Back to following the system; announced. */
  followSystem(): void;
  /** A choice made in Settings, where the choice itself shows: not announced. */
  choose(choice: ThemeChoice): void;
  /** The last change, for ThemeNotice to announce (with an offer to follow the system again). */
  notice: ThemeNoticeState | null;
  dismissNotice(): void;
}

export interface ThemeNoticeState {
  message: string;
  /** Whether "Use system theme" is worth offering (the choice is not 'system' already). */
  offerSystem: boolean;
  /** Tells repeated messages apart, so each is announced and timed afresh. */
  token: number;
}

let nextToken = 1;
const NAMES: Record<Theme, string> = { light: 'Light', dark: 'Dark' };

export function useTheme(): ThemeControl {
  const [choice, setChoice] = useState<ThemeChoice>(stored);
  const [system, setSystem] = useState<Theme>(systemTheme);

  useEffect(() => {
    const query = window.matchMedia(DARK_QUERY);
    const onChange = () => setSystem(query.matches ? 'dark' : 'light');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  const theme = choice === 'system' ? system : choice;
  // Before the first paint, so a chosen theme never flashes the other.
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    try {
      if (choice === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, choice);
    } catch {
      // Not kept for next time; it still applies now.
    }
  }, [choice]);

  const [notice, setNotice] = useState<ThemeNoticeState | null>(null);
  const toggle = useCallback(() => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    setChoice(next);
    setNotice({ message: `${NAMES[next]} theme on`, offerSystem: true, token: nextToken++ });
  }, [theme]);
  const followSystem = useCallback(() => {
    setChoice('system');
    setNotice({ message: `Following the system theme (${NAMES[systemTheme()].toLowerCase()} now)`, offerSystem: false, token: nextToken++ });
  }, []);
  const dismissNotice = useCallback(() => setNotice(null), []);
  const choose = useCallback((next: ThemeChoice) => {
    setChoice(next);
    setNotice(null);
  }, []);

  return { choice, theme, toggle, followSystem, choose, notice, dismissNotice };
}
