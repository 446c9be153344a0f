/** A message line above a screen's content: errors are announced to screen readers. */
import type { ReactNode } from 'react';

/** An error, information or success line. */
export function Banner({ kind, children }: { readonly kind: 'error' | 'info' | 'success'; readonly children: ReactNode }) {
  return <div className={`banner ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>{children}</div>;
}
