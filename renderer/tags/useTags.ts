/** Every tag with its counts, kept current (renderer/data/invalidation.ts says when). */
import type { TagCount } from '../../main/contract';
import type { ApiError } from '../api';
import { useCall } from '../data/useCall';

export function useTags(): { tags: TagCount[] | null; error: ApiError | null; reload(): void } {
  const { data, error, refetch } = useCall('tags.list', {});
  return { tags: data?.tags ?? null, error, reload: refetch };
}
