/**
 * Asks before anything that cannot be undone or that leaves the app (deleting, opening a link).
 * Cancel is the default focus, so a reflexive Enter never destroys anything.
 */
import { useId, useState, type ReactNode } from 'react';
import { toApiError } from '../api';
import { Modal } from './Modal';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  destructive?: boolean;
  /** May be async: the dialog shows it is busy, and shows the error if it fails. */
  onConfirm(): void | Promise<void>;
  onCancel(): void;
  returnFocus?(): void;
}

export function ConfirmDialog({ title, children, confirmLabel, cancelLabel = 'Cancel', destructive, onConfirm, onCancel, returnFocus }: ConfirmDialogProps) {
  const titleId = useId();
  const bodyId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (failure) {
      setError(toApiError(failure).message);
      setBusy(false);
    }
  }

  return (
    <Modal role="alertdialog" labelledBy={titleId} describedBy={bodyId} onCancel={onCancel} returnFocus={returnFocus} className="confirm">
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      <div id={bodyId} className="modal-body">
        {children}
      </div>
      {error && (
        <p role="alert" className="modal-error">
          {error}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" className="button" onClick={onCancel} data-autofocus>
          {cancelLabel}
        </button>
        <button type="button" className={destructive ? 'button danger' : 'button primary'} onClick={() => void confirm()} disabled={busy} aria-busy={busy}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
