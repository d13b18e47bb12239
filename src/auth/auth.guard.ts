import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { requestContext } from '../common/request-context';
import type { AuthUser, UserRole } from '../access/auth-user';
import { IS_PUBLIC, ROLES } from '../access/decorators';
import { bearerToken, TokenVerifier } from './token-verifier';

/** Routes open to a user who must still replace an admin-issued password (login is public). */
const OPEN_BEFORE_PASSWORD_CHANGE = new Set(['GET /users/me', 'POST /auth/password']);

/**
 * Global guard: every route needs a valid bearer token unless marked @Public, and a role listed
 * in @Roles when present.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const route = `${req.method} ${(req.route as { path?: string } | undefined)?.path}`;
    const user = await this.tokens.authenticate(bearerToken(req), OPEN_BEFORE_PASSWORD_CHANGE.has(route) ? 'allow' : 'refuse');
    req.user = user;
    requestContext.setUser(user.id);
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(user.role)) throw new ForbiddenException('您的角色无权执行此操作');
    return true;
  }
}
