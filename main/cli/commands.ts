/**
 * Every command: its usage line, what it does, its own options, whether it may create the
 * library, and how it runs. Help, parsing and dispatch are all read from this one table. Each
 * command's module is loaded only when it runs (the note commands bring TipTap, import and
 * reclean the parsers), so `commonplace list` starts fast.
 */
import type { Db } from '../../db/open';
import { SORT_KEYS } from '../contract/sort-keys';
import type { LibraryUse } from './library';
import { parseInvocation, type Invocation, type OptionTable } from './options';

interface CommandSpec<O extends OptionTable> {
  /** After `commonplace <name> `, e.g. `"<query>" [--type KIND] [--limit N]`. */
  usage: string;
  summary: string;
  options: O;
  /** How the library is opened; a function when a subcommand decides (`review recompute` writes, `review` reads). */
  library: LibraryUse | ((inv: Invocation<O>) => LibraryUse);
  /** Whether the user asked for a new library file (only `import` may create one). */
  creates?: (inv: Invocation<O>) => boolean;
  /** A write command: its first run of the day makes the day's backup first. */
  writes?: boolean | ((inv: Invocation<O>) => boolean);
  /** Parses files: its parse worker is started before the library is opened (early-parser.ts). */
  parses?: boolean;
  run(db: Db, inv: Invocation<O>): Promise<number> | number;
  /** Runs on the library *file*, which is not opened (`restore`: the library may be damaged, and must be closed). */
  closed?: (file: string, inv: Invocation<O>) => Promise<number> | number;
}

/** A command with its option types erased, so commands with different tables share one map. */
export interface Command {
  usage: string;
  summary: string;
  options: OptionTable;
  /** Parses the arguments strictly against the command's own table (throws UsageError). */
  prepare(argv: readonly string[]): {
    library: string | undefined;
    use: LibraryUse;
    create: boolean;
    writes: boolean;
    parses: boolean;
    run(db: Db): Promise<number> | number;
    closed?: (file: string) => Promise<number> | number;
  };
}

function command<const O extends OptionTable>(name: string, spec: CommandSpec<O>): Command {
  return {
    usage: spec.usage,
    summary: spec.summary,
    options: spec.options,
    prepare(argv) {
      const inv = parseInvocation(name, argv, spec.options);
      const closed = spec.closed;
      return {
        library: inv.library,
        use: typeof spec.library === 'function' ? spec.library(inv) : spec.library,
        create: spec.creates?.(inv) ?? false,
        writes: typeof spec.writes === 'function' ? spec.writes(inv) : (spec.writes ?? false),
        parses: spec.parses ?? false,
        run: (db) => spec.run(db, inv),
        ...(closed ? { closed: (file: string) => closed(file, inv) } : {}),
      };
    },
  };
}

const NONE = {} as const satisfies OptionTable;

export const IMPORT_OPTIONS = {
  create: { type: 'boolean', help: 'create the library file if it does not exist (only the default library is created without asking)' },
  jsonl: { type: 'boolean', help: "one JSON object per line on stdout: each file's result as it lands, then a summary" },
} as const satisfies OptionTable;

export const LIST_OPTIONS = {
  sort: { type: 'string', value: 'KEY', help: `sort by ${SORT_KEYS.join(', ')} (default: importedAt, newest first)` },
  asc: { type: 'boolean', help: 'ascending order' },
} as const satisfies OptionTable;

export const NOTES_OPTIONS = { trash: { type: 'boolean', help: 'list the notes in the trash instead' } } as const satisfies OptionTable;

export const NOTE_OPTIONS = { markdown: { type: 'boolean', help: 'print it as a Markdown file with frontmatter' } } as const satisfies OptionTable;

export const BACKLINKS_OPTIONS = {
  article: { type: 'string', value: 'ID', help: 'the notes linking to article ID (or to its highlights)' },
  highlight: { type: 'string', value: 'ID', help: 'the notes linking to highlight ID' },
} as const satisfies OptionTable;

export const SEARCH_OPTIONS = {
  type: { type: 'string', value: 'KIND', help: 'only one kind of result: article, highlight or note' },
  limit: { type: 'string', value: 'N', help: 'at most N results of each kind, 1 to 1000 (default: 50)' },
} as const satisfies OptionTable;

export const RECLEAN_OPTIONS = { id: { type: 'string', value: 'N', help: 'only article N (default: every article)' } } as const satisfies OptionTable;

export const EXPORT_OPTIONS = {
  'all-articles': { type: 'boolean', help: 'every article, not only those with highlights or linked from a note' },
  'full-text': { type: 'boolean', help: "include each article's full text" },
} as const satisfies OptionTable;

export const BACKUPS_OPTIONS = {
  folder: { type: 'string', value: 'DIR', help: 'keep backups in DIR from now on (a full path; `default`: the Backups folder beside the library)' },
  'keep-daily': { type: 'string', value: 'N', help: 'keep the newest backup of each of the last N days that have one (default 7)' },
  'keep-weekly': { type: 'string', value: 'N', help: 'and of each of the last N weeks (default 4)' },
  'keep-monthly': { type: 'string', value: 'N', help: 'and of each of the last N months (default 6)' },
} as const satisfies OptionTable;

export const REVIEW_OPTIONS = {
  due: { type: 'boolean', help: "today's round: what is due, then a few highlights never reviewed (the default)" },
  anki: { type: 'string', value: 'FILE', help: 'with `export`: write the highlights still in review to FILE for Anki' },
  'time-zone': { type: 'string', value: 'ZONE', help: 'the day runs from midnight in ZONE, e.g. Europe/Berlin (default: this computer’s)' },
  'dry-run': { type: 'boolean', help: 'with `recompute`: say what would change, change nothing' },
} as const satisfies OptionTable;

/** `review recompute` (without --dry-run) rewrites the schedules; the rest of `review` only reads. */
const recomputes = (inv: Invocation<typeof REVIEW_OPTIONS>) => inv.positionals[0] === 'recompute' && !inv.flag('dry-run');

export const COMMANDS: Readonly<Record<string, Command>> = {
  import: command('import', {
    usage: '<files or folders…> [--create] [--jsonl]',
    summary: 'import articles (.txt, .md, .html, .pdf), EPUB books (.epub) and highlights (Kindle My Clippings.txt, Readwise .csv,\nHypothesis and Zotero .json, Omnivore export .zip or metadata_*.json);\nfolders are read recursively; `-` reads one article from standard input',
    options: IMPORT_OPTIONS,
    library: 'import',
    creates: (inv) => inv.flag('create'),
    writes: true,
    parses: true,
    async run(db, inv) {
      return (await import('./import')).runImport(db, inv);
    },
  }),
  list: command('list', {
    usage: '[--sort KEY] [--asc]',
    summary: `list the library (KEY: ${SORT_KEYS.join(', ')}; newest import first)`,
    options: LIST_OPTIONS,
    library: 'read',
    async run(db, inv) {
      return (await import('./articles')).runList(db, inv);
    },
  }),
  show: command('show', {
    usage: '<id>',
    summary: "print one article's metadata and text",
    options: NONE,
    library: 'read',
    async run(db, inv) {
      return (await import('./articles')).runShow(db, inv);
    },
  }),
  highlights: command('highlights', {
    usage: '<id>',
    summary: "list an article's highlights: colour, comment, tags, anchor status",
    options: NONE,
    library: 'read',
    async run(db, inv) {
      return (await import('./annotations')).runHighlights(db, inv);
    },
  }),
  tags: command('tags', {
    usage: '',
    summary: 'list every tag with how many articles, highlights and notes carry it',
    options: NONE,
    library: 'read',
    async run(db, inv) {
      return (await import('./annotations')).runTags(db, inv);
    },
  }),
  notes: command('notes', {
    usage: '[--trash]',
    summary: 'list notes, most recently changed first (or the trash)',
    options: NOTES_OPTIONS,
    library: 'read',
    async run(db, inv) {
      return (await import('./notes')).runNotes(db, inv);
    },
  }),
  note: command('note', {
    usage: '<id> [--markdown]',
    summary: 'print a note (--markdown: as a Markdown file with frontmatter)',
    options: NOTE_OPTIONS,
    library: 'read',
    async run(db, inv) {
      return (await import('./notes')).runNote(db, inv);
    },
  }),
  backlinks: command('backlinks', {
    usage: '<id> | --article <id> | --highlight <id>',
    summary: 'list the notes linking to note <id> (or to an article or a highlight), with the sentence around each link',
    options: BACKLINKS_OPTIONS,
    library: 'read',
    async run(db, inv) {
      return (await import('./notes')).runBacklinks(db, inv);
    },
  }),
  search: command('search', {
    usage: '"<query>" [--type article|highlight|note] [--limit N]',
    summary:
      'search articles, highlights and notes: words, "phrases", -word, OR,\n' +
      'tag: type: site: color: before: after: has:highlights has:comment',
    options: SEARCH_OPTIONS,
    library: 'read',
    async run(db, inv) {
      return (await import('./search')).runSearchCommand(db, inv);
    },
  }),
  reclean: command('reclean', {
    usage: '[--id N]',
    summary: 're-run cleanup on the kept originals (all articles, or article N); highlights\nre-anchor and any that moved are listed as needing attention',
    options: RECLEAN_OPTIONS,
    library: 'write',
    writes: true,
    async run(db, inv) {
      return (await import('./reclean')).runRecleanCommand(db, inv);
    },
  }),
  export: command('export', {
    usage: '<folder> [--all-articles] [--full-text]',
    summary: 'write notes and annotated articles as an Obsidian-compatible Markdown folder;\nre-running updates it in place and never overwrites a file you edited',
    options: EXPORT_OPTIONS,
    library: 'read',
    async run(db, inv) {
      return (await import('./export')).runExportCommand(db, inv);
    },
  }),
  review: command('review', {
    usage: '[--due] [--time-zone ZONE] | export --anki <file> | recompute [--dry-run]',
    summary:
      "list today's review round (due highlights, then a few new ones, drawn by the\nreview weights); `export --anki` writes a tab-separated file Anki imports;\n`recompute` rebuilds every schedule from the review log",
    options: REVIEW_OPTIONS,
    library: (inv) => (recomputes(inv) ? 'write' : 'read'),
    writes: recomputes,
    async run(db, inv) {
      return (await import('./review')).runReviewCommand(db, inv);
    },
  }),
  backup: command('backup', {
    usage: '',
    summary: 'make a verified backup of the library now (in the Backups folder beside it),\nthen remove the old ones past 7 daily, 4 weekly and 6 monthly',
    options: NONE,
    library: 'read',
    async run(db, inv) {
      return (await import('./backup')).runBackup(db, inv);
    },
  }),
  backups: command('backups', {
    usage: '[--folder DIR] [--keep-daily N] [--keep-weekly N] [--keep-monthly N]',
    summary: "list the library's backups, newest first: date, size, articles and notes;\nthe options change where backups go and how many are kept",
    options: BACKUPS_OPTIONS,
    library: 'read',
    run() {
      throw new Error('backups runs on the library file, unopened');
    },
    async closed(file, inv) {
      return (await import('./backup')).runBackupsList(file, inv);
    },
  }),
  restore: command('restore', {
    usage: '<backup file>',
    summary: 'replace the library with a backup (verified first); the library as it was\nis kept as <library>.before-restore. Close the app first',
    options: NONE,
    library: 'read',
    run() {
      throw new Error('restore runs on the library file, unopened');
    },
    async closed(file, inv) {
      return (await import('./backup')).runRestore(file, inv);
    },
  }),
};

/** The command of that name; own properties only, so `commonplace constructor` is just unknown. */
export function findCommand(name: string): Command | undefined {
  return Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
}
