/** Export file names: sanitising titles and numbering collisions. */
import { describe, expect, it } from 'vitest';
import { NAME_MAX_BYTES, assignNames, cutToBytes, isExportPath, sanitiseName } from '../../main/library/export/file-names';

describe('export file names', () => {
  it.each([
    ['../../x', 'x'],
    ['/abs/path', 'abs path'],
    ['C:\\evil', 'C evil'],
    ['CON', '_CON'],
    ['con.md', '_con.md'],
    ['LPT9.tar.gz', '_LPT9.tar.gz'],
    ['Console', 'Console'],
    [' .hidden. ', 'hidden'],
    ['...', 'Untitled'],
    ['', 'Untitled'],
    ['a\u202Eb\u2066c\u0000d\u0007e\uFEFF', 'abcde'],
    ['line\nbreak\ttab', 'linebreaktab'],
    ['What? Why: "this" <that> | *', 'What Why this that'],
    ['#tag ^block [[link]]', 'tag block link'],
    ['Cafe\u0301', 'Café'],
    ['👩‍👩‍👧‍👦 family', '👩‍👩‍👧‍👦 family'],
  ])('%j → %j', (title, name) => expect(sanitiseName(title)).toBe(name));

  it('cuts long titles on a grapheme boundary within the byte limit', () => {
    const family = '👩‍👩‍👧‍👦';
    const name = sanitiseName(family.repeat(30));
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(NAME_MAX_BYTES);
    expect(name).toBe(family.repeat(Math.floor(NAME_MAX_BYTES / Buffer.byteLength(family))));
    expect(cutToBytes('aé', 2)).toBe('a');
    expect(sanitiseName(`${'a'.repeat(119)} b`)).toBe('a'.repeat(119));
  });

  it('numbers collisions case- and normalisation-insensitively, in the order given', () => {
    const items = ['Untitled', '', 'untitled', 'Untitled 2', 'Café', 'Cafe\u0301'];
    const names = assignNames(items, (t) => t);
    expect(items.map((i) => names.get(i))).toEqual(['Untitled', 'Untitled 2', 'untitled 3', 'Untitled 2 2', 'Café', 'Café 2']);
    const long = 'x'.repeat(200);
    const numbered = assignNames([`${long}a`, `${long}b`], (t) => t);
    expect([...numbered.values()]).toEqual(['x'.repeat(NAME_MAX_BYTES), `${'x'.repeat(NAME_MAX_BYTES - 6)} 2`]);
  });

  it('accepts only paths the exporter could have written', () => {
    expect(isExportPath('Notes/Cold War.md')).toBe(true);
    expect(isExportPath('Articles/X (Commonplace 2).md')).toBe(true);
    for (const bad of ['../x.md', 'Notes/../../x.md', '/etc/passwd', 'Notes/a/b.md', 'Other/x.md', 'Notes/CON.md', 'Notes/x.txt', 'Notes\\x.md']) {
      expect(isExportPath(bad), bad).toBe(false);
    }
  });
});
