/** Note JSON builders and one realistic research note, shared by the note tests. */
import type { NoteDocJSON, NoteMarkJSON, NoteNodeJSON } from '../../main/contract/note-schema';

export const text = (value: string, ...marks: (string | NoteMarkJSON)[]): NoteNodeJSON =>
  marks.length === 0 ? { type: 'text', text: value } : { type: 'text', text: value, marks: marks.map((m) => (typeof m === 'string' ? { type: m } : m)) };
export const link = (href: string): NoteMarkJSON => ({ type: 'link', attrs: { href } });
export const p = (...content: NoteNodeJSON[]): NoteNodeJSON => (content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content });
export const h = (level: number, ...content: NoteNodeJSON[]): NoteNodeJSON => ({ type: 'heading', attrs: { level }, content });
export const noteLink = (noteId: number | null, title: string): NoteNodeJSON => ({ type: 'noteLink', attrs: { noteId, title } });
export const articleRef = (documentId: number, title = ''): NoteNodeJSON => ({ type: 'articleRef', attrs: { documentId, title } });
export const tag = (name: string): NoteNodeJSON => ({ type: 'tag', attrs: { name } });
export const quoteRef = (highlightId: number, documentId: number, quote: string | null = null): NoteNodeJSON => ({
  type: 'highlightRef',
  attrs: { highlightId, documentId, quote },
});
export const li = (...content: NoteNodeJSON[]): NoteNodeJSON => ({ type: 'listItem', content });
export const ul = (...items: NoteNodeJSON[]): NoteNodeJSON => ({ type: 'bulletList', content: items });
export const ol = (start: number, ...items: NoteNodeJSON[]): NoteNodeJSON => ({ type: 'orderedList', attrs: { start, type: null }, content: items });
export const task = (checked: boolean, ...content: NoteNodeJSON[]): NoteNodeJSON => ({ type: 'taskItem', attrs: { checked }, content });
export const tasks = (...items: NoteNodeJSON[]): NoteNodeJSON => ({ type: 'taskList', content: items });
export const quote = (...content: NoteNodeJSON[]): NoteNodeJSON => ({ type: 'blockquote', content });
export const code = (language: string | null, value: string): NoteNodeJSON => ({ type: 'codeBlock', attrs: { language }, content: value ? [text(value)] : [] });
export const hr = (): NoteNodeJSON => ({ type: 'horizontalRule' });
export const br = (): NoteNodeJSON => ({ type: 'hardBreak' });
export const doc = (...content: NoteNodeJSON[]): NoteDocJSON => ({ type: 'doc', content });

/** A note as a researcher writes one: headings, lists, tasks, quotes, code, links of every kind, tags. */
export function researchNote(ids: { note: number; other: number; highlight: number; document: number }): NoteDocJSON {
  return doc(
    h(1, text('Drone strikes and the border')),
    p(
      text('The strikes began in 2004. '),
      text('Since then', 'bold'),
      text(' the pattern has changed, as '),
      noteLink(ids.note, 'Cold War parallels'),
      text(' argues at length. Nobody disputes the '),
      text('timeline', 'italic'),
      text('.'),
    ),
    p(text('See '), articleRef(ids.document, 'From friends to foes'), text(' for the Pakistani view '), tag('region/pakistan'), text(' and #open-questions.')),
    h(2, text('Sources')),
    ul(li(p(text('Dawn, '), text('2019', 'code'))), li(p(text('Interviews with '), noteLink(ids.other, 'Field notes')), ul(li(p(text('Peshawar')))))),
    ol(3, li(p(text('Third point'))), li(p(text('Fourth point')))),
    tasks(task(true, p(text('Read the report'))), task(false, p(text('Write to the author'), br(), text('by Friday')))),
    p(text('As the reporter put it:')),
    quoteRef(ids.highlight, ids.document, 'The recent downward spiral'),
    quote(p(text('A plain quote with a '), text('link', link('https://example.org/a_(b)')), text('.'))),
    code('python', 'print("#not-a-tag")\n'),
    hr(),
    p(text('C# is not a tag, nor is #1, but #draft is.')),
  );
}
