import type { ReactNode } from 'react';

/** A success notice, announced politely by screen readers. */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert-success" role="status">
      {children}
    </div>
  );
}
