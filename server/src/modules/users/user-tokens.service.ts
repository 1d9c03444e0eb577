import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CONFIG, type Config } from '../../config/config.js';
import { hashToken, newToken } from '../../common/crypto/tokens.js';
import { JobsService } from '../jobs/jobs.service.js';
import { roleNames } from '../../locales/emails.js';
import type { User } from './user.entity.js';
import { UserToken, type UserTokenPurpose } from './user-token.entity.js';

const LIFETIME_HOURS: Record<UserTokenPurpose, number> = { invitation: 14 * 24, password_reset: 2 };
const PAGE: Record<UserTokenPurpose, string> = { invitation: 'invitation', password_reset: 'reset-password' };
const TEMPLATE = { invitation: 'invitation', password_reset: 'password_reset' } as const;

/** Single-use emailed links: issued and emailed in one transaction, consumed once. */
@Injectable()
export class UserTokensService {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly jobs: JobsService,
  ) {}

  async issueAndEmail(manager: EntityManager, user: User, purpose: UserTokenPurpose): Promise<void> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + LIFETIME_HOURS[purpose] * 3_600_000);
    const saved = await manager.save(UserToken, { tokenHash: hashToken(token), purpose, userId: user.id, expiresAt, usedAt: null });
    const expires = new Intl.DateTimeFormat(user.language, { dateStyle: 'long', timeStyle: 'short', timeZone: user.timeZone }).format(expiresAt);
    await this.jobs.send(
      'send-email',
      {
        key: `${purpose}:${saved.id}`,
        to: user.email,
        language: user.language,
        template: TEMPLATE[purpose],
        params: { name: user.name, role: roleNames[user.language][user.role], expires, link: `${this.config.PUBLIC_URL}/${PAGE[purpose]}/${token}` },
      },
      {},
      manager,
    );
  }

  /** The still-valid token row (locked for this transaction), or undefined. */
  async find(manager: EntityManager, token: string, purpose: UserTokenPurpose, lock = false): Promise<UserToken | undefined> {
    const query = manager
      .createQueryBuilder(UserToken, 'token')
      .innerJoinAndSelect('token.user', 'user')
      .where('token.token_hash = :hash AND token.purpose = :purpose', { hash: hashToken(token), purpose })
      .andWhere('token.used_at IS NULL AND token.expires_at > now()');
    if (lock) query.setLock('pessimistic_write', undefined, ['token']);
    return (await query.getOne()) ?? undefined;
  }

  async markUsed(manager: EntityManager, row: UserToken): Promise<void> {
    await manager.update(UserToken, { id: row.id }, { usedAt: new Date() });
  }

  async recentlyIssued(manager: EntityManager, userId: string, purpose: UserTokenPurpose, seconds: number): Promise<boolean> {
    return manager
      .createQueryBuilder(UserToken, 'token')
      .where('token.user_id = :userId AND token.purpose = :purpose', { userId, purpose })
      .andWhere('token.created_at > now() - make_interval(secs => :seconds)', { seconds })
      .getExists();
  }
}
