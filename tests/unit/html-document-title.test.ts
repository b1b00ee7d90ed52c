import { describe, expect, it } from 'vitest';
import { titleCorrection } from '../../main/library/import/html/document-title';
import { loadDocument } from '../../main/library/import/html/load-document';

const correct = (title: string, body = '') =>
  titleCorrection(loadDocument(`<title>${title}</title><body>${body}`, undefined).document);

describe('titleCorrection', () => {
  it('strips a site name after an en or em dash when Readability kept it', () => {
    expect(correct('Lorem ipsum dolor sit amet – My website')('Lorem ipsum dolor sit amet – My website')).toBe(
      'Lorem ipsum dolor sit amet',
    );
    expect(correct('The Council Votes On Budget — The Gazette')('The Council Votes On Budget — The Gazette')).toBe(
      'The Council Votes On Budget',
    );
  });

  it('keeps a short title whole, as Readability does for other separators', () => {
    // Dropping " — evolve extension…" would leave four words: too little to be the headline.
    const title = 'Evolve: Shared Mutable History — evolve extension for Mercurial';
    expect(correct(title)('Shared Mutable History — evolve extension for Mercurial')).toBe(title);
  });

  it("leaves a title that did not come from Readability's <title> heuristic alone", () => {
    // og:title or JSON-LD: the site's own statement.
    expect(correct('Councils Agree – The Gazette')('Councils Agree – The Gazette (stated)')).toBe('Councils Agree – The Gazette (stated)');
    expect(correct('Plain title without separators here')('Plain title without separators here')).toBe(
      'Plain title without separators here',
    );
    expect(correct('Headline Of Reasonable Length | Site')('Headline Of Reasonable Length')).toBe('Headline Of Reasonable Length');
  });
});
