/** The migration registry: numbered from 1 without gaps or repeats, each entry the file its number and name say. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrations } from '../../db/migrations/index';

const folder = path.resolve(import.meta.dirname, '../../db/migrations');
const FILE_NAME = /^(\d{4})-([a-z0-9]+(?:-[a-z0-9]+)*)\.ts$/;

describe('migration numbering', () => {
  it('runs from 1 without gaps or repeats, and the latest version is the last one', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, index) => index + 1));
    expect(LATEST_VERSION).toBe(migrations.at(-1)?.version);
    expect(new Set(migrations.map((m) => m.name)).size).toBe(migrations.length);
  });

  it('has one file per entry, named NNNN-name.ts after the entry’s number and name', () => {
    const files = readdirSync(folder).filter((file) => file !== 'index.ts');
    for (const file of files) expect(file, `${file} is not named NNNN-name.ts`).toMatch(FILE_NAME);
    expect(files.sort()).toEqual(migrations.map((m) => `${String(m.version).padStart(4, '0')}-${m.name}.ts`));
  });

  it('gives each entry the SQL of its own file', async () => {
    for (const migration of migrations) {
      const file = `${String(migration.version).padStart(4, '0')}-${migration.name}`;
      // A relative specifier, not an absolute path: import() of `C:\…` fails on Windows.
      const module = (await import(`../../db/migrations/${file}.ts`)) as { default: string };
      expect(migration.sql, file).toBe(module.default);
    }
  });
});
