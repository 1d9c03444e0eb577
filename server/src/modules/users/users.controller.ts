import { Controller, Get, Patch, Post } from '@nestjs/common';
import {
  currentUserSchema,
  inviteUserRequestSchema,
  pageOf,
  updateProfileRequestSchema,
  userListQuerySchema,
  userSummarySchema,
  type CurrentUser,
  type InviteUserRequest,
  type UpdateProfileRequest,
  type UserListQuery,
} from '@sstc/shared';
import { Caller, Roles } from '../../common/decorators/access.decorators.js';
import { Returns, ValidBody, ValidQuery } from '../../common/decorators/contract.decorators.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { toCurrentUser } from './user.mapper.js';
import { UsersService } from './users.service.js';

@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Patch('profile')
  @Returns(currentUserSchema)
  async updateProfile(@Caller() caller: RequestUser, @ValidBody(updateProfileRequestSchema) body: UpdateProfileRequest): Promise<CurrentUser> {
    return toCurrentUser(await this.users.updateProfile(caller.id, body));
  }

  @Roles('organizer')
  @Get('users')
  @Returns(pageOf(userSummarySchema))
  list(@ValidQuery(userListQuerySchema) query: UserListQuery) {
    return this.users.list(query);
  }

  @Roles('organizer')
  @Post('users/invitations')
  @Returns(userSummarySchema)
  invite(@ValidBody(inviteUserRequestSchema) body: InviteUserRequest) {
    return this.users.invite(body);
  }
}
