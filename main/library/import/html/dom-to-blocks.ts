/**
 * Turns a DOM subtree (Readability's article, or a page body) into blocks. Only text nodes
 * are ever read, and only outside NEVER_TEXT elements, so markup, attributes and event
 * handlers cannot reach the output; links keep nothing but a sanitised href.
 */
import type { Block } from '../../article';
import { BlockBuilder, type BlockShape } from './block-builder';
import { BLOCK_BOUNDARY, NEVER_TEXT, STYLE_MARK, headingLevel } from './element-kinds';
import { safeLinkHref } from './sanitise-url';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Work left to do: a node to visit, or what to do on leaving an element already entered. */
type Step = Node | (() => void);

export interface ConvertOptions {
  /** Base for relative hrefs; without one, relative links lose their mark (the text stays). */
  baseUrl?: string;
  /**
   * Read `<noscript>` content as text. Off by default: with scripts on (as the page was seen)
   * it is hidden, and it mostly says "enable JavaScript". Only the last fallback reads it.
   */
  readNoscript?: boolean;
}

export function blocksFromDom(root: Node, options: ConvertOptions = {}): Block[] {
  const builder = new BlockBuilder();
  // An explicit stack rather than recursion: hostile or generated pages can nest deeper
  // than the call stack allows.
  const stack: Step[] = [];
  pushChildren(stack, root);
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    if (typeof step === 'function') step();
    else visit(step, builder, stack, options);
  }
  return builder.finish();
}

function visit(node: Node, builder: BlockBuilder, stack: Step[], options: ConvertOptions): void {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
    builder.appendText(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return; // comments, processing instructions
  const el = node as Element;
  const tag = el.localName;
  if (NEVER_TEXT.has(tag) && !(tag === 'noscript' && options.readNoscript === true)) return;
  if (tag === 'br') {
    builder.lineBreak();
    return;
  }
  const exits: (() => void)[] = [];
  const shape = builder.preformatted ? undefined : blockShape(tag);
  if (shape) {
    builder.beginShape(shape);
    exits.push(() => builder.endShape());
  } else if (!builder.preformatted && BLOCK_BOUNDARY.has(tag)) {
    builder.boundary();
    exits.push(() => builder.boundary());
  }
  const mark = inlineMark(el, builder.preformatted, options);
  if (mark) {
    builder.openMark(mark.kind, mark.href);
    exits.push(() => builder.closeMark());
  }
  // Pushed in order, popped in reverse: the mark closes before its block ends.
  for (const exit of exits) stack.push(exit);
  pushChildren(stack, el);
}

/** The shape an element imposes on the text inside it, if it changes the kind of block. */
function blockShape(tag: string): BlockShape | undefined {
  const level = headingLevel(tag);
  if (level !== undefined) return { kind: 'heading', level };
  switch (tag) {
    case 'pre':
      return { kind: 'preformatted' };
    case 'blockquote':
      return { kind: 'quote' };
    case 'li':
      return { kind: 'list-item' };
    default:
      return undefined;
  }
}

function inlineMark(
  el: Element,
  preformatted: boolean,
  options: ConvertOptions,
): { kind: 'emphasis' | 'strong' | 'code' | 'link'; href?: string } | undefined {
  if (el.localName === 'a') {
    const href = safeLinkHref(el.getAttribute('href'), options.baseUrl);
    return href === undefined ? undefined : { kind: 'link', href };
  }
  const kind = STYLE_MARK.get(el.localName);
  // Inside <pre> everything is already code; a code mark would only repeat that.
  if (kind === undefined || (preformatted && kind === 'code')) return undefined;
  return { kind };
}

function pushChildren(stack: Step[], parent: Node): void {
  for (let child = parent.lastChild; child !== null; child = child.previousSibling) stack.push(child);
}
