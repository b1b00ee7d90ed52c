/**
 * Re-finding highlights after the article text changed. No upstream suite edits a document and
 * then re-anchors (formats/README.md), so these are built from the real article fixtures, read
 * in place: describe a highlight on the original text, edit the text, anchor again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe as suite, it, expect } from 'vitest';
import { anchor, describe, type AnchorResult, type TextAnchor } from '../../main/library/anchor';

const fixtures = path.resolve(import.meta.dirname, '../..', '../shared/fixtures');
const article = (name: string): string => fs.readFileSync(path.join(fixtures, 'articles', name), 'utf8');
const aljazeera = article('000_5772afeb88b3367e.txt');
const dawn = article('004_8af5de537ef99085.txt');

/** Highlights the only occurrence of `passage` (searching from `from`). */
function highlight(text: string, passage: string, from = 0): TextAnchor {
  const start = text.indexOf(passage, from);
  expect(start, `fixture lacks: ${passage.slice(0, 40)}`).toBeGreaterThanOrEqual(0);
  if (from === 0) expect(text.indexOf(passage, start + 1)).toBe(-1);
  return describe(text, start, start + passage.length);
}
const found = (text: string, r: AnchorResult): string | undefined => (r.start === undefined ? undefined : text.slice(r.start, r.end));
const insertAt = (text: string, at: number, insert: string): string => text.slice(0, at) + insert + text.slice(at);

const blamed = 'Pakistan has blamed a majority of attacks on the Pakistan Taliban, known by the acronym TTP, whose leaders are now based in Afghanistan.';
const statements = 'Official Pakistani government statements now refer to the Taliban government – whose return to power in Kabul was once celebrated – as a “regime”, calling for a more “inclusive” administration in Afghanistan.';
const twoParagraphs = 'Can both sides return to their past friendship?\n\nBoth sides appear, at the moment, to be digging their heels in.';
const newParagraphs = `${dawn.slice(dawn.indexOf('On the night of October 9'), dawn.indexOf('Two nights later'))}`;

suite('re-anchoring after edits (Al Jazeera article)', () => {
  it('finds an unchanged highlight at its position', () => {
    const h = highlight(aljazeera, blamed);
    expect(anchor(aljazeera, h)).toEqual({ status: 'exact', start: h.start, end: h.end, score: 1 });
  });

  it('follows paragraphs inserted before the passage', () => {
    const h = highlight(aljazeera, statements);
    const edited = insertAt(aljazeera, aljazeera.indexOf('Analysis: Why Pakistan'), newParagraphs);
    const r = anchor(edited, h);
    expect(r).toMatchObject({ status: 'moved', start: h.start + newParagraphs.length, end: h.end + newParagraphs.length });
    expect(found(edited, r)).toBe(statements);
  });

  it('keeps the position when only the text right after the passage was edited', () => {
    const h = highlight(aljazeera, blamed);
    const edited = aljazeera.replace(`${blamed} TTP members hail`, `${blamed} TTP fighters hail`);
    expect(edited).not.toBe(aljazeera);
    expect(h.suffix).toContain('members');
    expect(anchor(edited, h)).toEqual({ status: 'exact', start: h.start, end: h.end, score: 1 });
  });

  it('finds the passage with a word changed inside it, as fuzzy, in the new wording', () => {
    const h = highlight(aljazeera, blamed);
    const reworded = blamed.replace('a majority of', 'most');
    const edited = aljazeera.replace(blamed, reworded);
    const r = anchor(edited, h);
    expect(r.status).toBe('fuzzy');
    expect(found(edited, r)).toBe(reworded);
    expect(r.score).toBeGreaterThan(0.8);
    expect(r.score).toBeLessThan(1);
  });

  it('finds a reworded passage that also moved far from its old position', () => {
    const h = highlight(aljazeera, blamed);
    const reworded = blamed.replace('now based in', 'said to be living in');
    const edited = newParagraphs.repeat(4) + aljazeera.replace(blamed, reworded);
    const r = anchor(edited, h);
    expect(r.status).toBe('fuzzy');
    expect(found(edited, r)).toBe(reworded);
  });

  it('uses context to pick the right copy of a repeated passage', () => {
    const h = highlight(aljazeera, blamed);
    // A copy of the sentence lands right where the highlight used to be, with other words around it.
    const copy = `An official repeated the claim this week: ${blamed} Analysts disagree.\n\n`;
    const edited = insertAt(aljazeera, h.start, copy);
    const r = anchor(edited, h);
    expect(r).toMatchObject({ status: 'moved', start: h.start + copy.length, end: h.end + copy.length });
    expect(found(edited, r)).toBe(blamed);
  });

  it('stays with a passage reworded in place even when its old wording is quoted elsewhere', () => {
    const h = highlight(aljazeera, blamed);
    const reworded = blamed.replace('a majority of', 'most');
    const quoted = `\n\nAs Islamabad put it last year: “${blamed}”`;
    const edited = aljazeera.replace(blamed, reworded) + quoted;
    const r = anchor(edited, h);
    expect(r).toMatchObject({ status: 'fuzzy', start: h.start });
    expect(found(edited, r)).toBe(reworded);
    // Without the old position there is no "old place": the verbatim copy is the best answer.
    const { start: _s, end: _e, ...quoteOnly } = h;
    expect(found(edited, anchor(edited, quoteOnly))).toBe(blamed);
  });

  it('orphans a highlight whose passage was removed', () => {
    const h = highlight(aljazeera, blamed);
    const paragraph = `${blamed} TTP members hail largely from the tribal areas of Pakistan, along the Afghan border.\n\n`;
    expect(aljazeera).toContain(paragraph);
    expect(anchor(aljazeera.replace(paragraph, ''), h)).toEqual({ status: 'orphaned' });
  });

  it('orphans a highlight whose passage was rewritten beyond recognition', () => {
    const h = highlight(aljazeera, blamed);
    const edited = aljazeera.replace(blamed, 'Islamabad holds the TTP, led from across the border, responsible for most of the violence.');
    expect(anchor(edited, h)).toEqual({ status: 'orphaned' });
  });

  it('follows curly quotes and dashes straightened (and back), as moved', () => {
    const h = highlight(aljazeera, statements);
    const straight = aljazeera.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-');
    const r = anchor(straight, h);
    // Same length replacements: same place, but the stored quote no longer matches literally.
    expect(r).toMatchObject({ status: 'moved', start: h.start, end: h.end, score: 1 });
    expect(found(straight, r)).toBe('Official Pakistani government statements now refer to the Taliban government - whose return to power in Kabul was once celebrated - as a "regime", calling for a more "inclusive" administration in Afghanistan.');

    const back = anchor(aljazeera, describe(straight, h.start, h.end));
    expect(back).toMatchObject({ status: 'moved', start: h.start, end: h.end });
    expect(found(aljazeera, back)).toBe(statements);
  });

  it('follows whitespace reflowed: lines hard-wrapped and blank lines collapsed', () => {
    const h = highlight(aljazeera, twoParagraphs);
    const wrapped = aljazeera
      .split('\n\n')
      .map((paragraph) => paragraph.replace(/(.{1,60})( |$)/g, (_m, line: string, space: string) => (space ? `${line}\n` : line)))
      .join('\n');
    const r = anchor(wrapped, h);
    expect(r.status).toBe('moved');
    const text = found(wrapped, r) ?? '';
    expect(text).toContain('\n');
    expect(text.replace(/\s+/g, ' ')).toBe(twoParagraphs.replace(/\s+/g, ' '));
    expect(text.startsWith('Can both sides') && text.endsWith('in.')).toBe(true);
  });

  it('re-anchors every highlight of a paragraph after an edit above them', () => {
    const start = aljazeera.indexOf('Taliban leaders in Afghanistan insist');
    const highlights = [0, 45, 120, 200, 300].map((offset) => describe(aljazeera, start + offset, start + offset + 30));
    const edited = insertAt(aljazeera, 0, 'Editor’s note: this file was re-imported.\n\n');
    for (const h of highlights) {
      const r = anchor(edited, h);
      expect(r.status).toBe('moved');
      expect(found(edited, r)).toBe(h.exact);
      expect(r.start).toBe(h.start + 43);
    }
  });
});

suite('re-anchoring after edits (Dawn article, a passage printed twice)', () => {
  const passage = 'Even though the fighting has stopped for now, the situation remains extremely volatile, and hence, questions arise: what triggered this situation, and where do we go from here?';
  const first = dawn.indexOf(passage);
  const second = dawn.indexOf(passage, first + 1);

  it('has the passage twice (the dek and the body)', () => {
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
  });

  it('keeps each copy on its own place when text is inserted at the top', () => {
    const insert = 'Saved from the web on 2025-10-26.\n\n';
    const edited = insert + dawn;
    expect(anchor(edited, describe(dawn, first, first + passage.length))).toMatchObject({ status: 'moved', start: first + insert.length });
    expect(anchor(edited, describe(dawn, second, second + passage.length))).toMatchObject({ status: 'moved', start: second + insert.length });
  });

  it('is not fooled when the other copy shifts exactly into the old position', () => {
    const h = describe(dawn, second, second + passage.length);
    // Insert just enough before the first copy that it now sits at the second copy's old offsets.
    const shift = second - first;
    const filler = 'A note added by the editor. '.repeat(Math.ceil(shift / 28)).slice(0, shift - 2) + '\n\n';
    const edited = insertAt(dawn, first, filler);
    expect(edited.slice(h.start, h.end)).toBe(passage);
    const r = anchor(edited, h);
    expect(r).toMatchObject({ status: 'moved', start: second + shift });
    expect(found(edited, r)).toBe(passage);
  });

  it('picks the right copy when both copies were reworded the same way', () => {
    const h = describe(dawn, second, second + passage.length);
    const edited = dawn.split(passage).join(passage.replace('extremely volatile', 'very fragile'));
    const r = anchor(edited, h);
    expect(r.status).toBe('fuzzy');
    expect(r.start).toBe(second - 'extremely volatile'.length + 'very fragile'.length);
  });
});
