import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { iloRegionOf, type AcceptInvitationRequest, type ChangePasswordRequest, type InvitationDetails } from '@sstc/shared';
import { hashPassword, verifyPassword } from '../../common/crypto/password.js';
import { ApiException } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { MembershipService } from '../enrolments/membership.service.js';
import { User } from '../users/user.entity.js';
import { SessionsService } from './sessions.service.js';
import { SignInThrottleService } from './sign-in-throttle.service.js';
import { UserTokensService } from '../users/user-tokens.service.js';

/** At most one reset email per account in this many seconds, however often someone asks. */
const RESET_EMAIL_INTERVAL_SECONDS = 120;

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly throttle: SignInThrottleService,
    private readonly tokens: UserTokensService,
    private readonly membership: MembershipService,
  ) {}

  async signIn(email: string, password: string, ip: string, userAgent?: string) {
    await this.throttle.check(email, ip);
    const user = await this.dataSource.getRepository(User).findOneBy({ email });
    if (!user || !(await verifyPassword(password, user.passwordHash))) {
      await this.throttle.recordFailure(email, ip);
      throw new ApiException('invalid_credentials');
    }
    await this.throttle.clear(email);
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

  async resetPassword(token: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    const userId = await this.dataSource.transaction(async (manager) => {
      const row = await this.tokens.find(manager, token, 'password_reset', true);
      if (!row) throw new ApiException('reset_token_invalid');
      await this.tokens.markUsed(manager, row);
      await manager.update(User, { id: row.userId }, { passwordHash });
      return row.userId;
    });
    await this.sessions.endAll(userId);
  }

  async changePassword(caller: RequestUser, request: ChangePasswordRequest): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: caller.id });
    if (!(await verifyPassword(request.currentPassword, user.passwordHash))) throw new ApiException('wrong_password');
    await this.dataSource.getRepository(User).update({ id: user.id }, { passwordHash: await hashPassword(request.newPassword) });
    await this.sessions.endAll(user.id, caller.sessionId);
  }

  async invitation(token: string): Promise<InvitationDetails> {
    const row = await this.tokens.find(this.dataSource.manager, token, 'invitation');
    if (!row) throw new ApiException('invitation_invalid');
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

  async acceptInvitation(token: string, request: AcceptInvitationRequest, userAgent?: string) {
    const passwordHash = await hashPassword(request.password);
    const user = await this.dataSource.transaction(async (manager) => {
      const row = await this.tokens.find(manager, token, 'invitation', true);
      if (!row) throw new ApiException('invitation_invalid');
      await this.tokens.markUsed(manager, row);
      const { password: _, ...profile } = request;
      const changes = { ...profile, iloRegion: iloRegionOf(profile.country), passwordHash, activatedAt: row.user.activatedAt ?? new Date() };
      await manager.update(User, { id: row.userId }, changes);
      await this.membership.activateInvitations(manager, row.userId);
      return Object.assign(row.user, changes);
    });
    return { user, ...(await this.sessions.start(user, userAgent)) };
  }
}
