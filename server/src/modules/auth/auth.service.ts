import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { iloRegionOf, type AcceptInvitationRequest, type ChangePasswordRequest, type InvitationDetails } from '@sstc/shared';
import { hashPassword, verifyPassword } from '../../common/crypto/password.js';
import { refuseCommonPassword } from '../../common/crypto/password-policy.js';
import { hashToken } from '../../common/crypto/tokens.js';
import { ApiException } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { MembershipService } from '../enrolments/membership.service.js';
import { User } from '../users/user.entity.js';
import type { UserToken, UserTokenPurpose } from '../users/user-token.entity.js';
import { SessionsService } from './sessions.service.js';
import { ThrottleService, type Limit } from './throttle.service.js';
import { UserTokensService } from '../users/user-tokens.service.js';

/** At most one reset email per account in this many seconds, however often someone asks. */
const RESET_EMAIL_INTERVAL_SECONDS = 120;
/** Wrong passwords per account from one address, and from one address over all accounts, per 15 minutes. */
const SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
const SIGN_IN_FAILURES_PER_ADDRESS = 30;
/** Redemptions of emailed links: failed ones per address, and attempts per link, per 15 minutes. */
const LINK_FAILURES_PER_ADDRESS = 30;
const ATTEMPTS_PER_LINK = 5;

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly throttle: ThrottleService,
    private readonly tokens: UserTokensService,
    private readonly membership: MembershipService,
  ) {}

  /**
   * Lock-outs are per account and address, so a guesser elsewhere does not lock the owner out, plus
   * a cap per address over all accounts. Unknown emails and accounts without a password cost the
   * same hash as a real one, so the time taken tells nobody which emails have an account.
   */
  async signIn(email: string, password: string, ip: string, userAgent?: string) {
    const account: Limit = { key: `sign-in:${email}|${ip}`, max: SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS };
    const address: Limit = { key: `sign-in-from:${ip}`, max: SIGN_IN_FAILURES_PER_ADDRESS };
    await this.throttle.take('sign_in_throttled', [account, address]);
    const user = await this.dataSource.getRepository(User).findOneBy({ email });
    if (!(await verifyPassword(password, user?.passwordHash ?? null)) || !user) throw new ApiException('invalid_credentials');
    await this.throttle.forget([account.key]);
    await this.throttle.giveBack([address.key]);
    return { user, ...(await this.sessions.start(user, userAgent)) };
  }

  async requestPasswordReset(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(User, { email });
      // Same answer whether or not the account exists: the endpoint must not reveal who is registered.
      if (!user?.passwordHash) return;
      if (await this.tokens.recentlyIssued(manager, user.id, 'password_reset', RESET_EMAIL_INTERVAL_SECONDS)) return;
      await this.tokens.issueAndEmail(manager, user, 'password_reset');
    });
  }

  async resetPassword(token: string, password: string, ip: string): Promise<void> {
    refuseCommonPassword(password, 'password');
    const userId = await this.redeem(
      { token, purpose: 'password_reset', password, ip },
      'reset_token_invalid',
      async (manager, row, passwordHash) => {
        await manager.update(User, { id: row.userId }, { passwordHash });
        return row.userId;
      },
    );
    await this.sessions.endAll(userId);
  }

  async changePassword(caller: RequestUser, request: ChangePasswordRequest): Promise<void> {
    refuseCommonPassword(request.newPassword, 'newPassword');
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: caller.id });
    if (!(await verifyPassword(request.currentPassword, user.passwordHash))) throw new ApiException('wrong_password');
    const passwordHash = await hashPassword(request.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash });
      await this.tokens.revokePending(manager, user.id);
    });
    await this.sessions.endAll(user.id, caller.sessionId);
  }

  /** An invitation link of someone who already has a password is no longer valid, whichever link they used. */
  async invitation(token: string): Promise<InvitationDetails> {
    const row = await this.tokens.find(this.dataSource.manager, token, 'invitation');
    if (!row || row.user.passwordHash) throw new ApiException('invitation_invalid');
    const { user } = row;
    return {
      email: user.email,
      name: user.name,
      role: user.role,
      language: user.language,
      country: user.country,
      organisation: user.organisation,
      constituencyGroup: user.constituencyGroup,
    };
  }

  async acceptInvitation(token: string, request: AcceptInvitationRequest, ip: string, userAgent?: string) {
    refuseCommonPassword(request.password, 'password');
    const user = await this.redeem(
      { token, purpose: 'invitation', password: request.password, ip },
      'invitation_invalid',
      async (manager, row, passwordHash) => {
        const { password: _, ...profile } = request;
        const changes = { ...profile, iloRegion: iloRegionOf(profile.country), passwordHash, activatedAt: row.user.activatedAt ?? new Date() };
        await manager.update(User, { id: row.userId }, changes);
        await this.membership.activateInvitations(manager, row.userId);
        return Object.assign(row.user, changes);
      },
    );
    return { user, ...(await this.sessions.start(user, userAgent)) };
  }

  /**
   * Sets a password through an emailed link. The link is looked up before the password is hashed,
   * so a made-up token costs one indexed read, not a hash; attempts are counted per address and
   * per link. An invitation never sets the password of an account that has one. Setting the
   * password ends every other pending link of the person.
   */
  private async redeem<T>(
    link: { token: string; purpose: UserTokenPurpose; password: string; ip: string },
    invalid: 'reset_token_invalid' | 'invitation_invalid',
    apply: (manager: EntityManager, row: UserToken, passwordHash: string) => Promise<T>,
  ): Promise<T> {
    const { token, purpose, ip } = link;
    const address = `link-from:${ip}`;
    await this.throttle.take('too_many_requests', [
      { key: address, max: LINK_FAILURES_PER_ADDRESS },
      { key: `link:${hashToken(token)}`, max: ATTEMPTS_PER_LINK },
    ]);
    const usable = (row: UserToken | undefined): row is UserToken => !!row && !(purpose === 'invitation' && row.user.passwordHash);
    if (!usable(await this.tokens.find(this.dataSource.manager, token, purpose))) throw new ApiException(invalid);
    const passwordHash = await hashPassword(link.password);
    const result = await this.dataSource.transaction(async (manager) => {
      const row = await this.tokens.find(manager, token, purpose, true);
      if (!usable(row)) throw new ApiException(invalid);
      await this.tokens.revokePending(manager, row.userId);
      return apply(manager, row, passwordHash);
    });
    await this.throttle.giveBack([address]);
    return result;
  }
}
