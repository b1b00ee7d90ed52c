/**
 * The `commonplace` command: the same library code as the app, for scripts and terminals.
 * Results go to stdout (`--json` for scripts); messages and errors to stderr. Exit codes: 0 done,
 * 1 failed (the message says why), 2 bad usage (the message and a pointer to `--help`).
 */
import path from 'node:path';
import { version } from '../../package.json';
import { closeLibrary } from '../../db/open';
import { backupBeforeMigration, backupIfFirstToday } from '../library/backup';
import { defaultLibraryPath } from '../library/paths';
import { COMMANDS, findCommand } from './commands';
import { commandHelpText, usageText } from './help';
import { openLibraryFor } from './library';
import { GLOBAL_OPTIONS, peek, type OptionTable } from './options';
import { UsageError } from './usage-error';

const EVERY_OPTION: OptionTable = { ...GLOBAL_OPTIONS, ...Object.fromEntries(Object.values(COMMANDS).flatMap((c) => Object.entries(c.options))) };

async function run(argv: readonly string[]): Promise<number> {
  const asked = peek(argv, EVERY_OPTION);
  if (asked.version) {
    console.log(version);
    return 0;
  }
  const name = asked.command;
  if (name === undefined || name === 'help') return help(name === 'help' ? asked.topic : undefined, asked.help || name === 'help');
  try {
    const command = findCommand(name);
    if (!command) throw new UsageError(`Unknown command "${name}". The commands are: ${Object.keys(COMMANDS).join(', ')}.`);
    if (asked.help) {
      console.log(commandHelpText(name));
      return 0;
    }
    const prepared = command.prepare(argv);
    if (prepared.closed) return await prepared.closed(path.resolve(prepared.library ?? defaultLibraryPath()));
    const db = openLibraryFor(prepared.use, prepared.library, prepared.create, { beforeMigrate: backupBeforeMigration() });
    try {
      // The first write of the day backs the library up first (read commands never write).
      if (prepared.writes) await backupIfFirstToday(db, { warn: (message) => console.error(`commonplace: ${message}`) });
      return await prepared.run(db);
    } finally {
      closeLibrary(db);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`commonplace: ${error.message}`);
    console.error(`Run \`commonplace${findCommand(name) ? ` ${name}` : ''} --help\` for usage.`);
    return 2;
  }
}

/** `commonplace`, `--help`, `help` and `help <command>`. Bare `commonplace` is a usage error. */
function help(topic: string | undefined, asked: boolean): number {
  if (topic !== undefined) {
    const text = commandHelpText(topic);
    if (text === undefined) {
      console.error(`commonplace: Unknown command "${topic}". The commands are: ${Object.keys(COMMANDS).join(', ')}.`);
      return 2;
    }
    console.log(text);
    return 0;
  }
  (asked ? console.log : console.error)(usageText());
  return asked ? 0 : 2;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`commonplace: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
