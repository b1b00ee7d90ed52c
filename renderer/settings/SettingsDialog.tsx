/**
 * Settings (Mod+,, the palette, File → Settings…): the theme, the reader's typography, colour
 * meanings, export defaults and where the library file is. Every change applies at once and is
 * kept at once (there is nothing to save): the theme and typography in localStorage (this
 * window's look), colour meanings in the library (ColorMeaningsDialog), export defaults where the
 * Export dialog keeps them (export/exportSettings.ts).
 */
import { useId, useState } from 'react';
import { api } from '../api';
import { Modal } from '../components/Modal';
import { useReportError } from '../components/Notices';
import { useCall } from '../data/useCall';
import { loadExportSettings, saveExportSettings, type ExportSettings } from '../export/exportSettings';
import { ColorMeaningsDialog } from '../highlights/ColorMeaningsDialog';
import { colorName, useColors } from '../highlights/colors';
import type { ThemeChoice, ThemeControl } from '../palette/useTheme';
import { LibrarySwitch } from './LibrarySwitch';
import { isDefaultReader, READER_FONT_NAMES, READER_FONTS, READER_LIMITS, type ReaderFont } from './reader-settings';
import type { ReaderSettingsControl } from './useReaderSettings';

interface Props {
  theme: ThemeControl;
  reader: ReaderSettingsControl;
  host: 'electron' | 'browser' | null;
  onClose(): void;
}

const THEMES: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function SettingsDialog({ theme, reader, host, onClose }: Props) {
  const titleId = useId();
  const [editingColors, setEditingColors] = useState(false);
  return (
    <Modal labelledBy={titleId} onCancel={onClose} className="settings-dialog">
      <h2 id={titleId} className="modal-title">
        Settings
      </h2>
      <div className="modal-body settings-body">
        <fieldset className="settings-section">
          <legend>Theme</legend>
          {THEMES.map((t) => (
            <label key={t.value} className="settings-choice">
              <input type="radio" name="settings-theme" checked={theme.choice === t.value} data-autofocus={theme.choice === t.value ? true : undefined} onChange={() => theme.choose(t.value)} /> {t.label}
            </label>
          ))}
        </fieldset>
        <ReaderSection reader={reader} />
        <section className="settings-section" aria-labelledby={`${titleId}-colors`}>
          <h3 id={`${titleId}-colors`}>Colour meanings</h3>
          <ColorSummary />
          <button type="button" className="button small" onClick={() => setEditingColors(true)}>
            Edit colour meanings…
          </button>
        </section>
        <ExportSection />
        <LibrarySection host={host} />
      </div>
      <div className="modal-actions">
        <button type="button" className="button primary" onClick={onClose}>
          Done
        </button>
      </div>
      {editingColors && <ColorMeaningsDialog onClose={() => setEditingColors(false)} />}
    </Modal>
  );
}

function ReaderSection({ reader }: { reader: ReaderSettingsControl }) {
  const { settings, change, reset } = reader;
  const id = useId();
  const slider = (field: 'size' | 'width' | 'lineHeight', label: string, shown: string) => (
    <div className="settings-slider">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <input
        id={`${id}-${field}`}
        type="range"
        min={READER_LIMITS[field].min}
        max={READER_LIMITS[field].max}
        step={READER_LIMITS[field].step}
        value={settings[field]}
        aria-valuetext={shown}
        onChange={(e) => change({ [field]: Number(e.currentTarget.value) })}
      />
      <output htmlFor={`${id}-${field}`}>{shown}</output>
    </div>
  );
  return (
    <fieldset className="settings-section">
      <legend>Reader</legend>
      <p className="field-hint">How articles are set in the reader. Changes show at once.</p>
      <div className="settings-slider">
        <label htmlFor={`${id}-font`}>Font</label>
        <select id={`${id}-font`} className="text-input" value={settings.font} onChange={(e) => change({ font: e.currentTarget.value as ReaderFont })}>
          {READER_FONTS.map((font) => (
            <option key={font} value={font}>
              {READER_FONT_NAMES[font]}
            </option>
          ))}
        </select>
      </div>
      {slider('size', 'Text size', `${settings.size} pixels`)}
      {slider('width', 'Line width', `${settings.width} characters`)}
      {slider('lineHeight', 'Line height', settings.lineHeight.toFixed(2))}
      <button type="button" className="button small" disabled={isDefaultReader(settings)} onClick={reset}>
        Reset reader typography
      </button>
    </fieldset>
  );
}

function ColorSummary() {
  const colors = useColors();
  return (
    <ul className="settings-colors" aria-label="Colour meanings">
      {colors.map((c) => (
        <li key={c.color}>
          <span className={`swatch swatch-${c.color}`} aria-hidden="true" />
          {colorName(c.color)}: {c.meaning || 'no meaning yet'}
        </li>
      ))}
    </ul>
  );
}

function ExportSection() {
  const id = useId();
  const [settings, setSettings] = useState<ExportSettings>(loadExportSettings);
  function update(change: Partial<ExportSettings>) {
    const next = { ...settings, ...change };
    setSettings(next);
    saveExportSettings(next);
  }
  return (
    <fieldset className="settings-section">
      <legend>Export defaults</legend>
      <p className="field-hint">What the Export dialog starts with. The folder is still confirmed when you export.</p>
      <label className="field" htmlFor={`${id}-folder`}>
        <span className="field-label">Export folder</span>
        <input id={`${id}-folder`} type="text" className="text-input" value={settings.folder} placeholder="A full path, e.g. ~/Notes/Vault" autoComplete="off" spellCheck={false} onChange={(e) => update({ folder: e.currentTarget.value })} />
      </label>
      <label className="settings-choice">
        <input type="radio" name="settings-export-articles" checked={!settings.allArticles} onChange={() => update({ allArticles: false })} /> Only articles with highlights or notes
      </label>
      <label className="settings-choice">
        <input type="radio" name="settings-export-articles" checked={settings.allArticles} onChange={() => update({ allArticles: true })} /> All articles
      </label>
      <label className="settings-choice">
        <input type="checkbox" checked={settings.fullText} onChange={(e) => update({ fullText: e.currentTarget.checked })} /> Include full article text
      </label>
    </fieldset>
  );
}

function LibrarySection({ host }: { host: 'electron' | 'browser' | null }) {
  const id = useId();
  const location = useCall('library.location', {});
  const reportError = useReportError();
  const [said, setSaid] = useState('');
  const file = location.data?.file ?? null;
  const folder = location.data?.folder ?? null;

  async function copy() {
    if (!file) return;
    try {
      await navigator.clipboard.writeText(file);
      setSaid('Copied the library’s path');
    } catch (error) {
      reportError('Couldn’t copy the path', error);
    }
  }
  async function show() {
    if (!folder) return;
    try {
      const { shown } = await api.call('host.showInFolder', { path: folder });
      setSaid(shown ? 'Opened the library’s folder' : 'The folder could not be opened here');
    } catch (error) {
      reportError('Couldn’t open the folder', error);
    }
  }

  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Library file</h3>
      {location.error ? (
        <p role="alert">{location.error.message}</p>
      ) : (
        <p className="settings-path">{location.loading && !location.data ? 'Finding the library…' : (file ?? 'This library is held in memory only.')}</p>
      )}
      <div className="settings-row">
        <button type="button" className="button small" disabled={!file} onClick={() => void copy()}>
          Copy path
        </button>
        {/* A browser cannot open the file manager: the browser host answers shown: false. */}
        {host === 'electron' && (
          <button type="button" className="button small" disabled={!folder} onClick={() => void show()}>
            Show in folder
          </button>
        )}
      </div>
      <LibrarySwitch host={host} disabled={location.loading && !location.data} />
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </section>
  );
}
