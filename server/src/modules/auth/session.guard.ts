import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Role } from '@sstc/shared';
import { PUBLIC_KEY, ROLES_KEY } from '../../common/decorators/access.decorators.js';
import { ApiException } from '../../common/http/api.exception.js';
import { SESSION_COOKIE, SessionsService } from './sessions.service.js';

/**
 * Global guard: loads the caller from the session cookie, then requires a session unless the
 * route is @Public(), and one of the route's @Roles() when it names some.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    request.user = await this.sessions.resolve(request.cookies?.[SESSION_COOKIE]);
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    if (!request.user) throw new ApiException('unauthenticated');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(request.user.role)) throw new ApiException('forbidden');
    return true;
  }
}
