/** Articles imported from small synthetic text files, with removed passages set as the cleaner would record them. */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { updateRemovedPassages } from '../../db/repos/document-sources';
import type { Db } from '../../db/open';
import type { RemovedPassage } from '../../main/library/article';
import { importSources } from '../../main/library/importer';
import { tempDir } from './helpers';

export { CLUTTERED } from '../cluttered-article';

export async function importText(db: Db, name: string, text: string): Promise<number[]> {
  const file = path.join(tempDir(), name);
  writeFileSync(file, text);
  const report = await importSources(db, [{ kind: 'path', path: file }]);
  if (report.refused.length > 0) throw new Error(report.refused[0]!.reason);
  return report.imported.map((i) => i.id);
}

/**
 * What the cleaner took out, stored as the importer stores `Article.removed` (today's text
 * cleaner does not list them yet; this stands in for it).
 */
export function setRemoved(db: Db, id: number, removed: RemovedPassage[]): void {
  updateRemovedPassages(db, id, { removedJson: JSON.stringify(removed), restoredJson: '[]' });
}
