import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@sstc/shared';
import type { RequestUser } from '../http/request-user.js';

export const PUBLIC_KEY = 'sstc:public';
export const ROLES_KEY = 'sstc:roles';

/** Open to anyone, signed in or not. Every other route requires a session. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only these roles may call the route; object checks stay in the service. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const Caller = createParamDecorator((_: unknown, context: ExecutionContext): RequestUser => {
  return context.switchToHttp().getRequest<Express.Request>().user!;
});
