/** The toolbar's layout switches: the library sidebar, the side panel, focus mode (the `[`, `]` and focus-mode commands, by pointer). */
import { shown } from './layout-state';
import { LEFT_SIDEBAR_ID } from './LeftSidebar';
import { useLayout } from './useLayout';

interface Props {
  /** Whether the window shows the sidebars at all (not in the notes or review views). */
  reading: boolean;
}

export function LayoutButtons({ reading }: Props) {
  const { layout, toggle, toggleFocus } = useLayout();
  if (!reading) return null;
  return (
    <div className="layout-buttons" role="group" aria-label="Layout">
      <button type="button" className="icon-button" aria-label="Library sidebar" aria-expanded={shown(layout, 'left')} aria-controls={LEFT_SIDEBAR_ID} aria-keyshortcuts="[" title="Library sidebar ([)" onClick={() => toggle('left')}>
        <span aria-hidden="true">◧</span>
      </button>
      <button type="button" className="icon-button" aria-label="Side panel" aria-expanded={shown(layout, 'right')} aria-keyshortcuts="]" title="Side panel (])" onClick={() => toggle('right')}>
        <span aria-hidden="true">◨</span>
      </button>
      <button type="button" className="icon-button" aria-label="Focus mode" aria-pressed={layout.focus} title="Focus mode" onClick={toggleFocus}>
        <span aria-hidden="true">◻</span>
      </button>
    </div>
  );
}
