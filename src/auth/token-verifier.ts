import { ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import type { AuthUser } from '../access/auth-user';
import { UserCredentials } from '../org/user-credentials.service';

export interface TokenPayload {
  sub: number;
  iat: number;
  /** Issue time in milliseconds, so a password change invalidates tokens of the same second. */
  iatMs?: number;
}

/** Requests that change nothing: the only ones the web UI's cookie may authenticate. */
const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * The bearer token of a request: the Authorization header, or — for GET and HEAD only, so that
 * plain links work (evidence downloads, the queue dashboard's pages) — the web UI's cookie. A
 * browser attaches the cookie to a cross-site form too; writes therefore need the header, which
 * another site cannot set.
 */
export function bearerToken(req: Request): string | undefined {
  const [scheme, token] = (req.headers.authorization ?? '').split(' ');
  if (scheme === 'Bearer' && token) return token;
  if (!SAFE_METHODS.has(req.method)) return undefined;
  return /(?:^|;\s*)fazhi_token=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
}

/** 403 with its own `error` code, so the web UI knows to show the change-password screen. */
export class PasswordChangeRequiredException extends ForbiddenException {
  constructor() {
    super({ message: '请先修改初始密码（管理员生成或重置的密码必须在首次登录后修改）', errorCode: 'PASSWORD_CHANGE_REQUIRED' });
  }
}

/**
 * Turns a token into the user it speaks for. The user is re-read every time so that disabling
 * an account or resetting its password takes effect at once.
 */
@Injectable()
export class TokenVerifier {
  constructor(
    private readonly jwt: JwtService,
    private readonly credentials: UserCredentials,
  ) {}

  /**
   * `passwordChange: 'allow'` is for the few routes a user whose password must still be changed
   * may call (see AuthGuard); everything else refuses them with PasswordChangeRequiredException.
   */
  async authenticate(token: string | undefined, passwordChange: 'allow' | 'refuse' = 'refuse'): Promise<AuthUser> {
    if (!token) throw new UnauthorizedException('请先登录');
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch {
      throw new UnauthorizedException('登录已过期或无效，请重新登录');
    }
    const user = await this.credentials.session(payload.sub);
    if (!user || !user.active) throw new UnauthorizedException('账号不存在或已停用');
    const issuedAt = typeof payload.iatMs === 'number' ? payload.iatMs : payload.iat * 1000;
    if (user.tokensValidAfter && issuedAt < user.tokensValidAfter.getTime()) throw new UnauthorizedException('登录已失效，请重新登录');
    if (user.mustChangePassword && passwordChange === 'refuse') throw new PasswordChangeRequiredException();
    return { id: user.id, login: user.login, name: user.name, role: user.role, departmentId: user.departmentId, isBureauHead: user.isBureauHead };
  }
}
