import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  acceptInvitationRequestSchema,
  changePasswordRequestSchema,
  currentUserSchema,
  forgotPasswordRequestSchema,
  invitationDetailsSchema,
  resetPasswordRequestSchema,
  SIGNED_IN_HINT_COOKIE,
  signInRequestSchema,
  tokenSchema,
  type AcceptInvitationRequest,
  type ChangePasswordRequest,
  type CurrentUser,
  type ForgotPasswordRequest,
  type ResetPasswordRequest,
  type SignInRequest,
} from '@sstc/shared';
import { Caller, Public } from '../../common/decorators/access.decorators.js';
import { Returns, ValidBody } from '../../common/decorators/contract.decorators.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import { toCurrentUser } from '../users/user.mapper.js';
import { AuthService } from './auth.service.js';
import { SESSION_COOKIE, SessionsService } from './sessions.service.js';

const tokenPipe = new ZodValidationPipe(tokenSchema);

@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  @Public()
  @Post('sign-in')
  @HttpCode(200)
  @Returns(currentUserSchema)
  async signIn(
    @ValidBody(signInRequestSchema) body: SignInRequest,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CurrentUser> {
    const { user, token, expiresAt } = await this.auth.signIn(body.email, body.password, request.ip ?? '', request.headers['user-agent']);
    this.startSession(response, token, expiresAt);
    return toCurrentUser(user);
  }

  @Post('sign-out')
  @HttpCode(204)
  async signOut(@Caller() caller: RequestUser, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.sessions.end(caller.id, caller.sessionId);
    this.endSession(response);
  }

  @Post('sign-out-everywhere')
  @HttpCode(204)
  async signOutEverywhere(@Caller() caller: RequestUser, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.sessions.endAll(caller.id);
    this.endSession(response);
  }

  @Get('me')
  @Returns(currentUserSchema)
  me(@Caller() caller: RequestUser): CurrentUser {
    const { sessionId: _, ...user } = caller;
    return user;
  }

  @Public()
  @Post('password/forgot')
  @HttpCode(202)
  async forgotPassword(@ValidBody(forgotPasswordRequestSchema) body: ForgotPasswordRequest): Promise<void> {
    await this.auth.requestPasswordReset(body.email);
  }

  @Public()
  @Post('password/reset')
  @HttpCode(204)
  async resetPassword(@ValidBody(resetPasswordRequestSchema) body: ResetPasswordRequest, @Req() request: Request): Promise<void> {
    await this.auth.resetPassword(body.token, body.password, request.ip ?? '');
  }

  @Post('password/change')
  @HttpCode(204)
  async changePassword(@Caller() caller: RequestUser, @ValidBody(changePasswordRequestSchema) body: ChangePasswordRequest): Promise<void> {
    await this.auth.changePassword(caller, body);
  }

  @Public()
  @Get('invitations/:token')
  @Returns(invitationDetailsSchema)
  invitation(@Param('token', tokenPipe) token: string) {
    return this.auth.invitation(token);
  }

  @Public()
  @Post('invitations/:token/accept')
  @HttpCode(200)
  @Returns(currentUserSchema)
  async acceptInvitation(
    @Param('token', tokenPipe) token: string,
    @ValidBody(acceptInvitationRequestSchema) body: AcceptInvitationRequest,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CurrentUser> {
    const { user, token: sessionToken, expiresAt } = await this.auth.acceptInvitation(token, body, request.ip ?? '', request.headers['user-agent']);
    this.startSession(response, sessionToken, expiresAt);
    return toCurrentUser(user);
  }

  /** The session's cookie, and beside it the page's hint that someone is signed in (same lifetime). */
  private startSession(response: Response, token: string, expiresAt: Date): void {
    response.cookie(SESSION_COOKIE, token, this.sessions.cookieOptions(expiresAt));
    response.cookie(SIGNED_IN_HINT_COOKIE, '1', { ...this.sessions.cookieOptions(expiresAt), httpOnly: false });
  }

  private endSession(response: Response): void {
    response.clearCookie(SESSION_COOKIE, this.sessions.cookieOptions());
    response.clearCookie(SIGNED_IN_HINT_COOKIE, { ...this.sessions.cookieOptions(), httpOnly: false });
  }
}
