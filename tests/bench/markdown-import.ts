/**
 * `npm run bench` (after the build): Markdown import throughput. 500 generated Markdown files
 * (BENCH_MD_FILES; about 12 KB each, built from the fixture articles' paragraphs: front matter,
 * headings, emphasis, links, lists, a quote, a code block, a table, a footnote) imported through
 * the CLI's pipeline (the parse-worker pool of the build, up to one worker per core), beside the
 * same files' text saved as .txt, and beside Joplin's CLI on the same files when JOPLIN=<path to
 * the joplin command> is set (not installed by this bench). Joplin 3.5.1 installs without GitHub
 * (its sqlite3 built from source against the local Node headers; keytar is optional):
 *   mkdir /work/joplin-cli && cd /work/joplin-cli && npm init -y && npm i joplin@3.5.1 --ignore-scripts
 *   npm_config_nodedir=/usr npm rebuild sqlite3 --build-from-source
 *   JOPLIN=/work/joplin-cli/node_modules/.bin/joplin npx tsx tests/bench/markdown-import.ts
 * Goal (issue 15): Markdown ≥ 300 files/s, and ≥ 3× Joplin's throughput. KEEP=1 keeps the files
 * (the folder is printed) for other tools.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeLibrary, openLibrary } from '../../db/open';
import { createWorkerParser, defaultWorkerCount } from '../../main/library/import/parser';
import { importSources } from '../../main/library/importer';
import { random, syntheticArticles } from './corpus';
import { rowPrinter } from './measure';

const FILES = Number(process.env.BENCH_MD_FILES ?? 500);
const worker = path.resolve(import.meta.dirname, '../..', process.env.COMMONPLACE_OUT ?? 'out', 'main/parse-worker.cjs');
if (!existsSync(worker)) throw new Error(`Build first (npm run build): ${worker} is missing.`);

const row = rowPrinter(44);
const dir = mkdtempSync(path.join(os.tmpdir(), 'commonplace-md-bench-'));

/** One article's text as a Markdown note with most of what notes hold. */
function asMarkdown(text: string, i: number, next: () => number): string {
  const [title = `Note ${i}`, , dateLine = '', , ...rest] = text.split('\n');
  const paragraphs = rest.filter((l) => l.trim());
  const out = ['---', `title: "${title.replace(/"/g, "'")}"`, `date: 2024-0${1 + (i % 9)}-1${i % 10}`, `tags: [research, note-${i % 7}]`, `source: https://example.com/notes/${i}`, '---', '', `# ${title}`, '', `*${dateLine}*`, ''];
  paragraphs.forEach((p, k) => {
    const words = p.split(' ');
    if (words.length > 12) {
      words[3] = `**${words[3]}**`;
      words[7] = `*${words[7]}*`;
      words[10] = `[${words[10]}](https://example.org/${i}/${k})`;
    }
    const para = words.join(' ');
    if (k > 0 && k % 6 === 0) out.push(`## Section ${k / 6}`, '');
    if (k % 7 === 3) out.push(`> ${para}`, '');
    else if (k % 7 === 5) out.push(`- ${words.slice(0, 8).join(' ')}`, `- ${words.slice(8, 16).join(' ')}`, `- ${words.slice(16).join(' ')}`, '');
    else out.push(k === 1 ? `${para}[^1]` : para, '');
  });
  out.push('```', `const note = ${i};`, `console.log(note * ${Math.floor(next() * 100)});`, '```', '');
  out.push('| Field | Value |', '|---|---|', `| number | ${i} |`, `| \`code\` | ${Math.floor(next() * 1000)} |`, '');
  out.push(`[^1]: A footnote for note ${i}, see <https://example.net/${i}>.`, '');
  return out.join('\n');
}

async function importFolder(folder: string, name: string): Promise<{ seconds: number; files: number }> {
  const db = openLibrary(path.join(dir, `${name}.commonplace`));
  // As the CLI does: the bundled worker, one per core (at most 4).
  const parser = createWorkerParser({ script: worker });
  const start = performance.now();
  const report = await importSources(db, [{ kind: 'path', path: folder }], { parser });
  const seconds = (performance.now() - start) / 1000;
  await parser.close();
  closeLibrary(db);
  const files = new Set(report.imported.map((i) => i.file)).size + report.duplicates.length;
  if (report.refused.length) throw new Error(`${name}: ${report.refused.length} refused (${report.refused[0]?.reason ?? ''})`);
  return { seconds, files };
}

try {
  const mdDir = path.join(dir, 'md');
  const txtDir = path.join(dir, 'txt');
  mkdirSync(mdDir);
  mkdirSync(txtDir);
  const next = random(7);
  let mdBytes = 0;
  let txtBytes = 0;
  let i = 0;
  for (const article of syntheticArticles(FILES, 15)) {
    // About 12 KB each (the 500 files were 6 MB): two generated articles per note.
    const text = `${article.text}\n${[...syntheticArticles(1, 1000 + i)][0]!.text.split('\n').slice(4).join('\n')}`;
    const md = asMarkdown(text, i, next);
    const stem = article.name.replace(/\.txt$/, '');
    writeFileSync(path.join(mdDir, `${stem}.md`), md);
    writeFileSync(path.join(txtDir, `${stem}.txt`), text);
    mdBytes += Buffer.byteLength(md);
    txtBytes += Buffer.byteLength(text);
    i++;
  }
  console.log(`Markdown import: ${FILES} files, ${(mdBytes / 1e6).toFixed(1)} MB as .md, ${(txtBytes / 1e6).toFixed(1)} MB as .txt (Node ${process.version}, ${os.cpus().length} cores, up to ${defaultWorkerCount()} parse workers, load ${os.loadavg()[0]!.toFixed(1)})\n`);

  const md = await importFolder(mdDir, 'md');
  const mdRate = md.files / md.seconds;
  row('commonplace import, .md', `${mdRate.toFixed(0)} files/s (${md.seconds.toFixed(2)} s); goal ≥ 300 files/s: ${mdRate >= 300 ? 'met' : 'NOT met'}`);
  const txt = await importFolder(txtDir, 'txt');
  row('commonplace import, same text as .txt', `${(txt.files / txt.seconds).toFixed(0)} files/s (${txt.seconds.toFixed(2)} s)`);

  const joplin = process.env.JOPLIN;
  if (joplin) {
    const profile = path.join(dir, 'joplin-profile');
    const t0 = performance.now();
    const result = spawnSync(joplin, ['--profile', profile, 'import', mdDir, '--format', 'md'], { stdio: ['ignore', 'ignore', 'pipe'] });
    const seconds = (performance.now() - t0) / 1000;
    if (result.status !== 0) row('Joplin CLI import, .md', `failed (${result.status ?? result.error?.message}): ${result.stderr?.toString().trim().slice(0, 200) ?? ''}`);
    else {
      const rate = FILES / seconds;
      row('Joplin CLI import, .md', `${rate.toFixed(0)} files/s (${seconds.toFixed(2)} s, process start included)`);
      row('commonplace ÷ Joplin', `${(mdRate / rate).toFixed(1)}× (goal ≥ 3×)`);
    }
  } else {
    console.log('(Set JOPLIN=<path to the joplin command> to import the same files with Joplin beside.)');
  }
  console.log('\nFigures taken on a shared machine are indicative: compare runs taken side by side.');
} finally {
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
  else console.log(dir);
}
