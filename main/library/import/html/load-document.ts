/**
 * Parses untrusted HTML into an inert jsdom document. `runScripts` and `resources` are left
 * out on purpose: jsdom's defaults then run no script or handler and load no subresource
 * (stylesheets, images, frames). Setting either would let an imported page execute or phone
 * home; tests/unit/html-hostile.test.ts fails if that happens.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { ImportRefusal } from '../../errors';
import { safePageUrl } from './sanitise-url';

export interface LoadedDocument {
  document: Document;
  /** Absolute http(s) base for relative links (the page URL, or the page's own `<base>`), if any. */
  baseUrl: string | undefined;
}

export function loadDocument(html: string, pageUrl: string | undefined): LoadedDocument {
  // A bare VirtualConsole has no listeners: CSS parse errors and the like go nowhere
  // instead of onto the app's console.
  const virtualConsole = new VirtualConsole();
  let dom: JSDOM;
  try {
    dom = new JSDOM(html, {
      url: pageUrl,
      contentType: 'text/html',
      virtualConsole,
    });
  } catch (error) {
    // jsdom builds the tree recursively; tens of thousands of unclosed tags exhaust the stack.
    if (error instanceof RangeError) {
      throw new ImportRefusal('This page is nested too deeply to be read; it is probably damaged or machine-generated.');
    }
    throw error;
  }
  const document = dom.window.document;
  return { document, baseUrl: safePageUrl(document.baseURI) };
}
