/**
 * Settings' Open another library, Create a new library and Move this library (issue 11). The
 * path comes from the desktop app's file dialog, or, in the browser preview (which has none), is
 * typed here. Either way the library first checks it (`library.checkTarget`: nothing written),
 * the user confirms what will happen, and only then does `library.switch` act. The window then
 * reloads, so every pane reads the library now open; the note beside the article, which belongs
 * to the old library, is closed first.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { LibraryAction, Output } from '../../main/contract';
import { api, toApiError } from '../api';
import { plural } from '../format';
import { useLayout } from '../layout/useLayout';

type Checked = Output<'library.checkTarget'>;

const START: Record<LibraryAction, string> = {
  open: 'Open another library…',
  create: 'Create a new library…',
  move: 'Move this library…',
};
const CONFIRM: Record<LibraryAction, string> = { open: 'Open it', create: 'Create it', move: 'Move it' };

function holds(checked: Checked): string {
  return checked.articles === null ? '' : ` (${plural(checked.articles, 'article')}, ${plural(checked.notes ?? 0, 'note')})`;
}

/** What will happen, said before it does. */
function question(checked: Checked): string {
  switch (checked.action) {
    case 'open':
      return `Open the library at ${checked.file}${holds(checked)}? This library stays where it is, unchanged.`;
    case 'create':
      return `Create a new, empty library at ${checked.file}? This library stays where it is, unchanged.`;
    case 'move':
      return `Move this library${holds(checked)} to ${checked.file}? It is copied and the copy checked first; the old file is removed only once the copy is open.`;
  }
}

export function LibrarySwitch({ host, disabled }: { host: 'electron' | 'browser' | null; disabled: boolean }) {
  const id = useId();
  const { openBeside } = useLayout();
  const [typed, setTyped] = useState('');
  const [checked, setChecked] = useState<Checked | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const picker = host === 'electron';

  useEffect(() => {
    if (checked) confirmButton.current?.focus();
  }, [checked]);

  async function start(action: LibraryAction) {
    setProblem(null);
    setChecked(null);
    try {
      let chosen = typed.trim();
      if (picker) {
        const answer = await api.call('host.chooseLibraryFile', { action });
        if (answer.path === null) return;
        chosen = answer.path;
      } else if (chosen === '') {
        setProblem('Type the full path of a library file first (for example /home/you/Notes/research.commonplace).');
        return;
      }
      setChecked(await api.call('library.checkTarget', { action, path: chosen }));
    } catch (error) {
      setProblem(toApiError(error).message);
    }
  }

  async function confirm(target: Checked) {
    setBusy(true);
    try {
      await api.call('library.switch', { action: target.action, path: target.file });
      openBeside(null);
      window.location.reload();
    } catch (error) {
      setChecked(null);
      setProblem(toApiError(error).message);
      setBusy(false);
    }
  }

  return (
    <div className="library-switch">
      {!picker && (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-path`}>
            Another library file
          </label>
          <input
            id={`${id}-path`}
            type="text"
            value={typed}
            placeholder="/Users/you/Notes/research.commonplace"
            spellCheck={false}
            autoComplete="off"
            aria-describedby={`${id}-hint`}
            aria-invalid={problem !== null}
            disabled={disabled || busy}
            onChange={(e) => {
              setTyped(e.currentTarget.value);
              setChecked(null);
              setProblem(null);
            }}
          />
          <p id={`${id}-hint`} className="field-hint">
            A browser can’t show a file picker: type the full path of a library file on this computer, then choose what to do with it.
          </p>
        </div>
      )}
      <div className="settings-row">
        {(['open', 'create', 'move'] as const).map((action) => (
          <button key={action} type="button" className="button small" disabled={disabled || busy} onClick={() => void start(action)}>
            {START[action]}
          </button>
        ))}
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {checked && (
        <div className="library-switch-confirm" role="group" aria-labelledby={`${id}-question`}>
          <p id={`${id}-question`}>{question(checked)}</p>
          <div className="settings-row">
            <button ref={confirmButton} type="button" className="button small primary" disabled={busy} onClick={() => void confirm(checked)}>
              {CONFIRM[checked.action]}
            </button>
            <button type="button" className="button small" disabled={busy} onClick={() => setChecked(null)}>
              Cancel
            </button>
          </div>
          {busy && <p role="status">{checked.action === 'move' ? 'Copying and checking the library…' : 'Opening the library…'}</p>}
        </div>
      )}
    </div>
  );
}
