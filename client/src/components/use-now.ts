import { useEffect, useState } from 'react';

/**
 * The current time, read when the component mounts and then every `intervalMs` if given. Rendering
 * stays pure (React may render twice or late), and whatever depends on the clock, such as who is
 * still typing, updates when time passes, not only when something else re-renders.
 */
export function useNow(intervalMs?: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (intervalMs === undefined) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
