/**
 * How the block converter treats each HTML element, by local name. Anything not listed is
 * inline: its text flows into the surrounding block, so unknown or custom elements
 * (`<mjx-container>`, `<font>`) never lose their text.
 */
import type { Mark } from '../../article';

/**
 * Elements whose content is never prose: code, styling, embedded documents and form
 * controls. Their text must never reach a block, whatever the page does with them.
 */
export const NEVER_TEXT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'noframes',
  'object',
  'embed',
  'applet',
  'template',
  'svg',
  'canvas',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'button',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
]);

/** Elements that start and end a block of their own (their text never merges with a neighbour's). */
export const BLOCK_BOUNDARY: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

export function headingLevel(tag: string): number | undefined {
  const m = /^h([1-6])$/.exec(tag);
  return m ? Number(m[1]) : undefined;
}

/** Inline elements that carry a style mark; links are handled separately (they need an href). */
export const STYLE_MARK: ReadonlyMap<string, Exclude<Mark['kind'], 'link'>> = new Map([
  ['em', 'emphasis'],
  ['i', 'emphasis'],
  ['strong', 'strong'],
  ['b', 'strong'],
  ['code', 'code'],
  ['kbd', 'code'],
  ['samp', 'code'],
  ['tt', 'code'],
]);
