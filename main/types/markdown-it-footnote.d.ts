// markdown-it-footnote ships no types (@types/markdown-it-footnote is typed against markdown-it 14's @types); this is its one export.
declare module 'markdown-it-footnote' {
  import type { MarkdownIt } from 'markdown-it';
  /** The plugin: `md.use(footnote)` adds `[^label]` references and `[^label]: …` definitions. */
  export default function footnote(md: MarkdownIt): void;
}
