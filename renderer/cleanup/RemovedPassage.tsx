/**
 * A passage the cleaner removed, shown at its place when "Show removed text" is on. It sits
 * outside every `data-block` element, so it never counts in the article's offsets (highlights,
 * search places); its text is React text, never markup.
 */
import { memo } from 'react';
import type { RemovedPassageView } from '../../main/contract';

const REASON_LABELS: Record<RemovedPassageView['why'], string> = {
  boilerplate: 'boilerplate',
  navigation: 'navigation',
  teaser: 'teaser for another article',
  widget: 'page widget',
  banner: 'banner',
  duplicate: 'duplicate',
  metadata: 'page metadata',
};

export const removedLabel = (why: RemovedPassageView['why']) => `Removed: ${REASON_LABELS[why]}`;

const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 48 ? `${flat.slice(0, 47)}…` : flat;
};

interface Props {
  passage: RemovedPassageView;
  /** Its position in the article's removed list (what `library.restoreRemoved` takes). */
  index: number;
  onRestore?(index: number): void;
}

export const RemovedPassage = memo(function RemovedPassage({ passage, index, onRestore }: Props) {
  const label = removedLabel(passage.why);
  return (
    <div role="group" aria-label={label} className="removed-passage">
      <p className="removed-label" aria-hidden="true">
        {label}
      </p>
      <p className="removed-text">{passage.text}</p>
      {onRestore && (
        <button type="button" className="button subtle small" aria-label={`Restore “${excerpt(passage.text)}”`} onClick={() => onRestore(index)}>
          Restore
        </button>
      )}
    </div>
  );
});
