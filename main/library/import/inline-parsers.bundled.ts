/**
 * inline-parsers.ts in a built app: the parsers exported by the parse worker's bundle beside this
 * one (parse-worker.ts), required on first use. Never imported by name: the build resolves
 * `./inline-parsers` to this file in every bundle but the worker's.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppError } from '../errors';
import type { Parsers } from './inline-parsers';

/** The parsers of the parse worker's bundle in `dir`, or a message saying the installation lacks it. */
export function parsersBeside(dir: string): Parsers {
  const file = path.join(dir, 'parse-worker.cjs');
  try {
    return createRequire(file)(file) as Parsers;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
    throw new AppError('internal', `Commonplace cannot read files: its parser (${file}) is missing from this installation. Reinstall Commonplace; nothing was stored.`);
  }
}

export const loadParsers = async (): Promise<Parsers> => parsersBeside(__dirname);
