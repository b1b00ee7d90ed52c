/**
 * The push events: what the Node side tells the page, each with the schema of its payload.
 * Re-exported by `index.ts` beside the calls.
 */
import { z } from 'zod';
import { APP_COMMANDS } from './commands';
import { exportEvents } from './export';
import { noteEvents } from './notes';
import { reviewEvents } from './review';
import { sourceEvents } from './sources';

const id = z.number().int().positive();

export const events = {
  'import.progress': z.object({
    jobId: z.string(),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    current: z.string().nullable(),
  }),
  'library.changed': z.object({}),
  /** A document's highlights changed (created, edited, deleted, tagged, moved, re-anchored). */
  'highlights.changed': z.object({ documentId: id }),
  /** Tag names or counts changed (created, renamed, merged, deleted, attached, removed). */
  'tags.changed': z.object({}),
  /** A colour's meaning changed. */
  'colors.changed': z.object({}),
  /** A menu item the Electron host forwards to the UI, so both hosts share one flow. */
  'menu.command': z.object({ command: z.enum(APP_COMMANDS) }),
  ...noteEvents,
  ...exportEvents,
  ...sourceEvents,
  ...reviewEvents,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
