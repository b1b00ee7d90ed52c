/**
 * The reader's cleanup controls for one article: whether removed text is shown (remembered
 * across articles and sessions), restoring a passage (with Undo in the toast), and re-running
 * cleanup on this article. The article itself is refetched by the Reader on `library.changed`.
 */
import { useCallback, useState } from 'react';
import type { ArticleDetail } from '../../main/contract';
import { api } from '../api';
import { useReportError } from '../components/Notices';
import { plural } from '../format';
import type { HighlightActions } from '../highlights/useHighlightActions';

const SHOW_KEY = 'commonplace.showRemovedText';

function storedShow(): boolean {
  try {
    return localStorage.getItem(SHOW_KEY) === 'true';
  } catch {
    return false;
  }
}

const quoted = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 60 ? `${flat.slice(0, 59)}…` : flat}”`;
};

export function useArticleCleanup(article: ArticleDetail, actions: HighlightActions) {
  const reportError = useReportError();
  const [showRemoved, setShowRemoved] = useState(storedShow);
  const [recleaning, setRecleaning] = useState(false);
  const id = article.id;
  const { announce, notify } = actions;

  const toggleRemoved = useCallback(() => {
    setShowRemoved((on) => {
      try {
        localStorage.setItem(SHOW_KEY, String(!on));
      } catch {
        // Private mode: the choice lasts for this window only.
      }
      return !on;
    });
  }, []);

  const undoRestore = useCallback(
    async (blockIndex: number, passage: { text: string; why: NonNullable<ArticleDetail['removed']>[number]['why'] }) => {
      try {
        await api.call('library.unrestoreRemoved', { id, blockIndex, passage });
        notify(`${quoted(passage.text)} is removed again`);
      } catch (error) {
        reportError('Couldn’t undo the restore', error);
      }
    },
    [id, notify, reportError],
  );

  const restore = useCallback(
    async (index: number) => {
      try {
        const { blockIndex, passage, needAttention } = await api.call('library.restoreRemoved', { id, index });
        const check = needAttention > 0 ? ` (${plural(needAttention, 'highlight')} to check)` : '';
        announce(`Restored ${quoted(passage.text)}${check}`, { label: 'Undo', run: () => void undoRestore(blockIndex, { text: passage.text, why: passage.why }) });
      } catch (error) {
        reportError('Couldn’t restore the passage', error);
      }
    },
    [id, announce, undoRestore, reportError],
  );

  const reclean = useCallback(async () => {
    if (article.cleanup && !article.cleanup.available) {
      notify(article.cleanup.reason ?? 'Cleanup cannot be re-run on this article.');
      return;
    }
    setRecleaning(true);
    try {
      const report = await api.call('library.reclean', { jobId: `reclean-${crypto.randomUUID()}`, id });
      notify(report.cleaned.length > 0 ? report.message : 'Cleanup re-run: nothing in this article changed.');
    } catch (error) {
      reportError('Couldn’t re-run cleanup', error);
    } finally {
      setRecleaning(false);
    }
  }, [article.cleanup, id, notify, reportError]);

  return { showRemoved, toggleRemoved, restore, reclean, recleaning };
}
