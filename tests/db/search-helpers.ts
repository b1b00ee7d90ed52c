/** A small library for the search tests: the fixture articles imported for real, plus highlights, tags and notes made through the app's calls. */
import { getDocument } from '../../db/repos/documents';
import { importSources } from '../../main/library/importer';
import type { Db } from '../../db/open';
import { fixtureArticle } from '../unit/fixtures';
import { doc, p, text } from '../unit/note-fixtures';
import { apiFor, insertArticle, paragraph, rangeOf, type Api } from './annotations-helpers';

export interface SearchLibrary {
  api: Api;
  dawn: number;
  venezuela: number;
  zabih: number;
  zabihText: string;
  yellow: number;
  pink: number;
  note: number;
}

export async function searchLibrary(db: Db): Promise<SearchLibrary> {
  const api = apiFor(db);
  const report = await importSources(db, ['000_5772afeb88b3367e.txt', '004_8af5de537ef99085.txt'].map((f) => ({ kind: 'path' as const, path: fixtureArticle(f) })));
  if (report.refused.length > 0) throw new Error(JSON.stringify(report.refused));
  // 000_… holds five articles (imported as five): the Venezuela one is the first.
  const venezuela = report.imported[0]!.id;
  const dawn = report.imported.find((i) => i.file.endsWith('004_8af5de537ef99085.txt'))!.id;
  const zabih = insertArticle(db, [paragraph('Spokesman Zabīḥullāh Mujāhid said the talks in Doha had ended.'), paragraph('Nothing else was agreed.')], {
    title: 'Statement from Kabul',
  });
  await api.call('tags.addToDocument', { documentId: dawn, name: 'region/pakistan' });
  await api.call('tags.addToDocument', { documentId: zabih.id, name: 'region/afghanistan' });
  const dawnText = getDocument(db, dawn)!.plainText;
  const yellow = await api.call('highlights.create', { documentId: dawn, ...rangeOf(dawnText, 'the situation remains extremely volatile'), color: 'yellow' });
  const pink = await api.call('highlights.create', { documentId: zabih.id, ...rangeOf(zabih.text, 'talks in Doha'), color: 'pink', comment: 'Which round of talks?' });
  await api.call('tags.addToHighlight', { highlightId: pink.id, name: 'negotiations' });
  const note = await api.call('notes.create', { title: 'Doha process', content: doc(p(text('The Doha talks and the border war. #region/afghanistan'))) });
  return { api, dawn, venezuela, zabih: zabih.id, zabihText: zabih.text, yellow: yellow.id, pink: pink.id, note: note.id };
}

/** `kind:id` of every hit, in order. */
export async function found(api: Api, query: string, types?: ('article' | 'highlight' | 'note')[]): Promise<string[]> {
  const r = await api.call('search.query', { query, ...(types ? { types } : {}) });
  return r.hits.map((h) => `${h.kind}:${h.id}`);
}
