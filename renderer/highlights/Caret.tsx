/**
 * A visible caret for caret browsing: Chromium draws none in text that cannot be edited, so
 * while the article body has focus and the selection is collapsed inside it, a thin bar marks
 * where Shift+arrows will start selecting.
 */
import { useEffect, useState, type RefObject } from 'react';
import { focusRect, selectionInside } from './caretBrowsing';

interface Position {
  top: number;
  left: number;
  height: number;
}

export function Caret({ body, container }: { body: RefObject<HTMLElement | null>; container: RefObject<HTMLElement | null> }) {
  const [position, setPosition] = useState<Position | null>(null);

  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const update = () => {
      const base = container.current;
      const selection = document.getSelection();
      if (!base || !selection?.isCollapsed || !el.contains(document.activeElement) || !selectionInside(el)) {
        setPosition(null);
        return;
      }
      const rect = focusRect();
      if (!rect || rect.height === 0) {
        setPosition(null);
        return;
      }
      const origin = base.getBoundingClientRect();
      setPosition({ top: rect.top - origin.top, left: rect.left - origin.left, height: rect.height });
    };
    document.addEventListener('selectionchange', update);
    el.addEventListener('focusin', update);
    el.addEventListener('focusout', update);
    return () => {
      document.removeEventListener('selectionchange', update);
      el.removeEventListener('focusin', update);
      el.removeEventListener('focusout', update);
    };
  }, [body, container]);

  if (!position) return null;
  return <div className="caret" aria-hidden="true" style={{ top: position.top, left: position.left, height: position.height }} />;
}
