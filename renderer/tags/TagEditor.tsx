/**
 * The tags of one thing (an article, a highlight): each with a button to remove it, and a
 * field with autocomplete to add one (Enter creates a new tag).
 */
import { useEffect, useRef } from 'react';
import { TagCombobox } from './TagCombobox';

interface Props {
  /** What the tags belong to, for the group's name ("Article tags", "Highlight tags"). */
  label: string;
  tags: readonly string[];
  onAdd(name: string): Promise<boolean>;
  onRemove(name: string): Promise<unknown>;
  onEscape?(): void;
  /** The field's accessible name ("Add a tag to this article"). */
  fieldLabel: string;
  /** Put the focus in the field when the editor appears (it was opened to add a tag). */
  autoFocus?: boolean;
  className?: string;
}

export function TagEditor({ label, tags, onAdd, onRemove, onEscape, fieldLabel, autoFocus = false, className }: Props) {
  const field = useRef<HTMLInputElement | null>(null);
  const focusOnMount = useRef(autoFocus);
  useEffect(() => {
    if (focusOnMount.current) field.current?.focus();
  }, []);

  return (
    <div role="group" aria-label={label} className={className ? `tag-editor ${className}` : 'tag-editor'}>
      {tags.length > 0 && (
        <ul className="tags" aria-label={label}>
          {tags.map((tag) => (
            <li key={tag} className="tag removable">
              <span className="tag-name">{tag}</span>
              <button
                type="button"
                className="tag-remove"
                aria-label={`Remove tag ${tag}`}
                onClick={() => {
                  void onRemove(tag);
                  // The chip goes away; the field is the natural next place.
                  field.current?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <TagCombobox label={fieldLabel} exclude={tags} onSubmit={onAdd} onEscape={onEscape} inputRef={field} />
    </div>
  );
}
