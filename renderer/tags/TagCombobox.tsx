/**
 * A text field that suggests existing tags as you type (ARIA combobox with a listbox popup).
 * Arrow keys move through the suggestions, Enter takes the highlighted one or, if none is
 * highlighted, what was typed (creating the tag), Escape closes the list, then hands Escape on.
 * The list opens below the field, or above it near the bottom of the pane (the field may sit in
 * a highlight popover by the last visible line).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { api } from '../api';
import { useFloating } from '../components/floating';
import { formatCount } from '../format';
import { TAG_INPUT_MAX } from '../../main/contract/constants';

interface Suggestion {
  name: string;
  count: number;
}

interface Props {
  label: string;
  placeholder?: string;
  /** Tags already there, left out of the suggestions (compared case-insensitively). */
  exclude?: readonly string[];
  /** Resolves true when the name was taken (the field then clears). */
  onSubmit(name: string): Promise<boolean> | boolean;
  /** Escape with the list closed (e.g. to close the popover holding the field). */
  onEscape?(): void;
  inputRef?: Ref<HTMLInputElement>;
  initialValue?: string;
  clearOnSubmit?: boolean;
}

const LIMIT = 8;

export function TagCombobox({ label, placeholder = 'Add a tag…', exclude = [], onSubmit, onEscape, inputRef, initialValue = '', clearOnSubmit = true }: Props) {
  const listId = useId();
  const [value, setValue] = useState(initialValue);
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(-1);
  const [busy, setBusy] = useState(false);
  const excluded = exclude.map((t) => t.toLowerCase()).join('\n');

  useEffect(() => {
    if (!open) return;
    let live = true;
    const skip = new Set(excluded.split('\n'));
    api.call('tags.suggest', { prefix: value.trim(), limit: LIMIT }).then(
      (result) => {
        if (!live) return;
        const next = result.tags.filter((t) => !skip.has(t.name.toLowerCase()));
        setOptions(next);
        // Typing resets the choice; an answer arriving after an arrow key keeps it if it can.
        setActive((i) => (i < next.length ? i : -1));
      },
      // Suggestions are a convenience: without them, typing and Enter still work.
      () => live && setOptions([]),
    );
    return () => {
      live = false;
    };
  }, [value, open, excluded]);

  async function submit(name: string) {
    const trimmed = name.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    try {
      const taken = await onSubmit(trimmed);
      if (taken && clearOnSubmit) setValue('');
      else if (taken) setValue(trimmed);
      setOpen(false);
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const shown = open && options.length > 0;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        else if (options.length > 0) setActive((i) => (i + 1) % options.length);
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (shown) setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
        return;
      case 'Enter': {
        event.preventDefault();
        const chosen = shown && active >= 0 ? options[active] : undefined;
        void submit(chosen ? chosen.name : value);
        return;
      }
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        if (shown) setOpen(false);
        else onEscape?.();
        return;
      case 'Tab':
        setOpen(false);
        return;
    }
  }

  const shown = open && options.length > 0;
  // The wrapper is as tall as the field (the list is positioned out of the flow).
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const list = useRef<HTMLUListElement>(null);
  useFloating(list, shown ? box : null, { strategy: 'absolute', gap: 2 });
  return (
    <div ref={setBox} className="combobox">
      <input
        ref={inputRef}
        type="text"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        aria-busy={busy}
        autoComplete="off"
        spellCheck={false}
        maxLength={TAG_INPUT_MAX}
        className="text-input"
        placeholder={placeholder}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {/* Always in the DOM so aria-controls points somewhere; hidden while closed. */}
      <ul ref={list} id={listId} role="listbox" aria-label={`${label}: suggestions`} className="combobox-list" hidden={!shown}>
        {options.map((option, i) => (
          <li
            key={option.name}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className="combobox-option"
            // Keep focus in the field; the click then takes the option.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => void submit(option.name)}
          >
            <span>{option.name}</span>
            <span className="combobox-count" aria-label={`used ${formatCount(option.count)} times`}>
              {formatCount(option.count)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
