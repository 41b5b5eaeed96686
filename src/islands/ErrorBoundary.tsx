import { Component, type ComponentChildren } from 'preact';

interface Props {
  /** What could not be shown, e.g. "Your progress". */
  what: string;
  children: ComponentChildren;
}

/**
 * Keeps one failing part of a page from blanking the rest: it says plainly what could not be shown,
 * that nothing was changed, and offers a reload.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.warn(`${this.props.what} could not be shown:`, error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div class="message error" role="alert">
        <p>
          <strong>{this.props.what} could not be shown.</strong> Nothing was changed or deleted. The rest of the page still works.
        </p>
        <p>
          <button type="button" onClick={() => location.reload()}>
            Reload the page
          </button>
        </p>
      </div>
    );
  }
}
