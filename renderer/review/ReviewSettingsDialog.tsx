/**
 * The review settings (issue 13): the round's size, how many new highlights it takes, and the
 * weights new highlights are drawn by (colour meanings, tags, recency; "Never" retires a highlight
 * for good, from the card). Every input is labelled; a value out of range is said beside its field
 * (`aria-invalid`, `aria-describedby`) and nothing is saved until all are right. Saved through
 * `review.configure`, whose `review.changed` event redraws the round and the figures.
 */
import { useId, useRef, useState } from 'react';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../main/contract/constants';
import type { ReviewSettings } from '../../main/contract/review';
import { api, ApiError } from '../api';
import { FormDialog } from '../components/FormDialog';
import { colorLabel, meaningOf, useColors } from '../highlights/colors';
import { formOf, newTagRow, readForm, type FieldKey, type SettingsForm } from './settings-form';

interface Props {
  settings: ReviewSettings;
  onClose(): void;
}

interface FieldProps {
  label: string;
  hint?: string;
  value: string;
  error: string | undefined;
  inputMode: 'numeric' | 'decimal' | 'text';
  onChange(value: string): void;
  autoFocus?: boolean;
}

/** One labelled input, its hint and its error message (read by screen readers with the field). */
function Field({ label, hint, value, error, inputMode, onChange, autoFocus }: FieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field review-settings-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        className="text-input"
        inputMode={inputMode}
        value={value}
        aria-invalid={error !== undefined}
        aria-describedby={described || undefined}
        data-autofocus={autoFocus ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function ReviewSettingsDialog({ settings, onClose }: Props) {
  const colors = useColors();
  const [form, setForm] = useState<SettingsForm>(() => formOf(settings));
  const [errors, setErrors] = useState<Map<FieldKey, string>>(new Map());
  const bodyRef = useRef<HTMLDivElement>(null);
  const nameOf = (color: HighlightColor) => colorLabel(color, meaningOf(colors, color));
  const set = (change: Partial<SettingsForm>) => setForm((f) => ({ ...f, ...change }));
  const setTag = (key: number, change: { name?: string; weight?: string }) => set({ tags: form.tags.map((t) => (t.key === key ? { ...t, ...change } : t)) });

  async function save() {
    const read = readForm(form, nameOf);
    if (!read.ok) {
      setErrors(read.errors);
      // To the first field that needs a change, once the messages are drawn.
      requestAnimationFrame(() => bodyRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      // The dialog says so in its alert, and the Save button is ready again.
      const n = read.errors.size;
      throw new ApiError('invalid_input', `${n === 1 ? 'One setting needs' : `${n} settings need`} a change before they can be saved: see the message beside ${n === 1 ? 'it' : 'each'}.`);
    }
    setErrors(new Map());
    await api.call('review.configure', read.settings);
    onClose();
  }

  return (
    <FormDialog className="review-settings-dialog" title="Review settings" submitLabel="Save" onClose={onClose} onSubmit={save}>
      <div ref={bodyRef}>
        {errors.get('form') && <p className="field-error">{errors.get('form')}</p>}
        <Field label="Round size" hint="Highlights in a day’s round." inputMode="numeric" value={form.size} error={errors.get('size')} onChange={(size) => set({ size })} autoFocus />
        <Field
          label="New highlights per round"
          hint="Of those, how many are never reviewed before (more when little is due)."
          inputMode="numeric"
          value={form.newPerRound}
          error={errors.get('newPerRound')}
          onChange={(newPerRound) => set({ newPerRound })}
        />
        <fieldset className="review-settings-group">
          <legend>Colour weights</legend>
          <p className="field-hint">How often new highlights of each colour are drawn: 1 as usual, 3 three times as often, 0 never.</p>
          <div className="review-settings-colors">
            {HIGHLIGHT_COLORS.map((color) => (
              <Field
                key={color}
                label={`Weight of ${nameOf(color)}`}
                inputMode="decimal"
                value={form.colors[color]}
                error={errors.get(`color:${color}`)}
                onChange={(w) => set({ colors: { ...form.colors, [color]: w } })}
              />
            ))}
          </div>
        </fieldset>
        <fieldset className="review-settings-group">
          <legend>Tag weights</legend>
          <p className="field-hint">A tag’s weight covers the tags below it and the highlights of articles with it. Others weigh 1.</p>
          {errors.get('tags') && <p className="field-error">{errors.get('tags')}</p>}
          {form.tags.map((row, i) => (
            <div key={row.key} className="review-settings-tag" role="group" aria-label={`Tag weight ${i + 1}`}>
              <Field label={`Tag ${i + 1}`} inputMode="text" value={row.name} error={errors.get(`tag:${row.key}:name`)} onChange={(name) => setTag(row.key, { name })} />
              <Field label={`Weight of tag ${i + 1}`} inputMode="decimal" value={row.weight} error={errors.get(`tag:${row.key}:weight`)} onChange={(weight) => setTag(row.key, { weight })} />
              <button type="button" className="button" onClick={() => set({ tags: form.tags.filter((t) => t.key !== row.key) })}>
                Remove tag {i + 1}
              </button>
            </div>
          ))}
          <button type="button" className="button" onClick={() => set({ tags: [...form.tags, newTagRow()] })}>
            Add a tag weight
          </button>
        </fieldset>
        <Field
          label="Recency"
          hint="How much recent highlights are favoured: 0 not at all; 1 makes today’s twice as likely as very old ones."
          inputMode="decimal"
          value={form.recency}
          error={errors.get('recency')}
          onChange={(recency) => set({ recency })}
        />
        <p className="field-hint">“Never” on a card retires that highlight from review for good.</p>
      </div>
    </FormDialog>
  );
}
