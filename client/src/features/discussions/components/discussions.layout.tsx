import { Outlet } from 'react-router';
import { useOutboxFlusher } from '../hooks/use-outbox.js';

/** Every discussions page: while one is open, messages waiting in the outbox are sent. */
export function DiscussionsLayout() {
  useOutboxFlusher();
  return <Outlet />;
}
