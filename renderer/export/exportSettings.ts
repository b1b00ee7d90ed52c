/**
 * What the export dialog remembers between uses (the folder and the two options), kept in
 * localStorage: exporting is usually "the same vault again", so the second time is one Enter.
 */

export interface ExportSettings {
  folder: string;
  allArticles: boolean;
  fullText: boolean;
}

const KEY = 'commonplace.export';
const DEFAULTS: ExportSettings = { folder: '', allArticles: false, fullText: false };

export function loadExportSettings(): ExportSettings {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return DEFAULTS;
    const parsed = JSON.parse(raw) as Partial<Record<keyof ExportSettings, unknown>>;
    return {
      folder: typeof parsed.folder === 'string' ? parsed.folder : DEFAULTS.folder,
      allArticles: parsed.allArticles === true,
      fullText: parsed.fullText === true,
    };
  } catch {
    // Storage may be unavailable or hold something else: start from the defaults.
    return DEFAULTS;
  }
}

export function saveExportSettings(settings: ExportSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    /* Not remembering is harmless. */
  }
}

/** A full path on any platform (`/…`, `~/…`, `C:\…`, `\\server\…`); the Node side checks again. */
export function looksAbsolute(folder: string): boolean {
  return /^(\/|~(\/|\\|$)|[A-Za-z]:[\\/]|\\\\)/.test(folder);
}
