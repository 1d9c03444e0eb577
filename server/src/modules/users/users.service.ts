import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { iloRegionOf, type InviteUserRequest, type Page, type UpdateProfileRequest, type UserListQuery, type UserSummary } from '@sstc/shared';
import { ApiException } from '../../common/http/api.exception.js';
import { UserTokensService } from './user-tokens.service.js';
import { User } from './user.entity.js';
import { toUserSummary } from './user.mapper.js';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: UserTokensService,
  ) {}

  async updateProfile(userId: string, changes: UpdateProfileRequest): Promise<User> {
    const repository = this.dataSource.getRepository(User);
    if (Object.keys(changes).length === 0) return repository.findOneByOrFail({ id: userId });
    await repository.update({ id: userId }, { ...changes, ...(changes.country ? { iloRegion: iloRegionOf(changes.country) } : {}) });
    return repository.findOneByOrFail({ id: userId });
  }

  /** Invites a new person, or sends a fresh link to someone who has not accepted yet (their earlier links stop working). */
  async invite(request: InviteUserRequest): Promise<UserSummary> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(User, { where: { email: request.email }, lock: { mode: 'pessimistic_write' } });
      if (existing?.passwordHash) throw new ApiException('email_taken');
      const user = await manager.save(User, Object.assign(existing ?? {}, request, { passwordHash: null }));
      await this.tokens.issueAndEmail(manager, user, 'invitation', { replace: true });
      return toUserSummary(user);
    });
  }

  async list(query: UserListQuery): Promise<Page<UserSummary>> {
    const [users, total] = await this.dataSource.getRepository(User).findAndCount({
      order: { name: 'ASC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items: users.map(toUserSummary), total, page: query.page, pageSize: query.pageSize };
  }
}
