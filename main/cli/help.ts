/** The help texts, written from the command table so they cannot drift from what is parsed. */
import { defaultLibraryPath } from '../library/paths';
import { COMMANDS, findCommand } from './commands';
import { GLOBAL_OPTIONS, type OptionTable } from './options';

const COLUMN = 30;

function twoColumns(left: string, text: string, width = COLUMN): string[] {
  const lines = text.split('\n');
  const indent = ' '.repeat(width + 2);
  const first = left.length < width ? [`  ${left.padEnd(width)}${lines[0]}`] : [`  ${left}`, `${indent}${lines[0]}`];
  return [...first, ...lines.slice(1).map((l) => `${indent}${l}`)];
}

function optionLines(table: OptionTable, width: number): string[] {
  return Object.entries(table).flatMap(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value}` : ''}`;
    const help = name === 'library' ? `${spec.help} (default: ${defaultLibraryPath()})` : spec.help;
    return twoColumns(flag, help, width);
  });
}

export function usageText(): string {
  const commands = Object.entries(COMMANDS).flatMap(([name, c]) => twoColumns(`${name} ${c.usage}`.trimEnd(), c.summary));
  return [
    'Usage: commonplace <command> [options]',
    '',
    'Commands:',
    ...commands,
    '',
    'Options:',
    ...optionLines(GLOBAL_OPTIONS, 18),
    '',
    'Run `commonplace <command> --help` for one command and its options.',
  ].join('\n');
}

/** Help for one command, or undefined when there is no such command. */
export function commandHelpText(name: string): string | undefined {
  const command = findCommand(name);
  if (!command) return undefined;
  const table: OptionTable = { ...command.options, ...GLOBAL_OPTIONS };
  const width = Math.max(...Object.entries(table).map(([n, s]) => n.length + 2 + (s.short ? 4 : 0) + (s.value ? s.value.length + 1 : 0))) + 2;
  return [
    `Usage: commonplace ${name} ${command.usage}`.trimEnd() + ' [options]',
    '',
    command.summary.replace(/\n/g, ' '),
    '',
    'Options:',
    ...optionLines(table, width),
  ].join('\n');
}
