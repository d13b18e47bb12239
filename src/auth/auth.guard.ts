import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import { Repository } from 'typeorm';
import { requestContext } from '../common/request-context';
import { User, UserRole } from '../org/user.entity';
import type { AuthUser } from './auth-user';
import { IS_PUBLIC, ROLES } from './decorators';

interface TokenPayload {
  sub: number;
  iat: number;
  /** Issue instant in milliseconds (tokens from before this claim existed fall back to `iat`). */
  iatMs?: number;
}

/**
 * Global guard: every route needs a valid bearer token unless marked @Public, and a role listed
 * in @Roles when present. The user is re-read on each request so that disabling an account or
 * resetting its password takes effect at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const user = await this.authenticate(req);
    req.user = user;
    requestContext.setUser(user.id);
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(user.role)) throw new ForbiddenException('您的角色无权执行此操作');
    return true;
  }

  private async authenticate(req: Request): Promise<AuthUser> {
    const header = req.headers.authorization ?? '';
    const [scheme, token] = header.split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedException('请先登录');
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch {
      throw new UnauthorizedException('登录已过期或无效，请重新登录');
    }
    const user = await this.users.findOne({
      where: { id: payload.sub },
      select: { id: true, login: true, name: true, role: true, departmentId: true, isBureauHead: true, active: true, tokensValidAfter: true },
    });
    if (!user || !user.active) throw new UnauthorizedException('账号不存在或已停用');
    const issuedAt = typeof payload.iatMs === 'number' ? payload.iatMs : payload.iat * 1000;
    if (user.tokensValidAfter && issuedAt < user.tokensValidAfter.getTime()) {
      throw new UnauthorizedException('登录已失效，请重新登录');
    }
    return {
      id: user.id,
      login: user.login,
      name: user.name,
      role: user.role,
      departmentId: user.departmentId,
      isBureauHead: user.isBureauHead,
    };
  }
}
