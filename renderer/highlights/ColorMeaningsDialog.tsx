/** What each highlight colour means to this user: five fields, saved together. */
import { useId, useState } from 'react';
import type { HighlightColor } from '../../main/contract';
import { api, toApiError } from '../api';
import { Modal } from '../components/Modal';
import { colorName, useColors } from './colors';
import { COLOR_MEANING_MAX } from '../../main/contract/constants';

export function ColorMeaningsDialog({ onClose }: { onClose(): void }) {
  const titleId = useId();
  const colors = useColors();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(colors.map((c) => [c.color, c.meaning])));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      for (const c of colors) {
        const meaning = (values[c.color] ?? '').trim();
        if (meaning !== c.meaning) await api.call('colors.update', { color: c.color as HighlightColor, meaning });
      }
      onClose();
    } catch (failure) {
      setError(toApiError(failure).message);
      setBusy(false);
    }
  }

  return (
    <Modal labelledBy={titleId} onCancel={onClose} className="color-meanings">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id={titleId} className="modal-title">
          Colour meanings
        </h2>
        <div className="modal-body">
          <p>What each highlight colour stands for. The meaning is shown beside the colour everywhere.</p>
          {colors.map((c, i) => (
            <label key={c.color} className="meaning-field">
              <span className="meaning-name">
                <span className={`swatch swatch-${c.color}`} aria-hidden="true">
                  {c.key}
                </span>
                {colorName(c.color)}
              </span>
              <input
                type="text"
                className="text-input"
                required
                maxLength={COLOR_MEANING_MAX}
                value={values[c.color] ?? ''}
                data-autofocus={i === 0 ? true : undefined}
                onChange={(e) => setValues((v) => ({ ...v, [c.color]: e.target.value }))}
              />
            </label>
          ))}
        </div>
        {error && (
          <p role="alert" className="modal-error">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy} aria-busy={busy}>
            Save meanings
          </button>
        </div>
      </form>
    </Modal>
  );
}
