/** A pane whose content could not be loaded: what failed, the library's reason, and a retry. */
interface Props {
  /** Completes "Couldn’t …", e.g. "load your library". */
  what: string;
  message: string;
  onRetry(): void;
}

export function LoadError({ what, message, onRetry }: Props) {
  return (
    <div role="alert" className="inline-error">
      <p>
        <strong>Couldn’t {what}.</strong> {message}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
