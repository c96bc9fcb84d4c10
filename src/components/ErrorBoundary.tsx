// Catches a render or effect error in one part of the app, lets the owner put the state right
// (`onError`: reset the selection, switch the map renderer…) and draws the part again. A part that
// keeps failing straight after a reset shows `fallback` instead, so the rest of the app stays usable.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Called once per caught error, before the children are drawn again. */
  onError: (error: unknown) => void;
  /** Shown when the part fails again and again (default: nothing). */
  fallback?: ReactNode;
}

interface State { failed: boolean; gaveUp: boolean }

const RETRIES = 3;
const WINDOW_MS = 10_000;

export class ErrorBoundary extends Component<Props, State> {
  state: State = { failed: false, gaveUp: false };
  private failures: number[] = [];

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  componentDidCatch(error: unknown, _info: ErrorInfo): void {
    const now = Date.now();
    this.failures = [...this.failures.filter((t) => now - t < WINDOW_MS), now];
    try {
      this.props.onError(error);
    } catch {
      // a failing recovery must not take the boundary down with it
    }
    if (this.failures.length > RETRIES) this.setState({ gaveUp: true });
    else this.setState({ failed: false });
  }

  render(): ReactNode {
    if (this.state.gaveUp) return this.props.fallback ?? null;
    return this.state.failed ? null : this.props.children;
  }
}
