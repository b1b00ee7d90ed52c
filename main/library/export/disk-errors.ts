/**
 * The file system's refusals, said for the person exporting: an export into a read-only folder
 * or through a file that stands where a folder should be must end with what to do, not with
 * "EACCES". Anything not recognised is passed on unchanged (and reported as unexpected).
 */
import { AppError } from '../errors';

const REASONS: Record<string, string> = {
  EACCES: 'Commonplace is not allowed to write there',
  EPERM: 'Commonplace is not allowed to write there',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  ENOTDIR: 'part of the path is a file, not a folder',
  EEXIST: 'part of the path is a file, not a folder',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'the path goes round in a loop of links',
  EIO: 'the disk reported a read or write error',
};

export function exportDiskError(error: unknown, folder: string): unknown {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason = code ? REASONS[code] : undefined;
  if (!reason) return error;
  return new AppError('refused', `Couldn’t export to “${folder}”: ${reason}. Choose another folder (or fix this one) and export again; files already written there are complete and are kept.`);
}
