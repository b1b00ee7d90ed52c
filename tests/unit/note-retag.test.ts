/** Renaming a tag inside a note's text: tag nodes, typed #tags, tags below it, and names that cannot be typed. */
import { describe, expect, it } from 'vitest';
import { extractLinks, renameTagInNote } from '../../main/library/notes/doc';
import { code, doc, link, p, tag, text } from './note-fixtures';

describe('renameTagInNote', () => {
  it('renames tag nodes and typed tags, and the tags below them, leaving look-alikes alone', () => {
    const note = doc(
      p(tag('Region'), text(' '), tag('region/pk'), text(' '), tag('regional')),
      p(text('See #region, #Region/af and (#region/pk/north) but not #regional, #region-x or a#region.')),
      p(text('#region', 'code'), text(' '), text('#region', link('https://example.org'))),
      code(null, '#region'),
    );
    expect(renameTagInNote(note, 'region', 'place')).toEqual(
      doc(
        p(tag('place'), text(' '), tag('place/pk'), text(' '), tag('regional')),
        p(text('See #place, #place/af and (#place/pk/north) but not #regional, #region-x or a#region.')),
        p(text('#region', 'code'), text(' '), text('#region', link('https://example.org'))),
        code(null, '#region'),
      ),
    );
  });

  it('turns a typed tag into a tag node when the new name cannot be typed, keeping its formatting', () => {
    const renamed = renameTagInNote(doc(p(text('About #drones here', 'bold'))), 'drones', 'drone strikes');
    expect(renamed).toEqual(doc(p(text('About ', 'bold'), { type: 'tag', attrs: { name: 'drone strikes' }, marks: [{ type: 'bold' }] }, text(' here', 'bold'))));
    expect(extractLinks(renamed!).tags).toEqual(['drone strikes']);
  });

  it('returns null when the note does not use the tag', () => {
    expect(renameTagInNote(doc(p(text('#other')), p(tag('another'))), 'region', 'place')).toBeNull();
  });
});
