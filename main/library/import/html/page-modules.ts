/**
 * The modules only a web page needs: jsdom, Readability and Defuddle. They are required at run
 * time on the first web page (never imported as values, and kept out of the bundles, see
 * electron.config.ts), so the app, the CLI and a parse worker start without loading or even
 * compiling them: jsdom alone takes about half a second to load. `__filename` in the CommonJS
 * bundle, `import.meta.url` under ESM (tests, tsx).
 */
import { createRequire } from 'node:module';
import type * as Jsdom from 'jsdom';
import type * as MozillaReadability from '@mozilla/readability';
import type DefuddleClass from 'defuddle';
import { installParseLimits, type Parse5Module } from './parse-limits';

const requireAtRunTime = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);

let jsdom: typeof Jsdom | null = null;
let readability: typeof MozillaReadability | null = null;
let defuddle: typeof DefuddleClass | null = null;

export function loadJsdom(): typeof Jsdom {
  if (!jsdom) {
    jsdom = requireAtRunTime('jsdom') as typeof Jsdom;
    // The parse5 jsdom itself requires (it may keep its own copy), so the limits hold its parser.
    const fromJsdom = createRequire(requireAtRunTime.resolve('jsdom'));
    installParseLimits(fromJsdom('parse5') as Parse5Module);
  }
  return jsdom;
}

export function loadReadability(): typeof MozillaReadability.Readability {
  readability ??= requireAtRunTime('@mozilla/readability') as typeof MozillaReadability;
  return readability.Readability;
}

export function loadDefuddle(): typeof DefuddleClass {
  // Its CommonJS build exports the class itself.
  defuddle ??= requireAtRunTime('defuddle') as typeof DefuddleClass;
  return defuddle;
}
