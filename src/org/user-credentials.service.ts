import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { InputValidationException } from '../common/validation';
import { assertAcceptablePassword } from './password-rules';
import { PasswordService } from './password.service';
import { User } from './user.entity';

/**
 * The org module's credential side for the auth module: password checks, a user's own password
 * change, and the account state a token is checked against. Auth never reads the users table.
 */
@Injectable()
export class UserCredentials {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly passwords: PasswordService,
  ) {}

  /** The account this login and password belong to (active or not), or null. */
  async check(login: string, password: string): Promise<User | null> {
    const user = await this.users.findOne({ where: { login }, select: { id: true, passwordHash: true } });
    // Unknown logins cost a hash check too, so the answer's timing does not reveal which logins exist.
    const ok = user ? await this.passwords.verify(user.passwordHash, password) : await this.passwords.verifyNobody(password);
    return user && ok ? this.users.findOneByOrFail({ id: user.id }) : null;
  }

  /** Replaces the user's password and ends their other sessions. */
  async changePassword(userId: number, current: string, next: string): Promise<void> {
    const user = await this.users.findOneOrFail({ where: { id: userId }, select: { id: true, login: true, passwordHash: true } });
    if (!(await this.passwords.verify(user.passwordHash, current))) throw new BadRequestException('当前密码不正确'); // not 401: the session itself is fine
    assertAcceptablePassword('newPassword', next, user.login);
    if (next === current) throw new InputValidationException([{ field: 'newPassword', message: '新密码不能与当前密码相同' }]);
    await this.users.save({ id: userId, passwordHash: await this.passwords.hash(next), tokensValidAfter: new Date(), mustChangePassword: false });
  }

  /** What a token is checked against on every request: identity, role, and whether sessions still count. */
  session(id: number): Promise<User | null> {
    return this.users.findOne({
      where: { id },
      select: {
        id: true,
        login: true,
        name: true,
        role: true,
        departmentId: true,
        isBureauHead: true,
        active: true,
        tokensValidAfter: true,
        mustChangePassword: true,
      },
    });
  }
}
