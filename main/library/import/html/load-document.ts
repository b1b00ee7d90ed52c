/**
 * Parses untrusted HTML into an inert jsdom document.
 *
 * The page is parsed with the window's DOMParser rather than as the window's own document.
 * A DOMParser document has no browsing context, and jsdom only builds a CSSOM for `<style>`
 * (and `<link rel=stylesheet>`) in a document that has one. Nothing is ever rendered, so the
 * stylesheets are dead weight at best; at worst jsdom's CSS parser throws on a stylesheet it
 * cannot read (a page was refused with an internal error for that) or takes seconds (one page
 * of the extraction corpus spent 19 s there). Inline `style` attributes are still parsed:
 * Readability reads `style.display` and `style.visibility` to skip hidden blocks. jsdom
 * parses them as each attribute is set and its CSS parser recurses, so one absurdly nested
 * value (`calc((((…`) overflows the stack; the page is then parsed again with its inline
 * styles reduced to what Readability needs (inline-styles.ts).
 *
 * A DOMParser document is also a document with scripting disabled, so `<noscript>` content is
 * parsed as markup, as in a browser with JavaScript off (the importer never reads it as text;
 * Readability removes it).
 *
 * `runScripts` and `resources` are left out on purpose: jsdom's defaults then run no script or
 * handler and load no subresource (stylesheets, images, frames). Setting either would let an
 * imported page execute or phone home; tests/unit/html-hostile.test.ts fails if that happens.
 */
import type { DOMWindow, JSDOM } from 'jsdom';
import { HtmlBudget, refuse } from '../limits';
import { withoutInlineStyles } from './inline-styles';
import { withHtmlBudget } from './parse-limits';
import { loadJsdom } from './page-modules';
import { safePageUrl } from './sanitise-url';

export interface LoadedDocument {
  document: Document;
  /** Absolute http(s) base for relative links (the page URL, or the page's own `<base>`), if any. */
  baseUrl: string | undefined;
  /** Releases the jsdom window behind the document; the document must not be used after. */
  close: () => void;
}

export function loadDocument(html: string, pageUrl: string | undefined): LoadedDocument {
  const dom = blankWindow(pageUrl);
  let document: Document;
  try {
    document = parseInWindow(dom.window, html);
  } catch (error) {
    dom.window.close();
    throw error;
  }
  return { document, baseUrl: safePageUrl(document.baseURI), close: () => dom.window.close() };
}

/**
 * A jsdom window that only lends its DOMParser and its URL (the parsed document's URL, hence the
 * base for relative links when the page has no <base>). Close it when done: a jsdom window is
 * not reclaimed until closed.
 */
export function blankWindow(pageUrl?: string): JSDOM {
  const { JSDOM, VirtualConsole } = loadJsdom();
  // A bare VirtualConsole has no listeners: parse errors and the like go nowhere instead of
  // onto the app's console.
  const virtualConsole = new VirtualConsole();
  return new JSDOM('', { url: pageUrl, contentType: 'text/html', virtualConsole });
}

/**
 * `html` parsed by the window's DOMParser into an inert document, each parse counting its
 * elements afresh against the page limits (limits.ts): one past a limit stops it. An EPUB's
 * chapters share one window this way.
 */
export function parseInWindow(window: DOMWindow, html: string): Document {
  const parse = (source: string) => withHtmlBudget(new HtmlBudget(), () => new window.DOMParser().parseFromString(source, 'text/html'));
  try {
    return parseOrRetry(parse, html);
  } catch (error) {
    // jsdom builds the tree recursively; the depth limit should stop a page long before the
    // stack runs out, but should it not (parse5 changed), the refusal says the same.
    if (error instanceof RangeError) throw refuse.depth();
    throw error;
  }
}

/** A stack overflow may come from an inline style rather than the markup: try without them. */
function parseOrRetry(parse: (source: string) => Document, html: string): Document {
  try {
    return parse(html);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const simpler = withoutInlineStyles(html);
    if (simpler === html) throw error;
    return parse(simpler);
  }
}
