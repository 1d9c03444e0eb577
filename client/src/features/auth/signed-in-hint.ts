import { SIGNED_IN_HINT_COOKIE } from '@sstc/shared/values';

/** Whether this browser may hold a session: the server sets a readable hint beside the session cookie. */
export function maybeSignedIn(): boolean {
  return document.cookie.split(/;\s*/).some((pair) => pair.startsWith(`${SIGNED_IN_HINT_COOKIE}=`));
}
