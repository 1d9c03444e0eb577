import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CONFIG, type Config } from '../../config/config.js';
import { hashToken, newToken } from '../../common/crypto/tokens.js';
import { JobsService } from '../jobs/jobs.service.js';
import { roleNames } from '../../locales/emails.js';
import type { User } from './user.entity.js';
import { UserToken, type UserTokenPurpose } from './user-token.entity.js';

const LIFETIME_HOURS: Record<UserTokenPurpose, number> = { invitation: 14 * 24, password_reset: 2 };
const PAGE: Record<UserTokenPurpose, string> = { invitation: 'invitation', password_reset: 'reset-password' };
const TEMPLATE = { invitation: 'invitation', password_reset: 'password_reset' } as const;

/**
 * Single-use emailed links: issued with their email job in one transaction, consumed once. The job
 * carries the link's row id, not the link: `mintLink` draws the token when the email is sent.
 */
@Injectable()
export class UserTokensService {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  /** Issues a link and queues its email; `replace` ends the person's earlier pending links of that purpose (a resent invitation). */
  async issueAndEmail(manager: EntityManager, user: User, purpose: UserTokenPurpose, { replace = false } = {}): Promise<void> {
    if (replace) await this.revokePending(manager, user.id, [purpose]);
    const expiresAt = new Date(Date.now() + LIFETIME_HOURS[purpose] * 3_600_000);
    const saved = await manager.save(UserToken, { tokenHash: null, purpose, userId: user.id, expiresAt, usedAt: null });
    const expires = new Intl.DateTimeFormat(user.language, { dateStyle: 'long', timeStyle: 'short', timeZone: user.timeZone }).format(expiresAt);
    await this.jobs.send(
      'send-email',
      {
        key: `${purpose}:${saved.id}`,
        to: user.email,
        language: user.language,
        template: TEMPLATE[purpose],
        params: { name: user.name, role: roleNames[user.language][user.role], expires },
        linkTokenId: saved.id,
      },
      {},
      manager,
    );
  }

  /**
   * Draws the token of a link about to be emailed and returns the link, or undefined when the link
   * may no longer be used (used, replaced, expired). A retried send draws a new token: only the
   * email that went out last carries a working link.
   */
  async mintLink(tokenId: string): Promise<string | undefined> {
    const token = newToken();
    const [rows]: [{ purpose: UserTokenPurpose }[], number] = await this.dataSource.query(
      `UPDATE user_tokens SET token_hash = $2 WHERE id = $1 AND used_at IS NULL AND expires_at > now() RETURNING purpose`,
      [tokenId, hashToken(token)],
    );
    const purpose = rows[0]?.purpose;
    return purpose && `${this.config.PUBLIC_URL}/${PAGE[purpose]}/${token}`;
  }

  /** The still-valid token row with its user (both locked for this transaction when `lock`), or undefined. */
  async find(manager: EntityManager, token: string, purpose: UserTokenPurpose, lock = false): Promise<UserToken | undefined> {
    const query = manager
      .createQueryBuilder(UserToken, 'token')
      .innerJoinAndSelect('token.user', 'person')
      .where('token.token_hash = :hash AND token.purpose = :purpose', { hash: hashToken(token), purpose })
      .andWhere('token.used_at IS NULL AND token.expires_at > now()');
    // The user row too: two links of one person redeemed at once must not both find them without a password.
    if (lock) query.setLock('pessimistic_write', undefined, ['token', 'person']);
    return (await query.getOne()) ?? undefined;
  }

  /** Ends every pending link of the person (of those purposes): after a new password, or when a link is replaced. */
  async revokePending(manager: EntityManager, userId: string, purposes: UserTokenPurpose[] = ['invitation', 'password_reset']): Promise<void> {
    await manager.query(`UPDATE user_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL AND purpose = ANY($2::varchar[])`, [
      userId,
      purposes,
    ]);
  }

  async recentlyIssued(manager: EntityManager, userId: string, purpose: UserTokenPurpose, seconds: number): Promise<boolean> {
    return manager
      .createQueryBuilder(UserToken, 'token')
      .where('token.user_id = :userId AND token.purpose = :purpose', { userId, purpose })
      .andWhere('token.created_at > now() - make_interval(secs => :seconds)', { seconds })
      .getExists();
  }
}
