/**
 * Everything the CLI prints goes through here, so nothing read from a library or a file name
 * reaches the terminal (or a script's pipe) raw. Imported titles are cleaned at import
 * (`library/import/clean-field.ts`), but article text, notes, comments, old libraries and the
 * paths people type still carry what they carry: an ESC could retitle the terminal or clear
 * it, a U+202E show a name backwards.
 *
 * `printable` is the one rule: every C0 control but line feed and tab, DEL, every C1 control,
 * the bidi embeddings, overrides and isolates, and the Unicode line and paragraph separators
 * are shown as visible escapes (`\x1b`, `\u202e`). `oneLine` also shows line breaks and tabs
 * that way, for fields that must stay on their line (titles, file names in a table).
 * JSON keeps its values exactly: those characters become `\uXXXX` escapes inside strings.
 */

const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const UNSAFE_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
/** What JSON.stringify leaves raw and a terminal still acts on. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** Text safe to print: control and bidi characters shown as escapes; line feeds and tabs kept. */
export function printable(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** A field that must stay on one line: line breaks and tabs shown as `\n`, `\t` too. */
export function oneLine(text: string): string {
  return text.replace(UNSAFE_ONE_LINE, visible);
}

/** JSON text with the same values, but no character a terminal would act on. */
export function jsonText(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent === 0 ? undefined : indent).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A reader that went away (`commonplace list | head`) is not an error: stop quietly, as a
 * program killed by SIGPIPE does (Node ignores SIGPIPE and would throw EPIPE instead). What an
 * import has told so far has landed; what it was writing is one file's transaction, whole or not.
 */
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

/** A line (or lines) of results on stdout. */
export function out(text: string): void {
  process.stdout.write(`${printable(text)}\n`);
}

/** A message on stderr. */
export function err(text: string): void {
  process.stderr.write(`${printable(text)}\n`);
}

/** A value as indented JSON on stdout (`--json`). */
export function outJson(value: unknown): void {
  process.stdout.write(`${jsonText(value)}\n`);
}

/** A value as one line of JSON on stdout (`--jsonl`). */
export function outJsonLine(value: unknown): void {
  process.stdout.write(`${jsonText(value, 0)}\n`);
}

/** Our own progress line on a terminal's stderr (it uses \r and ESC [K itself): never library text. */
export function status(text: string): void {
  process.stderr.write(text);
}
