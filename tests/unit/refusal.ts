import { ImportRefusal } from '../../main/library/errors';

/** The message of the ImportRefusal that `run` throws; fails when it throws nothing or anything else. */
export function refusalOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportRefusal) return error.message;
    throw error;
  }
  throw new Error('not refused');
}
