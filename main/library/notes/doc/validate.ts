/**
 * Is this JSON a note the schema accepts? Checked on the Node side before every save (the stored
 * note stays untouched when not) and usable in the UI. Errors name where in the note the problem
 * is, in words, because "RangeError: Invalid content for node listItem" helps no one.
 *
 * First a walk over the raw JSON (iterative, so absurd nesting cannot overflow the stack): known
 * node and mark types, attribute values (the schema's own `validate` rules plus the rules below
 * for StarterKit's nodes, which carry none), text. Then ProseMirror builds the document
 * (`Node.fromJSON`), every node's content is matched against its content expression, and
 * `check()` confirms the whole. The accepted note is returned in canonical form (`toJSON()`), which
 * is what gets stored and compared.
 */
import type { Node as PMNode, NodeType, MarkType } from '@tiptap/pm/model';
import { isSafeHref, noteSchema } from '../../../contract/note-schema/extensions';
import { NOTE_MAX_BYTES, NOTE_MAX_DEPTH, isRecord, type NoteDocJSON } from '../../../contract/note-schema/json';

export type NoteValidation = { ok: true; doc: PMNode; json: NoteDocJSON; bytes: number } | { ok: false; errors: string[] };

const MAX_ERRORS = 10;

/** Rules for attributes of StarterKit's nodes and marks, which declare no `validate` of their own. */
const EXTRA_RULES: Record<string, Record<string, (value: unknown) => string | null>> = {
  heading: { level: (v) => (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 6 ? null : 'a heading level must be 1 to 6') },
  codeBlock: {
    language: (v) => (v === null || (typeof v === 'string' && /^[\w+#.-]{0,50}$/.test(v)) ? null : 'a code block’s language must be a short name such as “python”'),
  },
  orderedList: { start: (v) => (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 999_999_999 ? null : 'a numbered list must start at a whole number') },
  taskItem: { checked: (v) => (typeof v === 'boolean' ? null : 'a task’s “checked” must be true or false') },
  link: { href: (v) => (isSafeHref(v) ? null : 'a link must be a web (http, https) or mail (mailto) address') },
};

const where = (path: string) => (path === '' ? 'the note' : `/${path}`);

export function noteByteLength(json: string): number {
  return new TextEncoder().encode(json).length;
}

function checkAttrs(
  type: NodeType | MarkType,
  attrs: unknown,
  label: string,
  error: (message: string) => void,
): void {
  if (attrs !== undefined && attrs !== null && !isRecord(attrs)) return error(`${label} has attributes that are not an object`);
  const given = (attrs ?? {}) as Record<string, unknown>;
  for (const [name, spec] of Object.entries(type.spec.attrs ?? {})) {
    const value = given[name];
    if (value === undefined) {
      if (!Object.hasOwn(spec, 'default')) error(`${label} needs its “${name}”`);
      continue;
    }
    const rule = EXTRA_RULES[type.name]?.[name];
    const problem = rule?.(value);
    if (problem) error(`${label}: ${problem}`);
    if (typeof spec.validate === 'function') {
      try {
        spec.validate(value);
      } catch (e) {
        error(`${label}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
}

/** The raw-JSON walk: everything that can be said with a path before ProseMirror sees it. */
function walkJSON(root: Record<string, unknown>, errors: string[]): void {
  const stack: { node: unknown; path: string; depth: number }[] = [{ node: root, path: '', depth: 0 }];
  while (stack.length > 0 && errors.length < MAX_ERRORS) {
    const { node, path, depth } = stack.pop()!;
    const at = where(path);
    const error = (message: string) => errors.push(`${message.replace(/\.$/, '')} (at ${at}).`);
    if (!isRecord(node)) {
      error('Expected a node object');
      continue;
    }
    const type = typeof node.type === 'string' ? noteSchema().nodes[node.type] : undefined;
    if (!type) {
      error(`Unknown element “${String(node.type)}”: this version of Commonplace cannot store it`);
      continue;
    }
    const label = `The ${type.name}`;
    checkAttrs(type, node.attrs, label, error);
    if (node.marks !== undefined) {
      if (!Array.isArray(node.marks)) error(`${label} has marks that are not a list`);
      else
        for (const mark of node.marks) {
          const markType = isRecord(mark) && typeof mark.type === 'string' ? noteSchema().marks[mark.type] : undefined;
          if (!markType) error(`Unknown formatting “${String(isRecord(mark) ? mark.type : mark)}”`);
          else checkAttrs(markType, (mark as Record<string, unknown>).attrs, `The ${markType.name} formatting`, error);
        }
    }
    if (type.isText) {
      if (typeof node.text !== 'string' || node.text === '') error('A text node must hold some text');
      continue;
    }
    if (node.text !== undefined) error(`${label} cannot hold text directly`);
    if (node.content === undefined) continue;
    if (!Array.isArray(node.content)) {
      error(`${label}’s content is not a list`);
      continue;
    }
    if (depth + 1 > NOTE_MAX_DEPTH) {
      error(`The note is nested more than ${NOTE_MAX_DEPTH} levels deep`);
      continue;
    }
    for (let i = node.content.length - 1; i >= 0; i--) stack.push({ node: node.content[i], path: `${path ? `${path}/` : ''}content/${i}`, depth: depth + 1 });
  }
}

/** Which node's children break its content rule (e.g. a list item holding a heading first). */
function checkContent(node: PMNode, path: string, errors: string[]): void {
  if (errors.length >= MAX_ERRORS) return;
  if (!node.type.validContent(node.content)) {
    const children = [] as string[];
    node.content.forEach((child) => children.push(child.type.name));
    errors.push(`The ${node.type.name} cannot contain ${children.length === 0 ? 'nothing' : children.join(', ')} (it takes ${node.type.spec.content ?? 'no content'}) (at ${where(path)}).`);
    return;
  }
  node.content.forEach((child, _offset, index) => checkContent(child, `${path ? `${path}/` : ''}content/${index}`, errors));
}

/** Validates a note's JSON against the schema. `maxBytes` defaults to NOTE_MAX_BYTES. */
export function validateNoteDoc(input: unknown, maxBytes = NOTE_MAX_BYTES): NoteValidation {
  if (!isRecord(input) || input.type !== 'doc') return { ok: false, errors: ['A note must be a document: an object whose type is “doc”.'] };
  const errors: string[] = [];
  walkJSON(input, errors);
  if (errors.length > 0) return { ok: false, errors };
  const bytes = noteByteLength(JSON.stringify(input));
  if (bytes > maxBytes) {
    // Rounded up, so a note just over the limit never reads as the same size as the limit.
    const mb = (n: number) => `${(Math.ceil((n / (1024 * 1024)) * 10) / 10).toFixed(1)} MB`;
    return { ok: false, errors: [`The note is too large (${mb(bytes)}; the limit is ${mb(maxBytes)}). Split it into several notes.`] };
  }
  let doc: PMNode;
  try {
    doc = noteSchema().nodeFromJSON(input);
  } catch (e) {
    return { ok: false, errors: [`The note could not be read: ${e instanceof Error ? e.message : String(e)}.`] };
  }
  checkContent(doc, '', errors);
  if (errors.length > 0) return { ok: false, errors };
  try {
    doc.check();
  } catch (e) {
    return { ok: false, errors: [`The note breaks the editor’s rules: ${e instanceof Error ? e.message : String(e)}.`] };
  }
  return { ok: true, doc, json: doc.toJSON() as NoteDocJSON, bytes };
}
