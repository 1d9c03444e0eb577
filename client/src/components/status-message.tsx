import type { ReactNode } from 'react';

/**
 * A success notice, announced politely by screen readers. Render it always and fill it when there
 * is news: a live region must exist before its content changes to be announced reliably.
 */
export function StatusMessage({ children }: { children?: ReactNode }) {
  const empty = children === undefined || children === null || children === false || children === '';
  return (
    <div className={empty ? undefined : 'alert alert-success'} role="status">
      {empty ? null : children}
    </div>
  );
}
