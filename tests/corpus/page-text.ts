/**
 * The text a person gets from a web page by "select all, copy" in a browser with JavaScript
 * off: an imitation of Chromium's `document.body.innerText`, the way the extraction corpus's
 * txt/ versions were made (../shared/fixtures/extraction/README.md), so that text versions of
 * other pages (the Readability test pages) can be made the same way without a browser.
 *
 * Without a layout engine only the user agent stylesheet and inline styles are known: block
 * elements start and end lines, `<br>` breaks them, table cells are separated by tabs, runs
 * of spaces collapse (except in `<pre>`/`<textarea>`-like content), elements a browser never
 * shows (script, style, template, head, `hidden`, `display: none` in a style attribute,
 * closed `<details>` content) are skipped, and `<noscript>` content is shown, as with
 * JavaScript off. Rules in the page's `<style>` sheets (which a browser would apply) are not:
 * the text may hold a little more than Chromium's. Each line is trimmed and empty lines are
 * dropped, as in txt/.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Never shown (the user agent stylesheet hides them, or they hold no text). */
const NOT_RENDERED = new Set([
  'head', 'title', 'script', 'style', 'template', 'link', 'meta', 'base', 'basefont', 'param', 'source', 'track',
  'area', 'datalist', 'rp', 'noembed', 'noframes', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'canvas', 'video', 'audio', 'img', 'picture', 'input', 'textarea', 'select', 'dialog',
]);

/** `display: block` (or list-item, table-row…) in the user agent stylesheet: a line of its own. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'search',
  'section', 'summary', 'ul', 'xmp', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'optgroup', 'option',
]);

const PREFORMATTED = new Set(['pre', 'listing', 'plaintext', 'xmp']);
const CELL = new Set(['td', 'th']);

type Step = Node | 'break' | 'pre-end';

function hiddenByStyle(el: Element): boolean {
  const style = el.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i.test(style);
}

function isFirstCellOfRow(cell: Element): boolean {
  for (let sibling = cell.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (CELL.has(sibling.localName)) return false;
  }
  return true;
}

/** Text of `html` as innerText of its body would give it, each line trimmed, no empty lines. */
export function pageText(html: string): string {
  const dom = new JSDOM('', { virtualConsole: new VirtualConsole() });
  try {
    // DOMParser: scripting disabled, so <noscript> is parsed as markup and shown, and no CSSOM is built.
    const document = new dom.window.DOMParser().parseFromString(html, 'text/html');
    return textOf(document.body ?? document.documentElement);
  } finally {
    dom.window.close();
  }
}

function textOf(root: Element | null): string {
  if (!root) return '';
  let out = '';
  let preDepth = 0;
  const stack: Step[] = [root];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    if (step === 'break') {
      out += '\n';
      continue;
    }
    if (step === 'pre-end') {
      preDepth--;
      continue;
    }
    if (step.nodeType === TEXT_NODE) {
      const text = step.nodeValue ?? '';
      out += preDepth > 0 ? text : text.replace(/[ \t\n\r\f]+/g, ' ');
      continue;
    }
    if (step.nodeType !== ELEMENT_NODE) continue;
    const el = step as Element;
    const tag = el.localName;
    if (NOT_RENDERED.has(tag) || el.hasAttribute('hidden') || hiddenByStyle(el)) continue;
    if (tag === 'br') {
      out += '\n';
      continue;
    }
    // A closed <details> shows only its <summary>.
    const children = [...el.childNodes].filter(
      (child) => !(tag === 'details' && !el.hasAttribute('open') && !(child.nodeType === ELEMENT_NODE && (child as Element).localName === 'summary')),
    );
    const block = BLOCK.has(tag);
    if (CELL.has(tag) && !isFirstCellOfRow(el)) out += '\t';
    if (block) {
      out += '\n';
      stack.push('break');
    }
    if (PREFORMATTED.has(tag)) {
      preDepth++;
      stack.push('pre-end');
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  return out
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
