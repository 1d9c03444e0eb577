import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { Subject } from 'rxjs';
import type { DataSource, Repository } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { CONFIG, type Config } from '../../config/config.js';
import { hashToken, newToken } from '../../common/crypto/tokens.js';
import type { RequestUser } from '../../common/http/request-user.js';
import type { User } from '../users/user.entity.js';
import { Session } from './session.entity.js';

export const SESSION_COOKIE = 'sstc_session';

/** A live session and its person; an account whose invitation is not accepted yet has no password and no session. */
const SESSION_USER = `SELECT s.id AS session_id, u.id, u.email, u.name, u.role, u.country, u.organisation,
                             u.constituency_group, u.ilo_region, u.language, u.time_zone
                        FROM sessions s JOIN users u ON u.id = s.user_id
                       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.password_hash IS NOT NULL`;

interface SessionUserRow {
  session_id: string;
  id: string;
  email: string;
  name: string;
  role: User['role'];
  country: User['country'];
  organisation: User['organisation'];
  constituency_group: User['constituencyGroup'];
  ilo_region: User['iloRegion'];
  language: User['language'];
  time_zone: User['timeZone'];
}

/** Emitted when sessions end, so open websockets of those sessions are closed. */
export type SessionsEnded = { userId: string; sessionIds?: string[]; exceptSessionId?: string };

@Injectable()
export class SessionsService {
  readonly ended = new Subject<SessionsEnded>();

  private readonly pool: Pool;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.pool = (dataSource.driver as PostgresDriver).master as Pool;
  }

  async start(user: User, userAgent: string | undefined): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.config.SESSION_DAYS * 86_400_000);
    await this.sessions.insert({ tokenHash: hashToken(token), userId: user.id, expiresAt, userAgent: userAgent?.slice(0, 300) ?? null });
    return { token, expiresAt };
  }

  /** The signed-in user behind a cookie token, or undefined when it is unknown, revoked or expired. */
  async resolve(token: string | undefined): Promise<RequestUser | undefined> {
    if (!token || token.length > 200) return undefined;
    // Every request asks this: a named statement, parsed and planned once per connection, on the
    // pool directly (TypeORM's query building and entity mapping cost more than the lookup itself).
    const { rows } = await this.pool.query<SessionUserRow>({ name: 'session-user', text: SESSION_USER, values: [hashToken(token)] });
    const row = rows[0];
    if (!row) return undefined;
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      country: row.country,
      organisation: row.organisation,
      constituencyGroup: row.constituency_group,
      iloRegion: row.ilo_region,
      language: row.language,
      timeZone: row.time_zone,
      sessionId: row.session_id,
    };
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
