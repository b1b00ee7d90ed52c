/**
 * Keeps a failure in one view from blanking the whole window: the view is replaced by a message
 * and a way to try again, and everything else keeps working.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the failed area is called, for the message ("the reader", "the library"). */
  area: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[commonplace] ${this.props.area} crashed:`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="crash">
        <h2>Something went wrong in {this.props.area}</h2>
        <p>Your library is safe; nothing was changed. Try again, and if it keeps happening, restart Commonplace.</p>
        <p className="crash-detail">{error.message}</p>
        <button type="button" className="button primary" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
