import { Module } from '@nestjs/common';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';
import { UserTokensService } from './user-tokens.service.js';

/** People and the single-use links emailed to them (invitations, password resets), which auth redeems. */
@Module({ controllers: [UsersController], providers: [UsersService, UserTokensService], exports: [UsersService, UserTokensService] })
export class UsersModule {}
