import { BadRequestException, HttpException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { InputValidationException } from '../common/validation';
import { UserView } from '../org/dto/user.view';
import { User } from '../org/user.entity';
import { LoginResult } from './dto/login.dto';
import { LoginThrottle } from './login-throttle';
import { assertAcceptablePassword } from './password-rules';
import { PasswordService } from './password.service';

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
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
    private readonly passwords: PasswordService,
    private readonly throttle: LoginThrottle,
  ) {}

  /**
   * While a delay runs the password is not even examined, and the answer is the same whether the
   * login exists or not: both are counted under the name that was typed.
   */
  async login(login: string, password: string, address: string, now = new Date()): Promise<LoginResult> {
    const waitMs = await this.throttle.waitMs(login, address);
    if (waitMs > 0) throw new LoginDelayedException(Math.ceil(waitMs / 1000));
    const user = await this.users.findOne({ where: { login }, select: { id: true, passwordHash: true, active: true } });
    // Unknown logins cost a hash check too, so the answer's timing does not reveal which logins exist.
    const ok = user ? await this.passwords.verify(user.passwordHash, password) : await this.passwords.verifyNobody(password);
    if (!user || !ok) {
      await this.throttle.recordFailure(login, address);
      throw new UnauthorizedException('登录名或密码错误');
    }
    await this.throttle.recordSuccess(login);
    if (!user.active) throw new UnauthorizedException('账号已停用，请联系管理员');
    const full = await this.users.findOneByOrFail({ id: user.id });
    const iat = Math.floor(now.getTime() / 1000);
    const expiresIn = this.config.TOKEN_TTL_MINUTES * 60;
    // `iat` has whole seconds only; `iatMs` lets a password change or disabling end sessions
    // issued earlier in the same second (see AuthGuard).
    const token = await this.jwt.signAsync({ sub: full.id, iat, iatMs: now.getTime() }, { expiresIn });
    return {
      token,
      expiresAt: new Date((iat + expiresIn) * 1000).toISOString(),
      mustChangePassword: full.mustChangePassword,
      user: UserView.of(full),
    };
  }

  async changePassword(userId: number, current: string, next: string): Promise<void> {
    const user = await this.users.findOneOrFail({ where: { id: userId }, select: { id: true, login: true, passwordHash: true } });
    if (!(await this.passwords.verify(user.passwordHash, current))) throw new BadRequestException('当前密码不正确'); // not 401: the session itself is fine
    assertAcceptablePassword('newPassword', next, user.login);
    if (next === current) throw new InputValidationException([{ field: 'newPassword', message: '新密码不能与当前密码相同' }]);
    await this.users.save({ id: userId, passwordHash: await this.passwords.hash(next), tokensValidAfter: new Date(), mustChangePassword: false });
  }
}
