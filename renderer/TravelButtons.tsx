/**
 * Back and forward by hand: the toolbar's ← and → buttons, and the mouse's back and forward
 * buttons (3 and 4), as in a browser. App owns the history itself (renderer/history.ts).
 */
import { useEffect, type RefObject } from 'react';

interface Props {
  canBack: boolean;
  canForward: boolean;
  onBack(): void;
  onForward(): void;
}

/** Disabled when there is nowhere to go, so the user sees it. */
export function TravelButtons({ canBack, canForward, onBack, onForward }: Props) {
  return (
    <div className="travel" role="group" aria-label="History">
      <button type="button" className="icon-button" aria-label="Back" title="Back (Alt+←)" disabled={!canBack} onClick={onBack}>
        ←
      </button>
      <button type="button" className="icon-button" aria-label="Forward" title="Forward (Alt+→)" disabled={!canForward} onClick={onForward}>
        →
      </button>
    </div>
  );
}

/** The mouse's back and forward buttons; not while a dialog is open. */
export function useMouseTravel(travel: RefObject<{ goBack(): void; goForward(): void }>): void {
  useEffect(() => {
    const onMouseUp = (event: MouseEvent) => {
      if (event.button !== 3 && event.button !== 4) return;
      event.preventDefault();
      if (document.querySelector('dialog:modal')) return;
      if (event.button === 3) travel.current.goBack();
      else travel.current.goForward();
    };
    // The browser host's page would otherwise go back itself.
    const onAuxClick = (event: MouseEvent) => {
      if (event.button === 3 || event.button === 4) event.preventDefault();
    };
    window.addEventListener('mouseup', onMouseUp);
    window.addEventListener('auxclick', onAuxClick);
    return () => {
      window.removeEventListener('mouseup', onMouseUp);
      window.removeEventListener('auxclick', onAuxClick);
    };
  }, [travel]);
}
