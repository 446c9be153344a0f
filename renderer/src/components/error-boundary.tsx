/** Catches a rendering fault in a screen: a Chinese message and a way back instead of a blank window. */
import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = { readonly children: ReactNode; readonly onBack: () => void; readonly resetKey: string };
type State = { readonly failed: string | null; readonly key: string };

/** React's error boundary (only a class component can be one); a new `resetKey` (another screen) clears the fault. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { failed: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { failed: error instanceof Error ? error.message : String(error) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { failed: null, key: props.resetKey };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for the developer console; the user sees only the Chinese message below, never the stack.
    console.warn('界面显示出错', error, info.componentStack);
  }

  render(): ReactNode {
    if (this.state.failed === null) return this.props.children;
    return (
      <section className="screen" role="alert" aria-labelledby="fault-title">
        <h1 id="fault-title">此页面显示出错</h1>
        <div className="banner error">
          <p>页面未能正常显示，已保存的数据不受影响。请返回后重试；如反复出现，请记下当时的操作并联系技术支持。</p>
        </div>
        <div className="button-row">
          <button type="button" className="primary" onClick={this.props.onBack}>返回数据导入</button>
          <button type="button" onClick={() => this.setState({ failed: null })}>重试</button>
        </div>
      </section>
    );
  }
}
