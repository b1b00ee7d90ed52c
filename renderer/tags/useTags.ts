/** Every tag with its counts, refetched whenever tags change anywhere. */
import { useEffect, useState } from 'react';
import type { TagCount } from '../../main/contract';
import { api, toApiError, type ApiError } from '../api';

export function useTags(): { tags: TagCount[] | null; error: ApiError | null; reload(): void } {
  const [tags, setTags] = useState<TagCount[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => api.on('tags.changed', () => setVersion((v) => v + 1)), []);
  useEffect(() => {
    let live = true;
    api.call('tags.list', {}).then(
      (result) => {
        if (!live) return;
        setTags(result.tags);
        setError(null);
      },
      (failure: unknown) => live && setError(toApiError(failure)),
    );
    return () => {
      live = false;
    };
  }, [version]);

  return { tags, error, reload: () => setVersion((v) => v + 1) };
}
