/**
 * `npm start` in development: Electron needs better-sqlite3 compiled for its own ABI, while the
 * tests need it for Node's. Rather than rebuilding node_modules in place (which would break
 * `npm test`), this builds a second copy into .cache/electron-native/, once per Electron
 * version; the Electron host loads it through better-sqlite3's `nativeBinding` option.
 * Packaged apps don't need this: electron-builder rebuilds native modules for Electron.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const electronVersion = (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
const target = path.join(root, '.cache', 'electron-native', `better_sqlite3-electron-${electronVersion}.node`);

if (existsSync(target)) process.exit(0);

console.log(`Building better-sqlite3 for Electron ${electronVersion} (once; about a minute)…`);
const source = path.dirname(require.resolve('better-sqlite3/package.json'));
const work = path.join(os.tmpdir(), `commonplace-electron-native-${process.pid}`);
rmSync(work, { recursive: true, force: true });
cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });

const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: work, stdio: 'inherit' });
try {
  // A prebuilt binary for Electron when one exists; otherwise compile against Electron's headers.
  run(process.execPath, [require.resolve('prebuild-install/bin.js', { paths: [source] }), '--runtime', 'electron', '--target', electronVersion]);
} catch {
  const npmCli = process.env.npm_execpath;
  const nodeGyp = npmCli ? path.join(path.dirname(npmCli), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js') : 'node-gyp';
  run(process.execPath, [nodeGyp, 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers']);
}
mkdirSync(path.dirname(target), { recursive: true });
copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), target);
rmSync(work, { recursive: true, force: true });
console.log(`Built ${path.relative(root, target)}`);
