import type { IncomingHttpHeaders } from 'node:http';
import type { SessionsService } from '../auth/sessions.service.js';
import { SESSION_COOKIE } from '../auth/sessions.service.js';
import type { RequestUser } from '../../common/http/request-user.js';

/** A browser always sends Origin on a websocket; only a same-origin fetch may omit it. */
export function originAllowed(headers: IncomingHttpHeaders, allowed: readonly string[]): boolean {
  const origin = headers.origin;
  if (origin) return allowed.includes(origin);
  return headers['sec-fetch-site'] === 'same-origin';
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The handshake's user, from the same session cookie as the API. */
export function authenticateHandshake(headers: IncomingHttpHeaders, sessions: SessionsService): Promise<RequestUser | undefined> {
  return sessions.resolve(cookieValue(headers.cookie, SESSION_COOKIE));
}
