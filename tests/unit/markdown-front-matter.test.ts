import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitYaml, yamlFrontMatter } from '../../main/library/import/markdown/front-matter';
import { simpleFrontMatter } from '../../main/library/import/markdown/simple-yaml';
import { sharedFixtures } from './fixtures';

const cases = [
  'title: "Field notes: Kabul"\ndate: 2024-01-11\ntags: [research, note-3]\nsource: https://example.com/notes/1',
  "title: 'Single quoted'\nauthor: Jane Doe\n\nsite: Example Site",
  'Title: Upper\ntitle: lower',
  'title: He said "hi" and it\'s [fine] {really}, ok',
  'title: C# for beginners\nsummary: a#b',
  'empty:\nalso: x',
  'tags: []\nkeywords: [a b, c.d, e/f, g_h]',
  'title: 2024 review', 'title: true', 'title: Null', 'title: yes', 'title: no', 'title: on', 'title: ~',
  'title: a: b', 'title: a #comment', 'title: ends with colon:', 'title: "esc\\"aped"', "title: 'it''s'",
  'title: x\ntitle: y', 'true: x', 'null: x', 'key:value', 'key:\tvalue', 'title:  two  spaces  ',
  'title: |\n  block', 'title: >\n  folded', 'nested:\n  a: 1', '# comment\ntitle: x', 'list:\n  - a\n  - b',
  'tags: [a, , b]', 'tags: [a, b,]', 'tags: ["a", b]', 'tags: [true, x]', 'tags: [1, 2]', 'count: 12', 'ratio: 1.5',
  'title: Zürich, Zabīḥullāh and 中文', 'title: \u00e9t\u00e9', 'date: 2024-13-45', 'date: 2024-01-11T08:30:00Z',
  'url: https://example.com/a?b=c&d=e#frag', 'title: *alias', 'title: &anchor x', 'title: !tag x', 'title: %x', 'title: @x', 'title: `x`',
  'title: a\u2028b', 'title: "a\u0007b"', 'title: x ]', '---', '...', 'title: x\n---',
];

describe('simple front matter', () => {
  it('reads what it reads exactly as the YAML library does, and leaves the rest to it', () => {
    let simple = 0;
    for (const yaml of cases) {
      const fast = simpleFrontMatter(yaml);
      if (fast) simple++;
      if (fast) expect(fast, yaml).toEqual(yamlFrontMatter(yaml));
    }
    expect(simple).toBeGreaterThan(10);
  });

  it('agrees with the YAML library on the front matter of every fixture file', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir, { withFileTypes: true })) {
        if (name.isDirectory()) walk(path.join(dir, name.name));
        else if (/\.(md|markdown|txt)$/.test(name.name)) files.push(path.join(dir, name.name));
      }
    };
    walk(sharedFixtures);
    for (const file of files) {
      const { yaml } = splitYaml(readFileSync(file, 'utf8'));
      const fast = yaml && simpleFrontMatter(yaml);
      if (fast) expect(fast, file).toEqual(yamlFrontMatter(yaml));
    }
  });
});
