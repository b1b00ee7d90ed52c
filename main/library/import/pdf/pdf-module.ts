/**
 * pdf.js, loaded on the first PDF only (as jsdom is on the first web page, html/page-modules.ts):
 * it is an ES module of about 2 MB with its worker, so neither the app, the CLI nor a parse
 * worker loads or compiles it at start. It is an esbuild external. In the CommonJS bundles it is
 * `require`d (Node 20.19+ and Electron's Node load an ES module so, without a warning from
 * node_modules): their code runs from a V8 code cache through `vm.Script`, where `import()` has
 * no loader. Under ESM (tests, tsx) it is imported by its resolved path. No canvas and no font loading: only the text layer is read. Its own "worker" runs on
 * the calling thread (our parse worker is already off the UI's thread): the worker module is
 * handed over as `globalThis.pdfjsWorker`, which pdf.js uses instead of starting one.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfJsModule = typeof PdfJs;

const requireAtRunTime = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);

let loading: Promise<PdfJsModule> | null = null;

async function importByPath<T>(specifier: string): Promise<T> {
  if (typeof __filename === 'string') return requireAtRunTime(specifier) as T;
  const url = pathToFileURL(requireAtRunTime.resolve(specifier)).href;
  return (await import(/* @vite-ignore */ url)) as T;
}

export function loadPdfJs(): Promise<PdfJsModule> {
  loading ??= (async () => {
    const worker = await importByPath<unknown>('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return importByPath<PdfJsModule>('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}
