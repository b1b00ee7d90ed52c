/**
 * Backlinks go stale whenever any note is saved (a link added or removed anywhere), and an
 * editor saves every few hundred milliseconds while the user types: listeners are told once the
 * burst has settled, not on every save.
 */
import { useEffect, useRef } from 'react';
import { api } from '../api';

const SETTLE_MS = 400;

export function useNotesChanged(onChange: () => void): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = api.on('notes.changed', () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, []);
}
