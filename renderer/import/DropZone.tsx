/**
 * Files and folders dropped anywhere on the window are imported. The overlay shows while
 * something droppable is over the window; the browser's own drop handling (which would
 * navigate away to the file) is always prevented.
 */
import { useEffect, useRef, useState } from 'react';
import { useReportError } from '../components/Notices';
import { fromDrop, type Selection } from './files';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

export function DropZone({ busy, onSelection }: { busy: boolean; onSelection(selection: Selection): void }) {
  const [over, setOver] = useState(false);
  const depth = useRef(0);
  const reportError = useReportError();
  // Window listeners are added once; these keep them calling the current props.
  const latest = useRef({ busy, onSelection, reportError });
  useEffect(() => {
    latest.current = { busy, onSelection, reportError };
  });

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      // dragenter/dragleave fire for every child element crossed; count to know when it left.
      depth.current += 1;
      setOver(true);
    };
    const overWindow = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = latest.current.busy ? 'none' : 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setOver(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setOver(false);
      const { busy: importing, onSelection: accept, reportError: report } = latest.current;
      if (importing) {
        report('An import is already running', new Error('Wait for it to finish, or cancel it, then drop the files again.'));
        return;
      }
      if (!event.dataTransfer) return;
      fromDrop(event.dataTransfer).then(accept, (error: unknown) => report('Couldn’t read the dropped files', error));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overWindow);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overWindow);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  if (!over) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-card">
        <p className="drop-title">Drop to import</p>
        <p>Files and folders of articles: .txt, .md, .html, .pdf; books: .epub; highlights: Kindle’s My Clippings.txt, Readwise .csv, Hypothesis and Zotero .json, Omnivore exports (.zip)</p>
      </div>
    </div>
  );
}
