/**
 * "Copy highlights as Markdown" in the reader: the article's file exactly as a folder export
 * writes it (frontmatter, then each highlight with its block id, colour, tags and comment),
 * put on the clipboard, with a message either way.
 */
import { api, toApiError } from '../api';
import { plural } from '../format';

export async function copyHighlightsMarkdown(articleId: number, notify: (message: string) => void): Promise<void> {
  let found;
  try {
    found = await api.call('export.article', { id: articleId });
  } catch (error) {
    notify(`Couldn’t copy the highlights: ${toApiError(error).message}`);
    return;
  }
  if (found.highlights === 0) {
    notify('This article has no highlights yet: select a passage and choose a colour to make one.');
    return;
  }
  try {
    await navigator.clipboard.writeText(found.markdown);
    notify(`${plural(found.highlights, 'highlight')} copied as Markdown`);
  } catch {
    notify('Couldn’t copy: the system clipboard refused. Try again, or use Export to Markdown instead.');
  }
}
