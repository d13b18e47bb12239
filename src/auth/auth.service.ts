import { HttpException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { UserView } from '../org/dto/user.view';
import { UserCredentials } from '../org/user-credentials.service';
import { LoginResult } from './dto/login.dto';
import { LoginThrottle } from './login-throttle';

/** 429 while failed logins make this account or address wait; `retryAfterSeconds` goes into Retry-After. */
export class LoginDelayedException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(`登录尝试过于频繁，请 ${retryAfterSeconds} 秒后再试`, HttpStatus.TOO_MANY_REQUESTS);
  }
}

@Injectable()
export class AuthService {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly credentials: UserCredentials,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
  ) {}

  /**
   * While a delay runs the password is not even examined, and the answer is the same whether the
   * login exists or not: both are counted under the name that was typed.
   */
  async login(login: string, password: string, address: string, now = new Date()): Promise<LoginResult> {
    const waitMs = await this.throttle.waitMs(login, address);
    if (waitMs > 0) throw new LoginDelayedException(Math.ceil(waitMs / 1000));
    const user = await this.credentials.check(login, password);
    if (!user) {
      await this.throttle.recordFailure(login, address);
      throw new UnauthorizedException('登录名或密码错误');
    }
    await this.throttle.recordSuccess(login);
    if (!user.active) throw new UnauthorizedException('账号已停用，请联系管理员');
    const iat = Math.floor(now.getTime() / 1000);
    const expiresIn = this.config.TOKEN_TTL_MINUTES * 60;
    // `iat` has whole seconds only; `iatMs` lets a password change or disabling end sessions
    // issued earlier in the same second (see AuthGuard).
    const token = await this.jwt.signAsync({ sub: user.id, iat, iatMs: now.getTime() }, { expiresIn });
    return {
      token,
      expiresAt: new Date((iat + expiresIn) * 1000).toISOString(),
      mustChangePassword: user.mustChangePassword,
      user: UserView.of(user),
    };
  }
}
