/**
 * The left sidebar: the library list (or the tag browser, or search) beside the reader,
 * collapsible with `[` and as wide as its separator was left (useLayout). Hidden rather than
 * unmounted when collapsed, so the list keeps its scroll, selection and search box.
 */
import type { ReactNode } from 'react';
import { shown } from './layout-state';
import { Splitter } from './Splitter';
import { useLayout } from './useLayout';

export const LEFT_SIDEBAR_ID = 'left-sidebar';

export function LeftSidebar({ children }: { children: ReactNode }) {
  const { layout, setWidth } = useLayout();
  const open = shown(layout, 'left');
  return (
    <>
      <div id={LEFT_SIDEBAR_ID} className="left-sidebar" hidden={!open} style={{ width: layout.leftWidth }}>
        {children}
      </div>
      {open && <Splitter side="left" label="Resize library sidebar" width={layout.leftWidth} controls={LEFT_SIDEBAR_ID} onWidth={(w) => setWidth('left', w)} />}
    </>
  );
}
