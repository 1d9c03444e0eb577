import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Subject } from 'rxjs';
import type { Repository } from 'typeorm';
import { CONFIG, type Config } from '../../config/config.js';
import { hashToken, newToken } from '../../common/crypto/tokens.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { toCurrentUser } from '../users/user.mapper.js';
import type { User } from '../users/user.entity.js';
import { Session } from './session.entity.js';

export const SESSION_COOKIE = 'sstc_session';

/** Emitted when sessions end, so open websockets of those sessions are closed. */
export type SessionsEnded = { userId: string; sessionIds?: string[]; exceptSessionId?: string };

@Injectable()
export class SessionsService {
  readonly ended = new Subject<SessionsEnded>();

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
  ) {}

  async start(user: User, userAgent: string | undefined): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.config.SESSION_DAYS * 86_400_000);
    await this.sessions.insert({ tokenHash: hashToken(token), userId: user.id, expiresAt, userAgent: userAgent?.slice(0, 300) ?? null });
    return { token, expiresAt };
  }

  /** The signed-in user behind a cookie token, or undefined when it is unknown, revoked or expired. */
  async resolve(token: string | undefined): Promise<RequestUser | undefined> {
    if (!token || token.length > 200) return undefined;
    // One round trip on every request: `findOne` with a relation would first select the id, then the row.
    const session = await this.sessions
      .createQueryBuilder('session')
      .innerJoinAndSelect('session.user', 'user')
      .where('session.token_hash = :tokenHash AND session.revoked_at IS NULL AND session.expires_at > now()', { tokenHash: hashToken(token) })
      .getOne();
    if (!session || !session.user.passwordHash) return undefined;
    return { ...toCurrentUser(session.user), sessionId: session.id };
  }

  async end(userId: string, sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, userId }, { revokedAt: new Date() });
    this.ended.next({ userId, sessionIds: [sessionId] });
  }

  /** Signs the user out everywhere, or everywhere but `keep` (after a password change). */
  async endAll(userId: string, keep?: string): Promise<void> {
    const query = this.sessions
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (keep) query.andWhere('id <> :keep', { keep });
    await query.execute();
    this.ended.next({ userId, ...(keep ? { exceptSessionId: keep } : {}) });
  }

  cookieOptions(expiresAt?: Date) {
    return {
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: this.config.PUBLIC_URL.startsWith('https:'),
      path: '/',
      ...(expiresAt ? { expires: expiresAt } : {}),
    };
  }
}
