// Last line of defence: if anything outside a page breaks, show a message, never a blank screen.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorMessage } from '../ui/ErrorMessage';

interface State {
  failed: boolean;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Stays on the device: the console is the only place errors go.
    console.error('Care Routes could not show this page', error, info.componentStack);
  }

  override render() {
    if (this.state.failed) {
      return (
        <main id="main-content" className="container main">
          <ErrorMessage />
        </main>
      );
    }
    return this.props.children;
  }
}
