/**
 * A small modal form: a title, fields, Cancel and a submit button. Submitting shows busy; a
 * refusal from the library (a taken name, too long) shows inside the dialog with what was typed
 * kept, so the user can correct it; success is the caller's to close.
 */
import { useId, useState, type ReactNode } from 'react';
import { toApiError, type ApiError } from '../api';
import { Modal } from './Modal';

export interface FormDialogProps {
  className?: string;
  title: string;
  onClose(): void;
  onSubmit(): Promise<void>;
  submitLabel: string;
  children: ReactNode;
  extra?(error: ApiError): ReactNode;
  returnFocus?(): void;
}

export function FormDialog({ className, title, onClose, onSubmit, submitLabel, children, extra, returnFocus }: FormDialogProps) {
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      await onSubmit();
    } catch (failure) {
      setError(toApiError(failure));
      setBusy(false);
    }
  }

  return (
    <Modal labelledBy={titleId} onCancel={onClose} returnFocus={returnFocus} className={className}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id={titleId} className="modal-title">
          {title}
        </h2>
        <div className="modal-body">{children}</div>
        {error && (
          <div role="alert" className="modal-error">
            <p>{error.message}</p>
            {extra?.(error)}
          </div>
        )}
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy} aria-busy={busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
