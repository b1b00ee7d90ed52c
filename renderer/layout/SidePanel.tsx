/**
 * The right sidebar beside an article (issue 11): tabs for Highlights, Notes, Backlinks and Info,
 * its width set by the separator at its left edge, all remembered (useLayout). Only the chosen
 * tab's content is drawn, so a tab that fetches (backlinks) fetches when it is first shown.
 * The tabs follow the WAI-ARIA tabs pattern: arrow keys, Home and End move and choose. A
 * highlight dragged over a tab opens it (spring-loaded), so one dragged from the Highlights tab
 * can be dropped on the note open in the Notes tab.
 */
import { useId, useRef, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import { carriesHighlight } from '../editor/highlight-drag';
import { SIDE_TABS, shown, type SideTab } from './layout-state';
import { Splitter } from './Splitter';
import { useLayout } from './useLayout';

const TAB_LABELS: Record<SideTab, string> = { highlights: 'Highlights', notes: 'Notes', backlinks: 'Backlinks', info: 'Info' };

interface Props {
  /** What each tab shows; called only for the chosen one. */
  render(tab: SideTab): ReactNode;
}

export function SidePanel({ render }: Props) {
  const { layout, setWidth, chooseTab } = useLayout();
  const id = useId();
  const tabs = useRef<Partial<Record<SideTab, HTMLButtonElement | null>>>({});
  if (!shown(layout, 'right')) return null;
  const tabId = (tab: SideTab) => `${id}-tab-${tab}`;
  const panelId = `${id}-panel`;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const at = SIDE_TABS.indexOf(layout.tab);
    const to =
      event.key === 'ArrowRight' ? (at + 1) % SIDE_TABS.length
      : event.key === 'ArrowLeft' ? (at - 1 + SIDE_TABS.length) % SIDE_TABS.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? SIDE_TABS.length - 1
      : null;
    if (to === null) return;
    event.preventDefault();
    const tab = SIDE_TABS[to]!;
    chooseTab(tab);
    tabs.current[tab]?.focus();
  }

  function onDragOver(event: DragEvent<HTMLButtonElement>, tab: SideTab) {
    if (carriesHighlight(event.dataTransfer.types) && tab !== layout.tab) chooseTab(tab);
  }

  return (
    <>
      <Splitter side="right" label="Resize side panel" width={layout.rightWidth} controls={id} onWidth={(w) => setWidth('right', w)} />
      <section id={id} className="side-panel" aria-label="Side panel" style={{ width: layout.rightWidth }}>
        <div role="tablist" aria-label="Side panel" className="side-tabs" onKeyDown={onKeyDown}>
          {SIDE_TABS.map((tab) => (
            <button
              key={tab}
              ref={(el) => {
                tabs.current[tab] = el;
              }}
              type="button"
              role="tab"
              id={tabId(tab)}
              className="side-tab"
              aria-selected={layout.tab === tab}
              aria-controls={panelId}
              tabIndex={layout.tab === tab ? 0 : -1}
              onClick={() => chooseTab(tab)}
              onDragEnter={(event) => onDragOver(event, tab)}
              onDragOver={(event) => onDragOver(event, tab)}
            >
              {TAB_LABELS[tab]}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={panelId} aria-labelledby={tabId(layout.tab)} className="side-tabpanel">
          {render(layout.tab)}
        </div>
      </section>
    </>
  );
}
