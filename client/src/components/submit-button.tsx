import type { ReactNode } from 'react';

interface SubmitButtonProps {
  pending: boolean;
  children: ReactNode;
  className?: string;
}

/**
 * A form's submit button. While the request runs it stays focusable (aria-disabled rather than
 * disabled, so keyboard focus is not lost) and a second press does nothing.
 */
export function SubmitButton({ pending, children, className = 'button button-primary' }: SubmitButtonProps) {
  return (
    <button type="submit" className={className} aria-disabled={pending || undefined} onClick={(event) => pending && event.preventDefault()}>
      {children}
    </button>
  );
}
