/**
 * Files the importer found several articles in: "000_….txt held 5 articles", their titles, and
 * "Import as one article", which joins them back (`library.rejoin`) and says what came of it.
 */
import { useId, useState } from 'react';
import type { ImportReport } from '../../main/contract';
import { api } from '../api';
import { useReportError } from '../components/Notices';
import { formatCount, plural } from '../format';

type Split = NonNullable<ImportReport['split']>[number];

interface Props {
  split: readonly Split[];
  titles: ReadonlyMap<number, string>;
  onOpen(id: number): void;
  /** The articles deleted by a join (the result stops offering them). */
  onJoined(deleted: readonly number[]): void;
}

function HeldFile({ entry, titles, onOpen, onJoined }: { entry: Split } & Omit<Props, 'split'>) {
  const reportError = useReportError();
  const [joined, setJoined] = useState<{ id: number; title: string; needAttention: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const listId = useId();

  async function join() {
    setBusy(true);
    try {
      const result = await api.call('library.rejoin', { ids: entry.ids });
      setJoined(result);
      onJoined(result.deleted);
    } catch (error) {
      reportError('Couldn’t import these as one article', error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="held-file">
      <p id={listId}>
        <span className="file-name">{entry.file}</span> held {formatCount(entry.ids.length)} articles
      </p>
      {joined ? (
        <p role="status">
          Imported as one article:{' '}
          <button type="button" className="link-button" onClick={() => onOpen(joined.id)}>
            {joined.title}
          </button>
          {joined.needAttention > 0 && ` (${plural(joined.needAttention, 'highlight')} to check)`}
        </p>
      ) : (
        <>
          <ol className="result-list" aria-labelledby={listId}>
            {entry.ids.map((id) => (
              <li key={id}>
                <button type="button" className="link-button" onClick={() => onOpen(id)}>
                  {titles.get(id) ?? `Article #${id}`}
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className="button" aria-label={`Import ${entry.file} as one article`} disabled={busy} onClick={() => void join()}>
            Import as one article
          </button>
        </>
      )}
    </li>
  );
}

export function HeldArticles({ split, ...rest }: Props) {
  const id = useId();
  if (split.length === 0) return null;
  return (
    <section className="result-section" aria-labelledby={id}>
      <h3 id={id}>
        Files holding several articles <span className="result-count">({formatCount(split.length)})</span>
      </h3>
      <ul className="result-list">
        {split.map((entry) => (
          <HeldFile key={entry.file} entry={entry} {...rest} />
        ))}
      </ul>
    </section>
  );
}
