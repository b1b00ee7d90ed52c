/**
 * Builds the app from electron.config.ts. `node` bundles the Node-side entries (fast; also
 * run by `npm ci` through `prepare` so the CLI works right after install), `renderer` builds
 * the UI, `all` does both.
 */
import { build as esbuild } from 'esbuild';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build as viteBuild } from 'vite';
import config from '../../electron.config';

const root = path.resolve(import.meta.dirname, '../..');

async function buildNode(): Promise<void> {
  const entries = Object.entries(config.node.entries).filter(([, file]) => existsSync(path.join(root, file)));
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
    logLevel: 'warning',
    // Code that must run both as ESM (tests, tsx) and in this CommonJS bundle reads
    // `import.meta.url` only where `__filename` is missing, so its emptiness here is expected.
    logOverride: { 'empty-import-meta': 'silent' },
    banner: { js: '#!/usr/bin/env node' },
  });
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
