/** A library worth exporting, and a reader of the exported folder that parses every file as Markdown. */
import { readFileSync, readdirSync, lstatSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { parse } from 'yaml';
import type { Db } from '../../db/open';
import { apiFor, insertArticle, paragraph, rangeOf } from './annotations-helpers';
import { doc, noteLink, p, researchNote, text } from '../unit/note-fixtures';
import type { NoteNodeJSON } from '../../renderer/editor/schema';

export interface VaultFile {
  raw: string;
  tree: Root;
  front: Record<string, unknown>;
  /** The words of each paragraph and heading, as a reader sees them, whitespace collapsed. */
  blocks: string[];
}

/** Every `.md` file under `root` (relative, `/`-separated), parsed. */
export function readVault(root: string): Map<string, VaultFile> {
  const files = new Map<string, VaultFile>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const abs = path.join(dir, name);
      const stat = lstatSync(abs);
      if (stat.isDirectory()) walk(abs);
      else if (name.endsWith('.md')) files.set(path.relative(root, abs).split(path.sep).join('/'), parseFile(readFileSync(abs, 'utf8')));
    }
  };
  walk(root);
  return files;
}

export function parseFile(raw: string): VaultFile {
  const tree = fromMarkdown(raw, { extensions: [gfm(), frontmatter(['yaml'])], mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])] });
  const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!yamlNode) throw new Error(`no frontmatter in:\n${raw.slice(0, 200)}`);
  const front = parse(yamlNode.value) as Record<string, unknown>;
  const blocks: string[] = [];
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'paragraph' || node.type === 'heading') blocks.push(toString(node).replace(/\s+/g, ' ').trim());
    else for (const child of (node.children ?? []) as { type: string }[]) visit(child);
  };
  visit(tree);
  return { raw, tree, front, blocks };
}

export const WIKILINK = /\[\[([^\]|]+?)(?:\|([^\]]*))?\]\]/g;

/** Every wikilink that does not resolve to a file of the vault (or to a block id in it), as messages. */
export function brokenLinks(vault: Map<string, VaultFile>): string[] {
  const byStem = new Map<string, string[]>();
  for (const rel of vault.keys()) {
    const stem = path.posix.basename(rel, '.md').toLowerCase();
    byStem.set(stem, [...(byStem.get(stem) ?? []), rel]);
  }
  const broken: string[] = [];
  for (const [rel, file] of vault) {
    for (const block of file.blocks) {
      for (const m of block.matchAll(WIKILINK)) {
        const [target, anchor] = m[1]!.split('#') as [string, string | undefined];
        const found = target.includes('/')
          ? vault.has(`${target}.md`) ? [`${target}.md`] : []
          : byStem.get(target.toLowerCase()) ?? [];
        if (found.length !== 1) {
          broken.push(`${rel}: [[${m[1]}]] resolves to ${found.length} files`);
          continue;
        }
        if (anchor !== undefined && !new RegExp(` \\${anchor}$`, 'm').test(vault.get(found[0]!)!.raw)) broken.push(`${rel}: [[${m[1]}]] has no block ${anchor}`);
      }
    }
  }
  return broken;
}

/** Every text node of a note's JSON (what the note says in its own words). */
export function textsOf(node: NoteNodeJSON): string[] {
  const own = node.type === 'text' && node.text ? [node.text.replace(/\s+/g, ' ').trim()].filter((t) => t !== '') : [];
  return [...own, ...(node.content ?? []).flatMap(textsOf)];
}

/**
 * Three articles (one annotated, one only referred to by a note, one untouched), highlights with
 * comments and hierarchical tags, four notes linking to each other (one in the trash) and quoting a highlight.
 */
export async function researchLibrary(db: Db) {
  const api = apiFor(db);
  const annotated = insertArticle(
    db,
    [paragraph('The recent downward spiral in relations began with the raid.'), paragraph('Islamabad protested; Washington *insisted* the strikes were lawful.')],
    { title: 'From friends to foes: Pakistan & the US' },
  );
  db.prepare("UPDATE documents SET site = 'Dawn', byline = 'A. Reporter', source_url = 'https://example.org/a', published_at = '2019-05-02' WHERE id = ?").run(annotated.id);
  for (const name of ['region/pakistan', 'open questions']) await api.call('tags.addToDocument', { documentId: annotated.id, name });
  const referred = insertArticle(db, [paragraph('A second article, referred to but never highlighted.')], { title: 'Background: the border' });
  const untouched = insertArticle(db, [paragraph('Nobody has read this one yet.')], { title: 'Unread piece' });
  const h1 = await api.call('highlights.create', { documentId: annotated.id, ...rangeOf(annotated.text, 'The recent downward spiral'), color: 'green', comment: 'Key claim.\n\nSee the *timeline* [later].', tags: ['timeline', 'region/afghanistan'] });
  const h2 = await api.call('highlights.create', { documentId: annotated.id, ...rangeOf(annotated.text, 'Washington *insisted* the strikes'), tags: ['law'] });
  const coldWar = await api.call('notes.create', { title: 'Cold War parallels', content: doc(p(text('Proxy wars then and now.'))) });
  const field = await api.call('notes.create', { title: 'Field notes', content: doc(p(text('Peshawar, March: three interviews.'))) });
  const gone = await api.call('notes.create', { title: 'Old idea', content: doc(p(text('Abandoned.'))) });
  const research = researchNote({ note: coldWar.id, other: field.id, highlight: h1.id, document: referred.id });
  const drone = await api.call('notes.create', {
    title: 'Drone strikes',
    content: { ...research, content: [...research.content!, p(text('Once I thought '), noteLink(gone.id, 'Old idea'), text(' mattered.'))] },
  });
  await api.call('notes.delete', { id: gone.id });
  return { api, annotated, referred, untouched, h1, h2, coldWar, field, gone, drone };
}
