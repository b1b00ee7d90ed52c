/**
 * "Dark theme on · Use system theme": says what the theme toggle did (politely, to screen
 * readers too) and offers the way back to following the system. It goes away by itself after a
 * few seconds, but not while the pointer or focus is on it.
 */
import { useEffect, useRef, useState } from 'react';
import type { ThemeNoticeState } from './useTheme';

const SHOWN_MS = 6000;

interface Props {
  notice: ThemeNoticeState | null;
  onUseSystem(): void;
  onDismiss(): void;
}

export function ThemeNotice({ notice, onUseSystem, onDismiss }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [held, setHeld] = useState(false);

  useEffect(() => {
    if (!notice || held) return;
    const timer = setTimeout(onDismiss, SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice, held, onDismiss]);

  function release() {
    // Focus may have moved within the notice; it is held while anything in it has focus.
    setTimeout(() => setHeld(ref.current?.contains(document.activeElement) ?? false), 0);
  }

  return (
    // The live region is always there; only its content changes, so every message is announced.
    <div
      ref={ref}
      role="status"
      aria-label="Theme"
      className={notice ? 'theme-notice' : 'theme-notice empty'}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={release}
      onFocus={() => setHeld(true)}
      onBlur={release}
    >
      {notice && (
        <>
          <span>{notice.message}</span>
          {notice.offerSystem && (
            <button type="button" className="button subtle small" onClick={onUseSystem}>
              Use system theme
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
