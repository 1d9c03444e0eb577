import type { CurrentUser } from '@sstc/shared';

/** Who is asking: set by the session guard from the session cookie. */
export interface RequestUser extends CurrentUser {
  sessionId: string;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      user?: RequestUser;
      requestId: string;
    }
  }
}
