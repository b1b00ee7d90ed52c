/**
 * Writing or changing a highlight's comment: Enter saves (Shift+Enter for a new line), Escape
 * cancels. Used in the highlight popover and in the side panel.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { COMMENT_MAX } from '../../main/contract/constants';

interface Props {
  initial: string | null;
  onSave(comment: string | null): Promise<unknown>;
  onCancel(): void;
}

export function CommentEditor({ initial, onSave, onCancel }: Props) {
  const id = useId();
  const [value, setValue] = useState(initial ?? '');
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const el = field.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  async function save() {
    if (busy) return;
    setBusy(true);
    const text = value.trim();
    try {
      await onSave(text === '' ? null : text);
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  }

  return (
    <form
      className="comment-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label htmlFor={id} className="field-label">
        Comment
      </label>
      <textarea id={id} ref={field} className="text-input" rows={3} maxLength={COMMENT_MAX} value={value} onChange={(e) => setValue(e.target.value)} onKeyDown={onKeyDown} />
      <p className="field-hint">Enter saves · Shift+Enter for a new line · Escape cancels</p>
      <div className="editor-actions">
        <button type="submit" className="button primary" disabled={busy}>
          Save comment
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
