import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { SessionGuard } from './session.guard.js';
import { Session } from './session.entity.js';
import { SessionsService } from './sessions.service.js';
import { SignInFailure } from './sign-in-failure.entity.js';
import { SignInThrottleService } from './sign-in-throttle.service.js';
import { UserToken } from './user-token.entity.js';
import { UserTokensService } from './user-tokens.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Session, UserToken, SignInFailure])],
  controllers: [AuthController],
  providers: [AuthService, SessionsService, SignInThrottleService, UserTokensService, { provide: APP_GUARD, useClass: SessionGuard }],
  exports: [SessionsService, UserTokensService],
})
export class AuthModule {}
