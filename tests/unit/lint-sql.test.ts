/**
 * SQL lives in db/: eslint.config.js forbids `.prepare(` and `.exec(` on a database anywhere in
 * main/. This checks that the rule still bites, and still lets a
 * regex's `.exec` through. Probes are linted as text under made-up paths; nothing is written.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** How many "SQL lives in db/" errors the code gets in a file at `file` (relative to the repo). */
async function refusals(file: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax' && m.message.startsWith('SQL lives in db/')).length;
}

const DB = "import type { Db } from '../../db/open';\n";

describe('SQL only in db/, as lint enforces it', () => {
  it('refuses prepare and exec on a database in main/', async () => {
    expect(await refusals('main/library/probe.ts', `${DB}export const f = (db: Db) => db.prepare('SELECT 1').get();\n`)).toBeGreaterThan(0);
    expect(await refusals('main/library/probe.ts', `${DB}export const f = (db: Db, sql: string) => db.exec(sql);\n`)).toBeGreaterThan(0);
    expect(await refusals('main/handlers/probe.ts', `${DB}export const f = (libraryDb: Db, sql: string) => libraryDb.prepare(sql);\n`)).toBeGreaterThan(0);
    expect(await refusals('main/library/export/probe.ts', `${DB}export class A { constructor(private db: Db) {} run(sql: string) { this.db.exec(sql); } }\n`)).toBeGreaterThan(0);
    // Whatever the receiver is called, SQL text written at the call gives it away.
    expect(await refusals('main/library/probe.ts', `${DB}export const f = (store: Db) => store.exec(\`DELETE FROM notes\`);\n`)).toBeGreaterThan(0);
  });

  it('lets a regex exec and other prepare methods through', async () => {
    expect(await refusals('main/library/probe.ts', 'export const f = (t: string) => /a(b)/.exec(t)?.[1];\n')).toBe(0);
    expect(await refusals('main/library/probe.ts', 'const RE = /a/;\nexport const f = (t: string) => RE.exec(t);\n')).toBe(0);
    expect(await refusals('main/cli/probe.ts', 'export const f = (command: { prepare(a: string[]): number }, argv: string[]) => command.prepare(argv);\n')).toBe(0);
  });

  it('lets db/ itself hold the SQL', async () => {
    expect(await refusals('db/repos/probe.ts', "import type { Db } from '../open';\nexport const f = (db: Db) => db.prepare('SELECT 1').get();\n")).toBe(0);
  });

  it('has no exceptions left in main/', async () => {
    const code = `${DB}export const f = (db: Db) => db.prepare('SELECT 1').get();\n`;
    for (const file of ['main/library/tags/edit.ts', 'main/library/notes/save.ts']) expect(await refusals(file, code.replace('../../', '../../../'))).toBeGreaterThan(0);
  });
});
