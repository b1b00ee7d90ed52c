/** The Anki text file: nothing in a highlight can end a field or a line, or read as a header. */
import { describe, expect, it } from 'vitest';
import { ankiField, ankiFile, ankiTag } from '../../main/library/review/anki';

describe('the Anki export', () => {
  it('escapes what would end a field or a line, or be read as HTML or a header', () => {
    expect(ankiField('a\tb')).toBe('a&#9;b');
    expect(ankiField('one\ntwo\r\nthree\rfour\u2028five')).toBe('one<br>two<br>three<br>four<br>five');
    expect(ankiField('"quoted" <b> & more')).toBe('&quot;quoted&quot; &lt;b&gt; &amp; more');
    expect(ankiField('#tag at the start, # later')).toBe('&#35;tag at the start, # later');
    expect(ankiField('bell\u0007 esc\u001b[2J c1\u0085')).toBe('bell esc[2J c1');
    expect(ankiField('&#9; stays text')).toBe('&amp;#9; stays text');
  });

  it('writes tags as Anki does: no spaces, :: between levels', () => {
    expect(ankiTag('region/south asia')).toBe('region::south_asia');
    expect(ankiTag('evidence')).toBe('evidence');
    expect(ankiTag('a//b/ ')).toBe('a::b');
  });

  it('gives the header lines, then one line of three fields per highlight', () => {
    const text = ankiFile([
      { highlightId: 1, exact: 'The quote', comment: null, documentTitle: 'A title', prefix: '', suffix: '', tags: [] },
      { highlightId: 2, exact: 'Two\nlines', comment: 'Why\tit matters', documentTitle: 'T', prefix: 'before ', suffix: ' after', tags: ['x/y', 'z'] },
    ]);
    expect(text).toBe(
      '#separator:tab\n#html:true\n#tags column:3\n#columns:Front\tBack\tTags\n' +
        'The quote\t<i>A title</i>\t\n' +
        'Two<br>lines\t…before <b>Two<br>lines</b> after…<br><br><i>T</i><br><br>Why&#9;it matters\tx::y z\n',
    );
  });
});
