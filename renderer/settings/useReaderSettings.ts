/**
 * The reader's typography as React state: kept in localStorage (`commonplace.reader`, like the
 * theme and the layout: this window's look, not the library's), and applied at once as custom
 * properties on <html>, which styles/reader.css reads.
 */
import { useCallback, useLayoutEffect, useState } from 'react';
import { READER_DEFAULTS, readReaderSettings, readerStyle, withReaderChange, type ReaderSettings } from './reader-settings';

const KEY = 'commonplace.reader';

function load(): ReaderSettings {
  try {
    const raw = localStorage.getItem(KEY);
    return readReaderSettings(raw ? JSON.parse(raw) : null);
  } catch {
    // Storage refused or holding something else: the defaults.
    return { ...READER_DEFAULTS };
  }
}

export interface ReaderSettingsControl {
  settings: ReaderSettings;
  change(change: Partial<ReaderSettings>): void;
  reset(): void;
}

export function useReaderSettings(): ReaderSettingsControl {
  const [settings, setSettings] = useState<ReaderSettings>(load);
  // Before paint, so a reload never shows the default type first.
  useLayoutEffect(() => {
    const root = document.documentElement.style;
    for (const [name, value] of Object.entries(readerStyle(settings))) root.setProperty(name, value);
    try {
      localStorage.setItem(KEY, JSON.stringify(settings));
    } catch {
      // Not kept for next time; it still applies now.
    }
  }, [settings]);
  const change = useCallback((next: Partial<ReaderSettings>) => setSettings((now) => withReaderChange(now, next)), []);
  const reset = useCallback(() => setSettings({ ...READER_DEFAULTS }), []);
  return { settings, change, reset };
}
