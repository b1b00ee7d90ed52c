/**
 * A modal dialog on the native <dialog> element (top layer, inert background) plus the parts
 * the platform leaves to us: focus starts on the right control, Tab stays inside, Escape
 * cancels through React state, and focus goes back where it came from when the dialog closes.
 */
import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface ModalProps {
  role?: 'dialog' | 'alertdialog';
  labelledBy: string;
  describedBy?: string;
  className?: string;
  onCancel(): void;
  /** Where focus goes on close when the element that opened the dialog is gone or unsuitable. */
  returnFocus?(): void;
  children: ReactNode;
}

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
}

export function Modal({ role = 'dialog', labelledBy, describedBy, className, onCancel, returnFocus, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // The opening effect runs once; its cleanup must still call the latest returnFocus.
  const returnRef = useRef(returnFocus);
  useLayoutEffect(() => {
    returnRef.current = returnFocus;
  });

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const preferred = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? focusables(dialog)[0] ?? dialog;
    preferred.focus();
    return () => {
      if (dialog.open) dialog.close();
      const fallback = returnRef.current;
      if (fallback) fallback();
      else if (opener?.isConnected) opener.focus();
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    // Keys pressed in a modal belong to it: list and reader shortcuts must not see them.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const items = focusables(ref.current);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    if (event.shiftKey && (document.activeElement === first || document.activeElement === ref.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog
      ref={ref}
      role={role}
      aria-modal="true"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className={className ? `modal ${className}` : 'modal'}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // Escape is handled in onKeyDown; this catches other platform cancel requests.
        event.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
