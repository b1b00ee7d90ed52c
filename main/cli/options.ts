/**
 * Option tables and their parsing: Node's `util.parseArgs` in strict mode, so an option a
 * command does not know is refused instead of being read as a word (`search cold war --limt 5`
 * once searched for "cold war 5"). Node's errors are rewritten in the CLI's own words.
 */
import { parseArgs } from 'node:util';
import { UsageError } from './usage-error';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The value's placeholder in help (`--limit N`). */
  value?: string;
  help: string;
}

export type OptionTable = Readonly<Record<string, OptionSpec>>;

/** Options every command takes. */
export const GLOBAL_OPTIONS = {
  library: { type: 'string', value: 'FILE', help: 'the library file' },
  json: { type: 'boolean', help: 'machine-readable output on stdout' },
  help: { type: 'boolean', short: 'h', help: 'this text' },
  version: { type: 'boolean', help: 'print the version of Commonplace' },
} as const satisfies OptionTable;

type NamesOf<O extends OptionTable, T extends OptionSpec['type']> = { [K in keyof O]: O[K]['type'] extends T ? K : never }[keyof O] & string;

/** What one run of a command was given, with option names checked against its table. */
export interface Invocation<O extends OptionTable> {
  /** The arguments after the command's name. */
  positionals: readonly string[];
  json: boolean;
  library: string | undefined;
  flag(name: NamesOf<O, 'boolean'>): boolean;
  text(name: NamesOf<O, 'string'>): string | undefined;
}

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

function toParseArgsConfig(table: OptionTable) {
  return Object.fromEntries(Object.entries(table).map(([name, spec]) => [name, spec.short ? { type: spec.type, short: spec.short } : { type: spec.type }]));
}

/**
 * First pass, before the command is known: which command, and whether help or the version was
 * asked for. Lenient, so `commonplace search --limt 5 --help` still shows help.
 */
export function peek(argv: readonly string[], every: OptionTable): { command: string | undefined; topic: string | undefined; help: boolean; version: boolean } {
  const { values, positionals } = parseArgs({ args: [...argv], options: toParseArgsConfig(every), strict: false, allowPositionals: true });
  return { command: positionals[0], topic: positionals[1], help: values.help === true, version: values.version === true };
}

/** Strict pass: the command's own options and the global ones, nothing else. */
export function parseInvocation<O extends OptionTable>(command: string, argv: readonly string[], options: O): Invocation<O> {
  const table: OptionTable = { ...GLOBAL_OPTIONS, ...options };
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: toParseArgsConfig(table), strict: true, allowPositionals: true });
  } catch (error) {
    throw rewordParseError(error, command, table);
  }
  const { values } = parsed;
  const library = values.library;
  return {
    // The first positional is the command's own name.
    positionals: parsed.positionals.slice(1),
    json: values.json === true,
    library: typeof library === 'string' ? library : undefined,
    flag: (name) => values[name] === true,
    text: (name) => {
      const value = values[name];
      return typeof value === 'string' ? value : undefined;
    },
  };
}

function rewordParseError(error: unknown, command: string, table: OptionTable): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (!(error instanceof Error) || typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return error;
  const named = /'(--?[\w-]+)/.exec(error.message)?.[1];
  const long = /(--[\w-]+)/.exec(error.message)?.[1] ?? named;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && named) {
    // The command's own options first: they are the ones a typo most likely meant.
    const known = [...Object.keys(table).filter((n) => !(n in GLOBAL_OPTIONS)), ...Object.keys(GLOBAL_OPTIONS)].map((n) => `--${n}`);
    const near = known.find((k) => editDistance(k, named) <= 2);
    const guess = near ? ` Did you mean ${near}?` : '';
    return new UsageError(`\`commonplace ${command}\` has no option ${named}.${guess} Its options: ${known.join(', ')}. (A word that starts with "-" goes after \`--\`.)`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && long) {
    const spec = table[long.slice(2)];
    if (error.message.includes('does not take an argument')) return new UsageError(`${long} takes no value.`);
    const example = spec?.value ? `${long} ${spec.value}` : `${long} <value>`;
    if (error.message.includes('ambiguous')) return new UsageError(`${long} needs a value (${example}); to give one that starts with "-", write ${long}=-…`);
    return new UsageError(`${long} needs a value: ${example}.`);
  }
  return new UsageError(error.message);
}

/** Levenshtein distance, for "did you mean": option names are short, so the plain table is enough. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length]!;
}

/** An id as people type it: digits only, so "1e3", "0x10", "-4" and "12.0" are refused rather than reinterpreted. */
export function parseId(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{1,15}$/.test(text)) return undefined;
  const id = Number(text);
  return id > 0 ? id : undefined;
}

/** The id, or a usage error saying what was wrong and showing a correct call. */
export function requireId(text: string | undefined, usage: { what: string; example: string; listedBy?: string }): number {
  const id = parseId(text);
  if (id !== undefined) return id;
  const got = text === undefined ? '' : ` ("${text}" is not one)`;
  const where = usage.listedBy ? ` (ids are in \`${usage.listedBy}\`)` : '';
  throw new UsageError(`Give ${usage.what}${got}, e.g. \`${usage.example}\`${where}.`);
}

/** A whole number within [min, max], or a usage error naming the option and the range. */
export function wholeNumberIn(text: string, option: string, min: number, max: number): number {
  const n = /^\d{1,15}$/.test(text) ? Number(text) : NaN;
  if (!(n >= min && n <= max)) throw new UsageError(`${option} must be a whole number from ${min} to ${max}, not "${text}".`);
  return n;
}
