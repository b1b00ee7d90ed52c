/**
 * The schema a new library has after every migration, compared with the committed
 * `schema.snapshot.sql`: a change to it must be a planned one (a new migration, then
 * `npx vitest run tests/db/schema-snapshot.test.ts -u` and the updated snapshot in the same commit).
 */
import { describe, expect, it } from 'vitest';
import { tempLibrary } from './helpers';

interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/** Line breaks as written in the migrations, without their indentation or blank lines. */
const normalise = (sql: string) =>
  sql
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');

describe('the schema after all migrations', () => {
  it('matches the committed snapshot', async () => {
    const { db } = tempLibrary();
    // sqlite_stat* come from ANALYZE (PRAGMA optimize), which depends on data, not on migrations.
    const rows = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name").all() as SchemaRow[];
    const version = db.pragma('user_version', { simple: true }) as number;
    const dump = [
      `-- user_version = ${version}`,
      ...rows.map((row) => `-- ${row.type} ${row.name} on ${row.tbl_name}\n${row.sql === null ? '-- (created by SQLite)' : `${normalise(row.sql)};`}`),
    ].join('\n\n');
    await expect(dump + '\n').toMatchFileSnapshot('./schema.snapshot.sql');
  });
});
