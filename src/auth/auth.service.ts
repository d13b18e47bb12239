import { BadRequestException, HttpException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { UserView } from '../org/dto/user.view';
import { User } from '../org/user.entity';
import { LoginResult } from './dto/login.dto';
import { PasswordService } from './password.service';

/** Failures per client address inside the window before that address is refused for a while. */
const ADDRESS_MAX_FAILURES = 30;
const ADDRESS_WINDOW_MS = 15 * 60_000;

@Injectable()
export class AuthService {
  /** In-process guard against password spraying across many accounts from one address. */
  private readonly failuresByAddress = new Map<string, { count: number; since: number }>();

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
    private readonly passwords: PasswordService,
  ) {}

  async login(login: string, password: string, address: string, now = new Date()): Promise<LoginResult> {
    this.refuseThrottledAddress(address, now);
    const user = await this.users.findOne({
      where: { login },
      select: { id: true, passwordHash: true, active: true, failedLogins: true, lockedUntil: true } as never,
    });
    if (user?.lockedUntil && user.lockedUntil > now) {
      const minutes = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000);
      throw new HttpException(`登录失败次数过多，账号已暂时锁定，请 ${minutes} 分钟后再试`, HttpStatus.TOO_MANY_REQUESTS);
    }
    // Unknown logins cost a hash check too, so the answer's timing does not reveal which logins exist.
    const ok = user ? await this.passwords.verify(user.passwordHash, password) : await this.passwords.verifyNobody(password);
    if (!user || !ok) {
      this.noteAddressFailure(address, now);
      if (user) await this.noteAccountFailure(user, now);
      throw new UnauthorizedException('登录名或密码错误');
    }
    if (!user.active) throw new UnauthorizedException('账号已停用，请联系管理员');
    if (user.failedLogins > 0 || user.lockedUntil) {
      await this.users.save({ id: user.id, failedLogins: 0, lockedUntil: null });
    }
    const full = await this.users.findOneByOrFail({ id: user.id });
    const iat = Math.floor(now.getTime() / 1000);
    const expiresIn = this.config.TOKEN_TTL_MINUTES * 60;
    // `iat` has whole seconds only; `iatMs` lets a password change or disabling end sessions
    // issued earlier in the same second (see AuthGuard).
    const token = await this.jwt.signAsync({ sub: full.id, iat, iatMs: now.getTime() }, { expiresIn });
    return { token, expiresAt: new Date((iat + expiresIn) * 1000).toISOString(), user: UserView.of(full) };
  }

  async changePassword(userId: number, current: string, next: string): Promise<void> {
    const user = await this.users.findOneOrFail({ where: { id: userId }, select: { id: true, passwordHash: true } as never });
    if (!(await this.passwords.verify(user.passwordHash, current))) throw new BadRequestException('当前密码不正确'); // not 401: the session itself is fine
    await this.users.save({ id: userId, passwordHash: await this.passwords.hash(next), tokensValidAfter: new Date() });
  }

  private async noteAccountFailure(user: User, now: Date): Promise<void> {
    const failedLogins = user.failedLogins + 1;
    const locked = failedLogins >= this.config.LOGIN_MAX_FAILURES;
    await this.users.save({
      id: user.id,
      failedLogins: locked ? 0 : failedLogins,
      lockedUntil: locked ? new Date(now.getTime() + this.config.LOGIN_LOCK_MINUTES * 60_000) : user.lockedUntil,
    });
  }

  private refuseThrottledAddress(address: string, now: Date): void {
    const entry = this.failuresByAddress.get(address);
    if (entry && now.getTime() - entry.since > ADDRESS_WINDOW_MS) this.failuresByAddress.delete(address);
    else if (entry && entry.count >= ADDRESS_MAX_FAILURES) {
      throw new HttpException('登录失败次数过多，请稍后再试', HttpStatus.TOO_MANY_REQUESTS);
    }
  }

  private noteAddressFailure(address: string, now: Date): void {
    const entry = this.failuresByAddress.get(address) ?? { count: 0, since: now.getTime() };
    entry.count += 1;
    this.failuresByAddress.set(address, entry);
  }
}
