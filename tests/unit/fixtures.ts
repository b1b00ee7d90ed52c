import path from 'node:path';

/** The shared fixtures, read in place (never copied into the repo). */
export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const sharedFixtures = path.resolve(repoRoot, '../shared/fixtures');
export const fixtureArticle = (name: string) => path.join(sharedFixtures, 'articles', name);
