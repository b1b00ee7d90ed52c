/**
 * Build configuration, electron-vite style: the Node-side entries (bundled by esbuild into
 * CommonJS, which Electron's sandboxed preload requires) and the renderer (built by Vite).
 * `build/scripts/build.ts` reads this; nothing else does.
 */
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

/** Overridable so parallel work (two checkouts' builds, a bench beside the tests) can keep apart. */
export const outDir = process.env.COMMONPLACE_OUT ?? 'out';

export const node = {
  entries: {
    /** The Electron main process. */
    electron: 'main/hosts/electron.ts',
    /** The sandboxed bridge between the renderer and the main process. */
    preload: 'main/preload.ts',
    /** The `commonplace` command. */
    cli: 'main/cli/index.ts',
    /** `npm run preview`: the UI served to a browser, also used by the e2e tests. */
    preview: 'main/hosts/preview.ts',
    /** Parses imported files off the main thread (main/library/import/parser.ts). */
    'parse-worker': 'main/library/import/parse-worker.ts',
  },
  /**
   * Native or runtime-provided modules that must not be bundled. jsdom, Readability and Defuddle
   * are required at run time on the first web page only (import/html/page-modules.ts); pdf.js
   * (an ES module) is imported at run time on the first PDF only (import/pdf/pdf-module.ts).
   */
  external: ['electron', 'better-sqlite3', 'jsdom', '@mozilla/readability', 'defuddle', 'pdfjs-dist'],
  target: 'node20',
} as const;

export const renderer: UserConfig = {
  root: 'renderer',
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: `../${outDir}/renderer`,
    emptyOutDir: true,
    sourcemap: true,
    // One small app: keep it to a few files so the CSP stays simple.
    chunkSizeWarningLimit: 2000,
  },
};

export default { outDir, node, renderer };
