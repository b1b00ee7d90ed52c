/** Export to Markdown: folder, options, progress, summary. (Being built.) */
import { Modal } from '../components/Modal';

interface Props {
  host: 'electron' | 'browser' | null;
  onClose(): void;
}

export function ExportDialog({ host, onClose }: Props) {
  return (
    <Modal labelledBy="stub-title" onCancel={onClose}>
      <h2 id="stub-title">Export to Markdown</h2>
      <p>{host}</p>
    </Modal>
  );
}
