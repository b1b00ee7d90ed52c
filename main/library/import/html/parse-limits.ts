/**
 * Holds jsdom's HTML parser (parse5) to the page limits (../limits.ts) while it builds the tree,
 * so a hostile page is refused at the element that passes a limit instead of after minutes of
 * work. parse5 tells its parser about every element it opens (`onItemPush`, with the stack of
 * open elements in hand), appends void elements (`_appendElement`) and inserts each run of text
 * (`_insertCharacters`); all three are wrapped once, on the parser class jsdom itself loads.
 * Outside `withHtmlBudget` (no import running) they behave as before. Wrapping the parser rather than parsing twice (once to count, once for jsdom) keeps
 * the count exact and costs nothing: a second parse added about a fifth to every page's import.
 *
 * These are parse5's internal hooks; should a new parse5 rename them, `installParseLimits`
 * says so and the 30-second parse limit still applies (tests/db/hostile-corpus.test.ts, which
 * expects the deep pages to be refused by their limit, would fail first).
 */
import type { HtmlBudget } from '../limits';

interface Parse5Attr {
  name: string;
}
interface Parse5ParserInternals {
  openElements: { stackTop: number; currentTagId: number };
  treeAdapter: { getAttrList(element: unknown): Parse5Attr[] };
  onItemPush(node: unknown, tagId: number, isTop: boolean): void;
  _appendElement(token: { tagName: string; attrs: Parse5Attr[] }, namespaceURI: string): void;
  _insertCharacters(token: { chars: string }): void;
}
export interface Parse5Module {
  Parser: { prototype: Parse5ParserInternals };
  html: { TAG_ID: { A: number; SCRIPT: number; STYLE: number } };
}

let current: HtmlBudget | null = null;
let installed = false;

const hasHref = (attrs: readonly Parse5Attr[]): boolean => attrs.some((a) => a.name === 'href');

export function installParseLimits(parse5: Parse5Module): void {
  if (installed) return;
  installed = true;
  const proto = parse5.Parser?.prototype;
  const onItemPush = proto?.onItemPush;
  const appendElement = proto?._appendElement;
  const insertCharacters = proto?._insertCharacters;
  const linkId = parse5.html?.TAG_ID?.A;
  const unread = new Set([parse5.html?.TAG_ID?.SCRIPT, parse5.html?.TAG_ID?.STYLE]);
  if (typeof onItemPush !== 'function' || typeof appendElement !== 'function' || typeof insertCharacters !== 'function' || typeof linkId !== 'number') {
    console.error('[commonplace] this parse5 has no onItemPush/_appendElement/_insertCharacters: web pages are held to the time limit only');
    return;
  }
  proto.onItemPush = function (this: Parse5ParserInternals, node, tagId, isTop) {
    // The element just pushed is at stackTop (0 for <html>).
    if (current) current.opened(this.openElements.stackTop + 1, tagId === linkId && hasHref(this.treeAdapter.getAttrList(node)));
    onItemPush.call(this, node, tagId, isTop);
  };
  proto._appendElement = function (this: Parse5ParserInternals, token, namespaceURI) {
    // A void element (<br>, <img>…): a child of the current element, never opened.
    if (current) current.opened(this.openElements.stackTop + 2, token.tagName === 'a' && hasHref(token.attrs));
    appendElement.call(this, token, namespaceURI);
  };
  proto._insertCharacters = function (this: Parse5ParserInternals, token) {
    // Text goes into the current element, inside stackTop + 1 elements (a table's misplaced
    // text is moved out to a shallower parent: counting it here errs on the high side). Scripts
    // and styles are removed before Readability reads any text, and a saved page may carry
    // megabytes of them, so they are not counted.
    if (current && !unread.has(this.openElements.currentTagId)) current.text(this.openElements.stackTop + 1, token.chars.length);
    insertCharacters.call(this, token);
  };
}

/** Runs `parse` (synchronous) with every element it builds counted against `budget`. */
export function withHtmlBudget<T>(budget: HtmlBudget, parse: () => T): T {
  const previous = current;
  current = budget;
  try {
    return parse();
  } finally {
    current = previous;
  }
}
