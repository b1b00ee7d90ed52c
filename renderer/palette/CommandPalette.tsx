/** Ctrl/Cmd+K: jump to anything, run any command. (Being built.) */
import type { Command } from '../commands';
import { Modal } from '../components/Modal';

interface Props {
  commands: readonly Command[];
  onClose(): void;
}

export function CommandPalette({ commands, onClose }: Props) {
  return (
    <Modal labelledBy="stub-title" onCancel={onClose}>
      <h2 id="stub-title">Command palette</h2>
      <ul>
        {commands.map((c) => (
          <li key={c.id}>{c.label}</li>
        ))}
      </ul>
    </Modal>
  );
}
