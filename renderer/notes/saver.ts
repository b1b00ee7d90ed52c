/**
 * Autosave for the open note, written so a keystroke is never lost: saves 700 ms after typing
 * stops (at most 1 s apart while typing goes on), and at once when asked (blur, switching
 * notes, leaving the view or the page). One save at a time; what changed meanwhile goes in the
 * next. Nothing unchanged is sent; the title only when it changed (a rename elsewhere is then not
 * undone). A failed save is retried with growing pauses while the text stays in the editor.
 *
 * A save that meets a newer version (the note changed elsewhere) is kept by the library as a
 * separate "(conflict …)" note; the saver hands that to the view, which shows the stored version
 * again and offers the copy.
 */
import type { NoteMeta } from '../../main/contract';
import { api, toApiError } from '../api';
import type { NoteDocJSON } from '../../main/contract/note-schema';
import { NOTE_TITLE_MAX } from '../../main/contract/constants';

export const SAVE_DELAY_MS = 700;
export const SAVE_MAX_WAIT_MS = 1000;
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;

/**
 * `failed`: the library refused the note for good (deleted for good, or not a valid note); not retried.
 * `trashed`: the note is in the trash (deleted in another window); nothing was written and the text
 * stays unsaved here until the note is restored and saved again.
 */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'retrying' | 'failed' | 'trashed';

/** Errors a retry cannot fix. */
const FINAL_CODES = new Set(['not_found', 'invalid_input']);

export interface Snapshot {
  content: NoteDocJSON;
  title: string;
}

export interface SaverEvents {
  status(status: SaveStatus, error?: string): void;
  saved(note: NoteMeta): void;
  /** The note changed elsewhere; `copy` holds this editor's text. */
  conflict(note: NoteMeta, copy: NoteMeta): void;
  /** The note is in the trash: the save wrote nothing (restore it, then `flush()` again). */
  trashed(note: NoteMeta): void;
}

/** The title of a note keeping text typed into a note that was trashed meanwhile. */
export function keptTitle(title: string): string {
  const suffix = ' (kept from the trash)';
  return `${(title.trim() || 'Untitled').slice(0, NOTE_TITLE_MAX - suffix.length)}${suffix}`;
}

export class NoteSaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private firstChangeAt: number | null = null;
  private inFlight: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private savedJson: string;
  private savedTitle: string;
  private disposed = false;
  /** What the editor held last time it was read: still saved after the editor is gone. */
  private last: Snapshot | null = null;

  constructor(
    readonly id: number,
    private version: number,
    private readonly readEditor: () => Snapshot | null,
    private readonly events: SaverEvents,
  ) {
    const now = this.read();
    this.savedJson = now ? JSON.stringify(now.content) : '';
    this.savedTitle = now?.title ?? '';
  }

  private read(): Snapshot | null {
    const now = this.readEditor();
    if (now) this.last = now;
    return this.last;
  }

  private unsaved(): boolean {
    const now = this.read();
    return now !== null && (JSON.stringify(now.content) !== this.savedJson || now.title !== this.savedTitle);
  }

  get baseVersion(): number {
    return this.version;
  }

  /** Whether the editor holds anything the library does not have (or a save is on its way). */
  get dirty(): boolean {
    return this.inFlight !== null || this.unsaved();
  }

  /** The editor now holds what the library holds (a reload or a conflict): start again from here. */
  reset(version: number): void {
    this.version = version;
    const now = this.read();
    if (now) {
      this.savedJson = JSON.stringify(now.content);
      this.savedTitle = now.title;
    }
    this.events.status('saved');
  }

  /** The title was changed elsewhere (a rename) and the field now shows it. */
  titleStored(title: string): void {
    this.savedTitle = title;
  }

  changed(): void {
    if (this.disposed) return;
    this.read();
    const now = Date.now();
    this.firstChangeAt ??= now;
    if (this.timer) clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(SAVE_DELAY_MS, SAVE_MAX_WAIT_MS - (now - this.firstChangeAt)));
    if (!this.retryTimer) this.events.status('pending');
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  /** Saves now if anything changed; resolves when this save (and any queued after it) is done. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.firstChangeAt = null;
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    const now = this.read();
    if (!now) return Promise.resolve();
    const json = JSON.stringify(now.content);
    const contentChanged = json !== this.savedJson;
    const titleChanged = now.title !== this.savedTitle;
    if (!contentChanged && !titleChanged) {
      if (this.failures === 0) this.events.status('saved');
      return Promise.resolve();
    }
    this.events.status('saving');
    const sending = this.send(now, json, contentChanged, titleChanged).finally(() => {
      this.inFlight = null;
      if (this.again) {
        this.again = false;
        void this.flush();
      }
    });
    this.inFlight = sending;
    return sending;
  }

  /**
   * The editor is going away: saves what is left. Later changes are not waited for, but a
   * failed save keeps retrying with the last text read, so switching notes never loses it; a
   * save that finds the note in the trash keeps the text as a new note instead.
   */
  dispose(): Promise<void> {
    const last = this.flush();
    this.disposed = true;
    return last;
  }

  private async send(now: Snapshot, json: string, contentChanged: boolean, titleChanged: boolean): Promise<void> {
    try {
      if (!contentChanged) {
        // Only the title: a rename never conflicts with text edited elsewhere.
        const note = await api.call('notes.rename', { id: this.id, title: now.title });
        this.savedTitle = now.title;
        this.succeeded(note);
        return;
      }
      const reply = await api.call('notes.save', {
        id: this.id,
        baseVersion: this.version,
        content: now.content,
        ...(titleChanged ? { title: now.title } : {}),
      });
      if (reply.status === 'conflict' && reply.conflictCopy) {
        let copy = reply.conflictCopy;
        // Keystrokes typed while that save travelled go into the copy too, never nowhere.
        const latest = this.read();
        if (latest && JSON.stringify(latest.content) !== json) {
          const more = await api.call('notes.save', { id: copy.id, baseVersion: copy.version, content: latest.content });
          copy = more.note;
        }
        this.version = reply.note.version;
        this.failures = 0;
        this.events.conflict(reply.note, copy);
        return;
      }
      if (reply.status === 'trashed') {
        this.failures = 0;
        if (this.disposed) {
          // No editor is left to offer a restore (switched away, window closing): keep the text
          // as a note of its own rather than nowhere. The trashed note stays as it was.
          const kept = await api.call('notes.create', { title: keptTitle(now.title), content: now.content });
          this.savedJson = json;
          this.savedTitle = now.title;
          this.events.saved(kept);
          return;
        }
        // Not saved: the text stays unsaved (dirty) here, so nothing reloads over it.
        this.events.trashed(reply.note);
        this.events.status('trashed', 'This note is in the trash; restore it to save what you typed.');
        return;
      }
      this.version = reply.note.version;
      this.savedJson = json;
      if (titleChanged) this.savedTitle = now.title;
      this.succeeded(reply.note);
    } catch (error) {
      this.failed(error);
    }
  }

  private succeeded(note: NoteMeta) {
    this.failures = 0;
    this.events.saved(note);
    this.events.status(this.unsaved() || this.again ? 'pending' : 'saved');
  }

  private failed(error: unknown) {
    this.failures += 1;
    const problem = toApiError(error);
    if (FINAL_CODES.has(problem.code)) {
      this.events.status('failed', problem.message);
      return;
    }
    this.events.status('retrying', problem.message);
    const wait = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (this.failures - 1));
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flush();
    }, wait);
  }
}
