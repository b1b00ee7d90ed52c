/**
 * The second opinion when Readability finds nothing or too little: Defuddle (the extractor
 * behind Obsidian's Web Clipper) scores content differently (it keeps pages built of many
 * short blocks, lists and tables that Readability's paragraph scoring drops).
 *
 * Only its synchronous `parse()` is used. Defuddle's site extractors that call web APIs
 * (YouTube transcripts, X posts, Reddit comments) run only from `parseAsync()`; `useAsync:
 * false` and a `fetch` that refuses make sure nothing is ever requested even if that changes.
 * Defuddle returns HTML, which is parsed into an inert `<template>` of the page's own
 * (scriptless, stylesheet-less) document and converted like any article DOM.
 */
import type Defuddle from 'defuddle';
import type { Block } from '../../article';
import { blocksFromDom } from './dom-to-blocks';
import type { ReadabilityMetadata } from './extract-article-types';
import { loadDefuddle } from './page-modules';

const refuseToFetch: typeof fetch = () => Promise.reject(new Error('Commonplace never fetches while importing.'));

export interface DefuddledArticle {
  blocks: Block[];
  metadata: ReadabilityMetadata;
}

/** Defuddle's article from `document` (which it rearranges), or undefined when it fails. */
export function defuddleArticle(document: Document, baseUrl: string | undefined): DefuddledArticle | undefined {
  let result: ReturnType<Defuddle['parse']>;
  try {
    const DefuddleClass = loadDefuddle();
    result = new DefuddleClass(document, { useAsync: false, fetch: refuseToFetch, url: baseUrl, removeImages: true }).parse();
  } catch {
    // A Defuddle bug on a strange page must cost the user the fallback, not the file.
    return undefined;
  }
  const template = document.createElement('template');
  template.innerHTML = result.content;
  const blocks = blocksFromDom(template.content, { baseUrl });
  return {
    blocks,
    metadata: {
      title: result.title || null,
      byline: result.author || null,
      siteName: result.site || null,
      publishedTime: result.published || null,
      excerpt: result.description || null,
    },
  };
}
