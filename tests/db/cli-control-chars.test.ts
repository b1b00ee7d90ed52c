/**
 * Imported content never drives the terminal: control characters, escape sequences and bidi
 * overrides are removed from titles and metadata at import, and whatever remains (article text,
 * file names as typed, old libraries) is shown escaped by every command that prints it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeLibrary, openLibrary } from '../../db/open';
import { getDocument, insertDocument } from '../../db/repos/documents';
import { cleanField } from '../../main/library/import/clean-field';
import { jsonText, oneLine, printable } from '../../main/cli/output';
import { cli } from './cli-run';
import { newDocument, tempDir } from './helpers';

const OSC_TITLE = '\u001b]0;pwned\u0007';
const CLEAR = '\u001b[2J';
const RLO = '\u202e';
/** Anything a terminal acts on: C0 but LF and TAB, DEL, C1, bidi embeddings/overrides/isolates. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function hostileFiles(): { dir: string; text: string; markdown: string } {
  const dir = path.join(tempDir(), 'in');
  mkdirSync(dir);
  const text = path.join(dir, `re${RLO}txt.exe\nsecond line.txt`);
  writeFileSync(
    text,
    `Harbour ${OSC_TITLE}lights${CLEAR} and ${RLO}stone\u009b31m\n\n` +
      `The harbour lights came on at dusk ${OSC_TITLE}while the ${CLEAR}boats came in, one by one, along the stone quay.\n\n` +
      `Every evening the keeper ${RLO}walked the length of the pier and back\u0007 before the last ferry left for the island.\n`,
  );
  const markdown = path.join(dir, 'meta.md');
  writeFileSync(
    markdown,
    `---\ntitle: "Quarry ${RLO}notes\\u001b[2J"\nauthor: "Ann ${OSC_TITLE}Lee"\nsite: "Stone\\u0007 Weekly"\n---\n\n` +
      'The quarry at the edge of town was worked for granite until the river flooded it in the spring.\n',
  );
  return { dir, text, markdown };
}

describe('control and bidi characters', () => {
  it('cleanField removes sequences whole, controls and bidi; printable and oneLine show the rest', () => {
    expect(cleanField(`A ${OSC_TITLE}B${CLEAR} C\u001b(0 D\u009b2J ${RLO}E\u2066F\u2069\nG\tH\u0000`)).toBe('A B C D EF G H');
    expect(cleanField(`\u009d8;;http://evil\u009cLink`)).toBe('Link');
    expect(printable(`a${CLEAR}b\nc\td${RLO}e\u009bf`)).toBe('a\\x1b[2Jb\nc\td\\u202ee\\x9bf');
    expect(oneLine('a\nb\tc\rd')).toBe('a\\nb\\tc\\rd');
    const json = jsonText({ t: `x${CLEAR}${RLO}\u0085y` });
    expect(json).not.toMatch(RAW);
    expect(JSON.parse(json)).toEqual({ t: `x${CLEAR}${RLO}\u0085y` });
  });

  it('import stores clean titles and metadata; import, list, show and search print nothing raw', async () => {
    const { text, markdown } = hostileFiles();
    const library = path.join(tempDir(), 'lib.commonplace');
    const imported = await cli('import', text, markdown, '--library', library, '--create');
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout + imported.stderr).not.toMatch(RAW);
    // The file name's newline is shown, not obeyed: each result stays one line.
    expect(imported.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(imported.stdout).toContain('\\u202etxt.exe\\nsecond line.txt');

    const db = openLibrary(library);
    try {
      const [a, b] = [getDocument(db, 1)!, getDocument(db, 2)!];
      for (const field of [a.title, b.title, b.byline, b.site]) expect(field).not.toMatch(RAW);
      expect(b.byline).toBe('Ann Lee');
    } finally {
      closeLibrary(db);
    }

    const outputs = [
      await cli('list', '--library', library),
      await cli('list', '--library', library, '--json'),
      await cli('show', '1', '--library', library),
      await cli('show', '1', '--library', library, '--json'),
      await cli('show', '2', '--library', library),
      await cli('search', 'harbour', '--library', library),
      await cli('search', 'keeper', '--library', library, '--json'),
    ];
    for (const o of outputs) {
      expect(o.code, o.stderr).toBe(0);
      expect(o.stdout + o.stderr).not.toMatch(RAW);
    }
    // The article's own text keeps its characters (highlight offsets depend on them), shown escaped.
    expect(outputs[2]!.stdout).toContain('\\x1b[2J');
  });

  it('escapes what an older library already holds in titles and metadata', async () => {
    const library = path.join(tempDir(), 'old.commonplace');
    const db = openLibrary(library);
    insertDocument(db, newDocument({ title: `Old ${OSC_TITLE}title${CLEAR}\nwith a break ${RLO}`, site: `site${CLEAR}`, byline: `by\u009b2J` }));
    closeLibrary(db);
    for (const args of [['list'], ['show', '1'], ['search', 'body'], ['list', '--json']]) {
      const o = await cli(...args, '--library', library);
      expect(o.code, o.stderr).toBe(0);
      expect(o.stdout + o.stderr).not.toMatch(RAW);
    }
    const list = await cli('list', '--library', library);
    expect(list.stdout.trimEnd().split('\n')).toHaveLength(2);
  });
});
