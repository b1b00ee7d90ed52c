/**
 * Renaming a tag (and the tags below it) and merging one tag into another. A rename onto a
 * name that is already taken is refused by the library with an explanation; the dialog then
 * offers the merge instead.
 */
import { useState } from 'react';
import { FormDialog } from '../components/FormDialog';
import { TAG_INPUT_MAX } from '../../main/contract/constants';

interface RenameProps {
  name: string;
  onRename(to: string): Promise<void>;
  onMergeInstead(into: string): void;
  onClose(): void;
  returnFocus?(): void;
}

export function RenameTagDialog({ name, onRename, onMergeInstead, onClose, returnFocus }: RenameProps) {
  const [value, setValue] = useState(name);
  return (
    <FormDialog className="tag-dialog"
      title={`Rename “${name}”`}
      submitLabel="Rename"
      onClose={onClose}
      returnFocus={returnFocus}
      onSubmit={() => onRename(value)}
      extra={(error) =>
        error.code === 'refused' && (
          <button type="button" className="button" onClick={() => onMergeInstead(value.trim())}>
            Merge into “{value.trim()}” instead
          </button>
        )
      }
    >
      <p>Every article and highlight keeps the tag under its new name; tags below it move along.</p>
      <label className="field">
        <span className="field-label">New name</span>
        <input type="text" className="text-input" value={value} maxLength={TAG_INPUT_MAX} required data-autofocus onChange={(e) => setValue(e.target.value)} />
      </label>
    </FormDialog>
  );
}

interface MergeProps {
  name: string;
  /** Where it can go: every other tag. */
  targets: readonly string[];
  initialTarget?: string;
  onMerge(into: string): Promise<void>;
  onClose(): void;
  returnFocus?(): void;
}

export function MergeTagDialog({ name, targets, initialTarget, onMerge, onClose, returnFocus }: MergeProps) {
  const [into, setInto] = useState(initialTarget ?? targets[0] ?? '');
  return (
    <FormDialog className="tag-dialog" title={`Merge “${name}”`} submitLabel="Merge" onClose={onClose} returnFocus={returnFocus} onSubmit={() => onMerge(into)}>
      <p>Everything tagged “{name}” gets the tag you choose instead (nothing is tagged twice), then “{name}” is removed.</p>
      <label className="field">
        <span className="field-label">Merge into</span>
        <select className="text-input" value={into} data-autofocus onChange={(e) => setInto(e.target.value)}>
          {initialTarget && !targets.includes(initialTarget) && <option value={initialTarget}>{initialTarget}</option>}
          {targets.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
    </FormDialog>
  );
}
