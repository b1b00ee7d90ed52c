/** `?`: every keyboard shortcut. (Being built.) */
import type { Command } from '../commands';
import { Modal } from '../components/Modal';

interface Props {
  commands: readonly Command[];
  onClose(): void;
}

export function ShortcutsDialog({ commands, onClose }: Props) {
  return (
    <Modal labelledBy="stub-title" onCancel={onClose}>
      <h2 id="stub-title">Keyboard shortcuts</h2>
      <ul>
        {commands.map((c) => (
          <li key={c.id}>
            {c.label} {c.shortcut}
          </li>
        ))}
      </ul>
    </Modal>
  );
}
