/**
 * The ordered registry of migrations. Each is a SQL string in its own module (rather than a
 * .sql file) so the same import works in the bundled app, the CLI, tests and benchmarks
 * without a loader. Append only: never edit a migration that has shipped.
 */
import documents from './0001-documents';
import tags from './0002-tags';
import highlights from './0003-highlights';
import notes from './0004-notes';
import listIndexes from './0005-list-indexes';
import search from './0006-search';
import filterIndexes from './0007-filter-indexes';
import documentSources from './0008-document-sources';
import fileHash from './0009-file-hash';
import review from './0010-review';
import highlightLocators from './0011-highlight-locators';
import recallCards from './0012-recall-cards';
import originalFiles from './0013-original-files';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  { version: 1, name: 'documents', sql: documents },
  { version: 2, name: 'tags', sql: tags },
  { version: 3, name: 'highlights', sql: highlights },
  { version: 4, name: 'notes', sql: notes },
  { version: 5, name: 'list-indexes', sql: listIndexes },
  { version: 6, name: 'search', sql: search },
  { version: 7, name: 'filter-indexes', sql: filterIndexes },
  { version: 8, name: 'document-sources', sql: documentSources },
  { version: 9, name: 'file-hash', sql: fileHash },
  { version: 10, name: 'review', sql: review },
  { version: 11, name: 'highlight-locators', sql: highlightLocators },
  { version: 12, name: 'recall-cards', sql: recallCards },
  { version: 13, name: 'original-files', sql: originalFiles },
];

export const LATEST_VERSION = migrations.length;
