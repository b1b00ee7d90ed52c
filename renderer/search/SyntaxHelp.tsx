/**
 * The "Search syntax" popover: every operator with an example. Non-modal (the search box stays
 * usable beside it); Escape or a click outside closes it and focus returns to its button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { SEARCH_SYNTAX, SEARCH_SYNTAX_NOTES } from './syntax';

export function SyntaxHelp({ onExample }: { onExample(example: string): void }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const titleId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    panel.current?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  return (
    <div className="syntax-help">
      <button ref={button} type="button" className="button subtle small" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen((o) => !o)}>
        Search syntax
      </button>
      {open && (
        <div
          ref={panel}
          id={panelId}
          role="dialog"
          aria-labelledby={titleId}
          className="syntax-popover"
          tabIndex={-1}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              close();
            }
          }}
        >
          <h3 id={titleId} className="syntax-title">
            Search syntax
          </h3>
          <table className="syntax-table">
            <thead>
              <tr>
                <th scope="col">Type</th>
                <th scope="col">To find</th>
              </tr>
            </thead>
            <tbody>
              {SEARCH_SYNTAX.map((entry) => (
                <tr key={entry.example}>
                  <td>
                    <button type="button" className="syntax-example" title="Add to the search" onClick={() => onExample(entry.example)}>
                      <code>{entry.example}</code>
                    </button>
                  </td>
                  <td>{entry.meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="syntax-notes">
            {SEARCH_SYNTAX_NOTES.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          <button type="button" className="button small" onClick={close}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
