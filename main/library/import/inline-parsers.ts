/**
 * The parsers (index.ts) for a parse on the calling thread (parser.ts's inline parser: tests, runs
 * from source, a worker that could not start). Imported on first use. A built app takes them from
 * the parse worker's bundle instead (inline-parsers.bundled.ts, swapped in by
 * build/scripts/build.ts), so the parse stack, half of each bundle, lives in that one bundle only.
 */
import type * as ParsersModule from './index';

export type Parsers = Pick<typeof ParsersModule, 'parseFile' | 'reparseSource' | 'fileHashOf'>;

export const loadParsers = (): Promise<Parsers> => import('./index');
