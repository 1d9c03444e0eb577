import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { FIXED_NOTIFICATION_KINDS, NOTIFICATION_KINDS, type NotificationKind, type UnsubscribeSummary } from '@sstc/shared';
import { CONFIG, type Config } from '../../config/config.js';
import { newToken } from '../../common/crypto/tokens.js';
import { ApiException } from '../../common/http/api.exception.js';
import { NotificationPreferencesService } from './notification-preferences.service.js';

/** What a link stops: one kind's emails, or every email of the notifications (a digest's link). */
export type UnsubscribeScope = NotificationKind | 'all';

const TOKEN = /^([0-9a-f-]{36})\.([a-z_]{1,30})\.([A-Za-z0-9_-]{43})$/;
const EMAILED = ['immediate', 'daily', 'weekly'];

/**
 * One-click unsubscribe links (RFC 8058): `<user>.<scope>.<HMAC-SHA256>`, signed with a key kept in
 * the database, so no sign-in is needed and nothing is stored per email. The link is made when the
 * email is sent (the queue holds only the user and the scope) and always stops the same thing, so
 * a second click changes nothing.
 */
@Injectable()
export class UnsubscribeLinks {
  private key?: Promise<Buffer>;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly preferences: NotificationPreferencesService,
  ) {}

  /** The page a person opens from the email, and the address a mail client posts to (List-Unsubscribe). */
  async links(userId: string, scope: UnsubscribeScope): Promise<{ page: string; oneClick: string }> {
    const token = `${userId}.${scope}.${await this.sign(userId, scope)}`;
    return { page: `${this.config.PUBLIC_URL}/unsubscribe/${token}`, oneClick: `${this.config.PUBLIC_URL}/api/notifications/unsubscribe/${token}` };
  }

  /** What the link would stop (or stopped), without changing anything. */
  async summary(token: string): Promise<UnsubscribeSummary> {
    const { userId, scope } = await this.verify(token);
    const { preferences } = await this.preferences.list(userId);
    const kinds = this.kindsOf(scope);
    const emailed = preferences.filter((p) => kinds.includes(p.kind) && EMAILED.includes(p.delivery)).map((p) => p.kind);
    return { kinds: emailed.length ? emailed : kinds, done: emailed.length === 0 };
  }

  /** Moves the kinds of the link to "in the app only". */
  async unsubscribe(token: string): Promise<UnsubscribeSummary> {
    const { userId, scope } = await this.verify(token);
    const kinds = this.kindsOf(scope);
    return this.dataSource.transaction(async (manager) => {
      const { preferences } = await this.preferences.list(userId, manager);
      const stopped = preferences.filter((p) => kinds.includes(p.kind) && EMAILED.includes(p.delivery)).map((p) => p.kind);
      await this.preferences.set(
        manager,
        userId,
        stopped.map((kind) => ({ kind, delivery: 'app' })),
      );
      return { kinds: stopped.length ? stopped : kinds, done: true };
    });
  }

  private kindsOf(scope: UnsubscribeScope): NotificationKind[] {
    return (scope === 'all' ? [...NOTIFICATION_KINDS] : [scope]).filter((kind) => !FIXED_NOTIFICATION_KINDS.includes(kind));
  }

  private async verify(token: string): Promise<{ userId: string; scope: UnsubscribeScope }> {
    const match = TOKEN.exec(token);
    const scope = match?.[2] as UnsubscribeScope | undefined;
    if (!match || !scope || (scope !== 'all' && !NOTIFICATION_KINDS.includes(scope))) throw new ApiException('unsubscribe_link_invalid');
    const expected = Buffer.from(await this.sign(match[1]!, scope));
    const given = Buffer.from(match[3]!);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new ApiException('unsubscribe_link_invalid');
    const [user] = await this.dataSource.query(`SELECT id FROM users WHERE id = $1`, [match[1]]);
    if (!user) throw new ApiException('unsubscribe_link_invalid');
    return { userId: match[1]!, scope };
  }

  private async sign(userId: string, scope: UnsubscribeScope): Promise<string> {
    return createHmac('sha256', await this.secret())
      .update(`unsubscribe\n${userId}\n${scope}`)
      .digest('base64url');
  }

  /** The key, made by the first server that needs it; every instance reads the same row. */
  private secret(): Promise<Buffer> {
    this.key ??= (async () => {
      await this.dataSource.query(`INSERT INTO signing_keys (name, secret) VALUES ('unsubscribe', $1) ON CONFLICT (name) DO NOTHING`, [newToken()]);
      const [row] = await this.dataSource.query(`SELECT secret FROM signing_keys WHERE name = 'unsubscribe'`);
      return Buffer.from((row as { secret: string }).secret, 'base64url');
    })().catch((error: unknown) => {
      this.key = undefined;
      throw error;
    });
    return this.key;
  }
}
