/** `commonplace reclean`: the library-wide job and one article, from a real process on a real library. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeLibrary, openLibrary } from '../../db/open';
import { getDocument, insertDocument, updateDocumentText } from '../../db/repos/documents';
import { countWords, plainText, type Block } from '../../main/library/article';
import { cli } from './cli-run';
import { newDocument, tempDir } from './helpers';
import { CLUTTERED } from './sources-helpers';

describe('commonplace reclean', () => {
  it('re-cleans what changed, says so, and refuses what it cannot re-clean', async () => {
    const dir = tempDir();
    const library = path.join(dir, 'lib.commonplace');
    const file = path.join(dir, 'lakes.txt');
    writeFileSync(file, CLUTTERED);
    const imported = JSON.parse((await cli('import', file, '--library', library, '--create', '--json')).stdout) as { imported: { id: number }[] };
    const id = imported.imported[0]!.id;
    const db = openLibrary(library);
    const blocks = JSON.parse(getDocument(db, id)!.blocksJson) as Block[];
    const old = [{ kind: 'paragraph' as const, text: 'Share this article' }, ...blocks];
    updateDocumentText(db, id, { blocksJson: JSON.stringify(old), plainText: plainText(old), wordCount: countWords(plainText(old)) });
    const legacy = insertDocument(db, newDocument());
    closeLibrary(db);

    const all = await cli('reclean', '--library', library);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain(`cleaned  #${id}  Glacier lakes are rising in the Karakoram`);
    expect(all.stdout).toContain('Cleaned 1 of 1 article. 1 article was left as it is');

    const one = JSON.parse((await cli('reclean', '--id', String(id), '--library', library, '--json')).stdout) as { checked: number; cleaned: unknown[] };
    expect(one).toMatchObject({ checked: 1, cleaned: [] });
    const refused = await cli('reclean', '--id', String(legacy), '--library', library);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/imported before Commonplace kept original files/);
    expect((await cli('reclean', '--id', 'x', '--library', library)).code).toBe(2);
  });
});
