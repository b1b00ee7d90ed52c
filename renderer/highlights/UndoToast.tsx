/**
 * The last highlight action, announced politely, with its Undo button ("Highlight deleted ·
 * Undo") or its follow-up ("Quoted in “Title” · Open note"). It stays until the next action or until dismissed, so it is never missed.
 */
import type { Toast } from './useHighlightActions';

export function UndoToast({ toast, onUndo, onDismiss }: { toast: Toast | null; onUndo(): void; onDismiss(): void }) {
  return (
    // The live region is always there; only its content changes, so every message is announced.
    <div role="status" aria-label="Last action" className={toast ? 'toast' : 'toast empty'}>
      {toast && (
        <>
          <span className="toast-message">{toast.message}</span>
          {toast.action && (
            <button type="button" className="button subtle small" onClick={toast.action.run}>
              {toast.action.label}
            </button>
          )}
          {toast.undoable && (
            <button type="button" className="button subtle small" aria-keyshortcuts="Control+Z Meta+Z" onClick={onUndo}>
              Undo
            </button>
          )}
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
