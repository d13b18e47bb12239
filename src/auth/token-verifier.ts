import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import { Repository } from 'typeorm';
import { User } from '../org/user.entity';
import type { AuthUser } from './auth-user';

export interface TokenPayload {
  sub: number;
  iat: number;
  /** Issue time in milliseconds, so a password change invalidates tokens of the same second. */
  iatMs?: number;
}

/** The bearer token of a request: the Authorization header, or the web UI's cookie. */
export function bearerToken(req: Request): string | undefined {
  const [scheme, token] = (req.headers.authorization ?? '').split(' ');
  if (scheme === 'Bearer' && token) return token;
  return /(?:^|;\s*)fazhi_token=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
}

/**
 * Turns a token into the user it speaks for. The user is re-read every time so that disabling
 * an account or resetting its password takes effect at once.
 */
@Injectable()
export class TokenVerifier {
  constructor(
    private readonly jwt: JwtService,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async authenticate(token: string | undefined): Promise<AuthUser> {
    if (!token) throw new UnauthorizedException('请先登录');
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
    if (user.tokensValidAfter && issuedAt < user.tokensValidAfter.getTime()) throw new UnauthorizedException('登录已失效，请重新登录');
    return { id: user.id, login: user.login, name: user.name, role: user.role, departmentId: user.departmentId, isBureauHead: user.isBureauHead };
  }
}
