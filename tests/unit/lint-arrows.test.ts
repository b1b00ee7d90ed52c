/**
 * The architecture's arrows are lint rules (eslint.config.js); this checks that those rules still
 * bite, so an edit to the config that quietly stops one (a pattern that no longer matches) fails
 * here. Probes are linted as text under made-up paths; nothing is written to disk.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The restricted-import errors of one import statement in a file at `file` (relative to the repo). */
async function refusals(file: string, specifier: string): Promise<number> {
  const code = `import { probe } from '${specifier}';\nexport const used = probe;\n`;
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').length;
}

describe('the arrows, as lint enforces them', () => {
  it('lets the renderer import values from main/contract/ and nothing else of main/', async () => {
    expect(await refusals('renderer/palette/probe.ts', '../../main/contract')).toBe(0);
    expect(await refusals('renderer/palette/probe.ts', '../../main/contract/commands')).toBe(0);
    expect(await refusals('renderer/editor/probe.ts', '../../main/contract/note-schema')).toBe(0);
    expect(await refusals('renderer/palette/probe.ts', '../../main/library/paths')).toBeGreaterThan(0);
    expect(await refusals('renderer/palette/probe.ts', '../../main/dispatch')).toBeGreaterThan(0);
    expect(await refusals('renderer/palette/probe.ts', '../../db/open')).toBeGreaterThan(0);
  });

  it('keeps main/ (Electron files too) from importing renderer/', async () => {
    expect(await refusals('main/library/probe.ts', '../../renderer/api')).toBeGreaterThan(0);
    expect(await refusals('main/hosts/electron-menu.ts', '../../renderer/api')).toBeGreaterThan(0);
    expect(await refusals('main/library/probe.ts', '../contract/fuzzy')).toBe(0);
  });

  it('keeps main/contract/ to itself and pure packages, at any depth', async () => {
    expect(await refusals('main/contract/probe.ts', './note-schema')).toBe(0);
    expect(await refusals('main/contract/probe.ts', 'zod')).toBe(0);
    expect(await refusals('main/contract/note-schema/probe.ts', '../highlights')).toBe(0);
    expect(await refusals('main/contract/probe.ts', '../library/paths')).toBeGreaterThan(0);
    expect(await refusals('main/contract/note-schema/probe.ts', '../../dispatch')).toBeGreaterThan(0);
    expect(await refusals('main/contract/probe.ts', '../../renderer/api')).toBeGreaterThan(0);
    expect(await refusals('main/contract/probe.ts', '../../db/open')).toBeGreaterThan(0);
    for (const specifier of ['node:fs', 'path', 'electron', 'better-sqlite3', 'react']) {
      expect(await refusals('main/contract/probe.ts', specifier)).toBeGreaterThan(0);
    }
  });
});
