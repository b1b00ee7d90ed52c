/**
 * A reader of an exported folder that parses every file as Markdown (frontmatter, blocks) and
 * checks its wikilinks. No library code: the e2e test reads the folder the app wrote with it too.
 */
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
