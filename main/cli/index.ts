/**
 * The `commonplace` command: the same library code as the app, for scripts and terminals.
 * Results go to stdout (`--json` for scripts); messages and errors to stderr; non-zero exit on
 * failure.
 */
import path from 'node:path';
import { getDocument, listDocuments } from '../db/repos/documents';
import { tagsOfDocument } from '../db/repos/tags';
import { closeLibrary, openLibrary, type Db } from '../db/open';
import { SORT_KEYS, type SortKey } from './contract';
import { parseArgs, stringOption, type ParsedArgs } from './library/args';
import { toDetail, toSummary } from './library/documents';
import { defaultLibraryPath } from './library/paths';
import { formatArticle, formatImportReport, formatList } from './cli-format';
import { runHighlights, runTags } from './cli-annotations';

const USAGE = `Usage: commonplace <command> [options]

Commands:
  import <files or folders…>   import articles (.txt, .md, .html); folders are read recursively
  list [--sort KEY] [--asc]     list the library (KEY: ${SORT_KEYS.join(', ')}; newest import first)
  show <id>                     print one article's metadata and text
  highlights <id>               list an article's highlights: colour, comment, tags, anchor status
  tags                          list every tag with how many articles, highlights and notes carry it
  notes [--trash]               list notes, most recently changed first (or the trash)
  note <id> [--markdown]        print a note (--markdown: as a Markdown file with frontmatter)
  backlinks <id>                list the notes linking to note <id>, with the sentence around each link
  backlinks --article <id>      … to an article (or to its highlights); --highlight <id>: to a highlight
  search "<query>" [--type article|highlight|note] [--limit N]
                                search articles, highlights and notes: words, "phrases", -word, OR,
                                tag: type: site: color: before: after: has:highlights has:comment
  reclean [--id N]              re-run cleanup on the kept originals (all articles, or article N); highlights
                                re-anchor and any that moved are listed as needing attention
  export <folder> [--all-articles] [--full-text]
                                write notes and annotated articles as an Obsidian-compatible Markdown folder;
                                re-running updates it in place and never overwrites a file you edited

Options:
  --library <file>   the library file (default: ${defaultLibraryPath()})
  --json             machine-readable output on stdout
  --help             this text`;

class UsageError extends Error {}

async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['library', 'sort', 'article', 'highlight', 'type', 'limit', 'id']);
  const [command, ...rest] = args.positionals;
  if (args.options.has('help') || command === undefined || command === 'help') {
    (command === undefined && !args.options.has('help') ? console.error : console.log)(USAGE);
    return command === undefined && !args.options.has('help') ? 2 : 0;
  }
  const json = args.options.has('json');
  const db = openLibrary(path.resolve(stringOption(args, 'library') ?? defaultLibraryPath()));
  try {
    switch (command) {
      case 'import':
        return await runImport(db, rest, json);
      case 'list':
        return runList(db, args, json);
      case 'show':
        return runShow(db, rest, json);
      case 'highlights':
        return runHighlights(db, articleId(rest, 'highlights'), json);
      case 'tags':
        return runTags(db, json);
      case 'notes':
      case 'note':
      case 'backlinks':
        return await runNoteCommand(db, command, rest, args, json);
      case 'export':
        return await runExportCommand(db, rest, args, json);
      case 'search':
        return await runSearchCommand(db, rest, args, json);
      case 'reclean':
        return await runRecleanCommand(db, rest, args, json);
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } finally {
    closeLibrary(db);
  }
}

async function runImport(db: Db, paths: string[], json: boolean): Promise<number> {
  if (paths.length === 0) throw new UsageError('Name at least one file or folder to import.');
  const interactive = process.stderr.isTTY && !json;
  // Loaded on demand: the importers pull in jsdom, which `list` and `show` never need.
  const { importSources } = await import('./library/importer');
  const { bundledParser } = await import('./library/import/bundled-parser');
  const parser = bundledParser();
  const report = await importSources(
    db,
    paths.map((p) => ({ kind: 'path' as const, path: p })),
    {
      parser,
      onProgress: ({ done, total, current }) => {
        if (interactive && current) process.stderr.write(`\rImporting ${done + 1} of ${total}…\x1b[K`);
      },
    },
  );
  await parser.close();
  if (interactive) process.stderr.write('\r\x1b[K');
  if (json) console.log(JSON.stringify(report, null, 2));
  else {
    const { out, err } = formatImportReport(report);
    if (out) console.log(out);
    if (err) console.error(err);
  }
  return report.refused.length > 0 ? 1 : 0;
}

/** Loaded on demand: the note commands bring the editor schema (TipTap), which no other command needs. */
async function runNoteCommand(db: Db, command: 'notes' | 'note' | 'backlinks', rest: string[], args: ParsedArgs, json: boolean): Promise<number> {
  const notes = await import('./cli-notes');
  try {
    if (command === 'notes') return notes.runNotes(db, args, json);
    if (command === 'note') return notes.runNote(db, rest, args, json);
    return notes.runBacklinks(db, rest, args, json);
  } catch (error) {
    if (error instanceof notes.CliUsageError) throw new UsageError(error.message);
    throw error;
  }
}

/** Loaded on demand, like the note commands. */
async function runExportCommand(db: Db, rest: string[], args: ParsedArgs, json: boolean): Promise<number> {
  const { runExportCommand: run, ExportUsageError } = await import('./cli-export');
  try {
    return await run(db, rest, args, json);
  } catch (error) {
    if (error instanceof ExportUsageError) throw new UsageError(error.message);
    throw error;
  }
}

/** Loaded on demand, like the note commands. */
async function runSearchCommand(db: Db, rest: string[], args: ParsedArgs, json: boolean): Promise<number> {
  const { runSearchCommand: run, SearchUsageError } = await import('./cli-search');
  try {
    return run(db, rest, args, json);
  } catch (error) {
    if (error instanceof SearchUsageError) throw new UsageError(error.message);
    throw error;
  }
}

/** Loaded on demand, like the note commands. */
async function runRecleanCommand(db: Db, rest: string[], args: ParsedArgs, json: boolean): Promise<number> {
  const { runRecleanCommand: run, RecleanUsageError } = await import('./cli-reclean');
  try {
    return await run(db, rest, args, json);
  } catch (error) {
    if (error instanceof RecleanUsageError) throw new UsageError(error.message);
    throw error;
  }
}

function runList(db: Db, args: ParsedArgs, json: boolean): number {
  const sort = stringOption(args, 'sort') ?? 'importedAt';
  if (!(SORT_KEYS as readonly string[]).includes(sort)) throw new UsageError(`--sort must be one of ${SORT_KEYS.join(', ')}.`);
  const articles = listDocuments(db, { sort: sort as SortKey, direction: args.options.has('asc') ? 'asc' : 'desc' }).map(toSummary);
  console.log(json ? JSON.stringify(articles, null, 2) : formatList(articles));
  return 0;
}

function articleId(rest: string[], command: string): number {
  const id = Number(rest[0]);
  if (rest.length !== 1 || !Number.isInteger(id) || id <= 0) throw new UsageError(`Give one article id, e.g. \`commonplace ${command} 12\` (ids are in \`commonplace list\`).`);
  return id;
}

function runShow(db: Db, rest: string[], json: boolean): number {
  const id = articleId(rest, 'show');
  const row = getDocument(db, id);
  if (!row) {
    console.error(`No article with id ${id} in this library. \`commonplace list\` shows the ids.`);
    return 1;
  }
  const article = toDetail(row, tagsOfDocument(db, id));
  console.log(json ? JSON.stringify(article, null, 2) : formatArticle(article));
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`commonplace: ${message}`);
    if (error instanceof UsageError) console.error('Run `commonplace --help` for usage.');
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
