/**
 * The tag name schema, apart from tags.ts: the renderer imports tags.ts's grammar and helpers,
 * and a schema beside them would bring zod into the page's first script (issue 15).
 */
import { z } from 'zod';
import { TAG_NAME_MAX } from './constants';
import { CONTROL, tidySpelling } from './tags';

/**
 * A tag name as the user types it, with the same rules as tidyTagName and messages written for
 * the user: trimmed, slashes tidied, then refused if empty, too long or holding control characters.
 */
export const TagNameSchema = z
  .string()
  .overwrite(tidySpelling)
  .min(1, { error: 'A tag needs a name: type at least one letter.' })
  .max(TAG_NAME_MAX, { error: `Tag names can be at most ${TAG_NAME_MAX} characters long.` })
  .refine((name) => !CONTROL.test(name), { error: 'Tag names cannot contain control characters such as tabs or line breaks.' });
