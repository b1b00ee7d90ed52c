/**
 * Inline `style` attributes taken out of a page's source, for the rare page whose inline CSS
 * jsdom cannot parse (its parser recurses, and a value nested thousands deep overflows the
 * stack). Only used to parse such a page again, never on the first try.
 *
 * Readability reads inline styles only to skip hidden blocks (`display: none`, `visibility:
 * hidden`), so a style that hides its element becomes the `hidden` attribute, which
 * Readability also honours; every other style is dropped. The rewrite works on the source
 * text and only touches `style=` inside what looks like a start tag (`<name … style=…`), so
 * text and other attributes keep their content.
 */
const STYLE_IN_START_TAG = /(<[a-zA-Z][^<>]*?\s)style\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)/g;
const HIDES = /(?:^|[;\s"'])(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

export function withoutInlineStyles(html: string): string {
  return html.replace(STYLE_IN_START_TAG, (_match, before: string, value: string) => (HIDES.test(value) ? `${before}hidden` : before));
}
