/**
 * Builds the app from electron.config.ts. `node` bundles the Node-side entries (fast; also
 * run by `npm ci` through `prepare` so the CLI works right after install), `renderer` builds
 * the UI, `all` does both.
 */
import { build as esbuild, type Plugin } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { Worker } from 'node:worker_threads';
import { build as viteBuild } from 'vite';
import config from '../../electron.config';
import { PRESTARTED_WORKER_NAME } from '../../main/library/import/prestarted-worker';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Entries Node starts cold over and over (each `commonplace` command, the preview host, each
 * parse worker): bundled as `<name>.bundle.cjs`, started by a small `<name>.cjs` that compiles
 * the bundle with V8's code cache made here. Compiling a 3.6 MB bundle from source took most of
 * the CLI's start (~175 ms of `list`'s ~300 on a loaded 2-core machine; ~40 ms from the cache). A
 * cache from another Node or V8 (Electron's) is rejected by V8, which then compiles as usual.
 */
const CODE_CACHED = new Set(['cli', 'preview', 'parse-worker']);

/**
 * What the CLI's starter does before loading its bundle: an import's parse worker starts at once
 * (import/prestarted-worker.ts; the pool takes it), rather than after the CLI's 3 MB of code has
 * loaded, since the worker's own start is most of a one-file import. Any argument "import" will
 * do: a worker no one takes is unref'd and ends with the process.
 */
const PRESTART_PARSE_WORKER = `if (process.argv.slice(2).includes('import')) {
  const script = path.join(__dirname, 'parse-worker.cjs');
  const worker = new (require('node:worker_threads').Worker)(script);
  worker.unref();
  const prestarted = { script, worker, failed: false };
  const failed = () => { prestarted.failed = true; };
  worker.once('error', failed);
  worker.once('exit', failed);
  globalThis[Symbol.for(${JSON.stringify(PRESTARTED_WORKER_NAME)})] = prestarted;
}
`;

const starter = (bundle: string, prelude = '') => `#!/usr/bin/env node
'use strict';
// Starts ${bundle} from the V8 code cache made by build/scripts/build.ts (or compiles it if there is none or V8 refuses it).
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');
${prelude}const file = path.join(__dirname, ${JSON.stringify(bundle)});
let cachedData;
try {
  cachedData = readFileSync(file + '.v8cache');
} catch {}
const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8').replace(/^#!.*/, '')), { filename: file, cachedData });
const bundle = new Module(file, module);
bundle.filename = file;
// The build runs a few commands with this set (a list of bundles): the cache then holds the
// functions they compiled, not only the top level. A worker thread is stopped, not exited, so it
// writes after each message it has answered.
if ((process.env.COMMONPLACE_WRITE_CODE_CACHE || '').split(path.delimiter).includes(file)) {
  // Written aside and renamed, so a thread stopped mid-write leaves the last whole cache.
  const write = () => {
    const fs = require('node:fs');
    fs.writeFileSync(file + '.v8cache.tmp', script.createCachedData());
    fs.renameSync(file + '.v8cache.tmp', file + '.v8cache');
  };
  process.on('exit', write);
  require('node:worker_threads').parentPort?.on('message', () => setTimeout(write, 0));
}
script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(file), bundle, file, __dirname);
// What the bundle exports (the parse worker's bundle exports its parsers), for a require() of this starter.
module.exports = bundle.exports;
`;

/**
 * Every bundle but the parse worker's finds the parsers for a parse on its own thread in the
 * worker's bundle (import/inline-parsers.bundled.ts) rather than carrying its own copy: that copy
 * was half of the CLI's 3.1 MB, read and deserialized on every command, used only when a worker
 * could not start.
 */
const parsersFromWorkerBundle: Plugin = {
  name: 'parsers-from-worker-bundle',
  setup(build) {
    build.onResolve({ filter: /^\.\/inline-parsers$/ }, (args) => ({ path: path.join(args.resolveDir, 'inline-parsers.bundled.ts') }));
  },
};

async function buildNode(): Promise<void> {
  const entries = Object.entries(config.node.entries)
    .filter(([, file]) => existsSync(path.join(root, file)))
    .map(([name, file]) => [CODE_CACHED.has(name) ? `${name}.bundle` : name, file]);
  const outDir = path.join(root, config.outDir, 'main');
  await esbuild({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(entries),
    outdir: path.join(config.outDir, 'main'),
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: config.node.target,
    external: [...config.node.external],
    sourcemap: true,
    // Whitespace and syntax only (names stay, for stack traces and `.name`): each cold start
    // reads, hashes and lazily parses the bundle's source, so its size is paid on every command.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
    // Code that must run both as ESM (tests, tsx) and in this CommonJS bundle reads
    // `import.meta.url` only where `__filename` is missing, so its emptiness here is expected.
    logOverride: { 'empty-import-meta': 'silent' },
    banner: { js: '#!/usr/bin/env node' },
    plugins: [parsersFromWorkerBundle],
  });
  for (const name of CODE_CACHED) {
    const bundle = path.join(outDir, `${name}.bundle.cjs`);
    if (!existsSync(bundle)) continue;
    // The same wrapped source the starter compiles, or V8 rejects the cache.
    const script = new vm.Script(Module.wrap(readFileSync(bundle, 'utf8').replace(/^#!.*/, '')), { filename: bundle });
    writeFileSync(`${bundle}.v8cache`, script.createCachedData());
    writeFileSync(path.join(outDir, `${name}.cjs`), starter(`${name}.bundle.cjs`, name === 'cli' ? PRESTART_PARSE_WORKER : ''), { mode: 0o755 });
  }
  warmCliCache(outDir);
  await warmParseWorkerCache(outDir);
}

/**
 * Remakes the CLI's code cache after running what people run most (an import, then `list`) on a
 * throwaway library: a cache made right after compiling holds only the top level, so every
 * command still compiled each function it called, lazily, on every start.
 */
/** What the cache warm-ups import and parse: a short article with a paragraph of prose. */
const WARM_ARTICLE = 'A short article\n\nIt holds a paragraph of prose, so that the importer has something to clean and store.\n';

/**
 * The same for the parse worker: a worker started with the cache asked for parses a text file and
 * a Markdown note (it writes its cache after each message it answered), then one more, whose
 * answer means the writes for the first two have been made.
 */
async function warmParseWorkerCache(outDir: string): Promise<void> {
  const script = path.join(outDir, 'parse-worker.cjs');
  if (!existsSync(script)) return;
  const worker = new Worker(script, { env: { ...process.env, COMMONPLACE_WRITE_CODE_CACHE: path.join(outDir, 'parse-worker.bundle.cjs') } });
  // A worker that fails or ends without answering (a broken bundle) fails the build, never hangs it.
  const stopped = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The built parse worker stopped (exit ${code}) before answering.`)));
  });
  stopped.catch(() => {});
  const answer = (id: number) =>
    new Promise<void>((resolve) => {
      worker.on('message', function onReply(reply: { id: number; alive?: true }) {
        if (reply.id !== id || reply.alive) return;
        worker.off('message', onReply);
        resolve();
      });
    });
  try {
    const files: [string, string][] = [
      ['article.txt', WARM_ARTICLE],
      ['note.md', '---\ntags: [warm]\n---\n# A short note\n\nWith *emphasis*, a [link](https://example.com) and a list:\n\n- one\n- two\n'],
      ['last.txt', 'Last\n\nOne more paragraph.\n'],
    ];
    for (const [i, [name, text]] of files.entries()) {
      const answered = answer(i + 1);
      worker.postMessage({ id: i + 1, name, bytes: new TextEncoder().encode(text) });
      await Promise.race([answered, stopped]);
    }
  } finally {
    await worker.terminate();
  }
}

function warmCliCache(outDir: string): void {
  const cli = path.join(outDir, 'cli.cjs');
  if (!existsSync(cli)) return;
  const temp = mkdtempSync(path.join(os.tmpdir(), 'commonplace-warm-'));
  try {
    const library = path.join(temp, 'warm.commonplace');
    const article = path.join(temp, 'article.txt');
    writeFileSync(article, WARM_ARTICLE);
    const env = { ...process.env, COMMONPLACE_WRITE_CODE_CACHE: path.join(outDir, 'cli.bundle.cjs') };
    for (const args of [['import', '--create', '--library', library, article], ['list', '--library', library]]) {
      spawnSync(process.execPath, [cli, ...args], { env, stdio: 'ignore' });
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

async function buildRenderer(): Promise<void> {
  await viteBuild({ ...config.renderer, root: path.join(root, 'renderer'), configFile: false });
}

const what = process.argv[2] ?? 'all';
if (what !== 'node' && what !== 'renderer' && what !== 'all') {
  console.error(`Unknown build target "${what}": use node, renderer or all.`);
  process.exit(2);
}
if (what === 'node' || what === 'all') await buildNode();
if (what === 'renderer' || what === 'all') await buildRenderer();
