/** What re-running cleanup did: the summary ("Cleaned 12 of 340 articles; 3 highlights need attention"), the articles it changed, what failed. */
import { useId } from 'react';
import type { RecleanReportView } from '../../main/contract';
import { Modal } from '../components/Modal';
import { plural } from '../format';

const SHOWN = 200;

interface Props {
  report: RecleanReportView;
  onOpen(id: number): void;
  onClose(): void;
}

export function RecleanResult({ report, onOpen, onClose }: Props) {
  const titleId = useId();
  const summaryId = useId();
  const listId = useId();
  return (
    <Modal labelledBy={titleId} describedBy={summaryId} onCancel={onClose} className="import-result">
      <h2 id={titleId} className="modal-title">
        Cleanup result
      </h2>
      <div className="modal-body">
        <p id={summaryId} className="result-summary">
          {report.message}
        </p>
        {report.cleaned.length > 0 && (
          <section className="result-section" aria-labelledby={listId}>
            <h3 id={listId}>Cleaned</h3>
            <ul className="result-list">
              {report.cleaned.slice(0, SHOWN).map((item) => (
                <li key={item.id}>
                  <button type="button" className="link-button" onClick={() => onOpen(item.id)}>
                    {item.title}
                  </button>
                  {item.needAttention > 0 && <span className="result-note"> — {plural(item.needAttention, 'highlight')} to check</span>}
                </li>
              ))}
            </ul>
          </section>
        )}
        {report.failed.length > 0 && (
          <ul className="result-list" aria-label="Not re-cleaned">
            {report.failed.slice(0, SHOWN).map((item) => (
              <li key={item.id} className="refused">
                <span className="file-name">Article #{item.id}</span>
                <span className="result-reason">{item.reason}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="modal-actions">
        <button type="button" className="button primary" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </Modal>
  );
}
