/**
 * Highlights as a file Anki imports (File → Import, "Text separated by tabs or semicolons"): one
 * note per line, three tab-separated fields — front: the highlight; back: the passage around it,
 * the article's title and the comment; tags. The header lines (Anki 2.1.55 and later) say so, so
 * no import option needs setting by hand.
 *
 * Fields are HTML (`#html:true`): that is how a field holds a line break (`<br>`) without the
 * CSV-style quoting Anki would otherwise need. `&`, `<`, `>` and `"` become entities (a field that
 * began with `"` would be read as a quoted field), a tab becomes `&#9;` (it would end the field),
 * a `#` starting a line becomes `&#35;` (it would read as a header line), and the other control
 * characters are dropped. Tags: Anki's are single words, with `::` for hierarchy, so
 * `region/south asia` becomes `region::south_asia`.
 *
 * Recall cards follow as notes of the same three fields: a cloze's front is its text with `[…]`
 * for each hidden part, its back the whole text with those parts in bold; a question's front is
 * the question, its back the answer. Both backs end with the article's title; the tags are the
 * highlight's.
 */
import type { PromptRow } from '../../../db/repos/recall';
import type { ReviewExportRow } from '../../../db/repos/review';
import { clozeFront, clozeParts } from '../../contract/recall';

const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/** Text as one field of an HTML-mode Anki text file: nothing in it can end the field or the line. */
export function ankiField(text: string): string {
  return text
    .replace(CONTROLS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(LINE_BREAK, '<br>')
    .replace(/^#/, '&#35;');
}

/** A tag as Anki writes one: no spaces, `::` for a level. */
export function ankiTag(tag: string): string {
  return tag
    .replace(CONTROLS, '')
    .split('/')
    .map((level) => level.trim().replace(/\s+/g, '_'))
    .filter((level) => level !== '')
    .join('::');
}

const ELLIPSIS = '…';

export function ankiLine(row: ReviewExportRow & { tags: readonly string[] }): string {
  const back: string[] = [];
  if (row.prefix.trim() !== '' || row.suffix.trim() !== '') {
    back.push(`${row.prefix.trim() === '' ? '' : ELLIPSIS}${ankiField(row.prefix)}<b>${ankiField(row.exact)}</b>${ankiField(row.suffix)}${row.suffix.trim() === '' ? '' : ELLIPSIS}`);
  }
  back.push(`<i>${ankiField(row.documentTitle)}</i>`);
  if (row.comment) back.push(ankiField(row.comment));
  const tags = row.tags.map(ankiTag).filter((t) => t !== '');
  return [ankiField(row.exact), back.join('<br><br>'), tags.join(' ')].join('\t');
}

export const ANKI_HEADER = ['#separator:tab', '#html:true', '#tags column:3', '#columns:Front\tBack\tTags'];

export type AnkiPromptRow = PromptRow & { documentTitle: string; tags: readonly string[] };

/** A recall card as one line: front, back, tags. */
export function ankiPromptLine(row: AnkiPromptRow): string {
  const title = `<i>${ankiField(row.documentTitle)}</i>`;
  const tags = row.tags.map(ankiTag).filter((t) => t !== '').join(' ');
  if (row.kind === 'cloze' && row.clozeText !== null && row.clozeRanges !== null) {
    const ranges = JSON.parse(row.clozeRanges) as [number, number][];
    const back = clozeParts(row.clozeText, ranges)
      .map((part) => (part.hidden ? `<b>${ankiField(part.text)}</b>` : ankiField(part.text)))
      .join('');
    return [ankiField(clozeFront(row.clozeText, ranges)), `${back}<br><br>${title}`, tags].join('\t');
  }
  return [ankiField(row.question ?? ''), `${ankiField(row.answer ?? '')}<br><br>${title}`, tags].join('\t');
}

/** The whole file's text: the highlights, then the recall cards. */
export function ankiFile(rows: readonly (ReviewExportRow & { tags: readonly string[] })[], prompts: readonly AnkiPromptRow[] = []): string {
  return [...ANKI_HEADER, ...rows.map(ankiLine), ...prompts.map(ankiPromptLine)].join('\n') + '\n';
}
