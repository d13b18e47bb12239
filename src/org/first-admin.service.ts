import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Repository } from 'typeorm';
import { PasswordService } from './password.service';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { requestContext } from '../common/request-context';
import { User } from './user.entity';

export const FIRST_ADMIN_LOGIN = 'admin';

/** On first start with an empty database: an admin account, and word of how to log in. */
@Injectable()
export class FirstAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Setup');

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly passwords: PasswordService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.PROCESS_ROLE === 'worker' || (await this.users.count()) > 0) return;
    const password = this.config.ADMIN_PASSWORD ?? this.passwords.generate();
    const passwordHash = await this.passwords.hash(password);
    // A password chosen by the operator (ADMIN_PASSWORD) is theirs to keep; a generated one has
    // been printed to the log and a file, so it must be replaced at first login.
    const mustChangePassword = !this.config.ADMIN_PASSWORD;
    const admin = this.users.create({
      login: FIRST_ADMIN_LOGIN,
      name: '系统管理员',
      email: 'admin@fazhi.local',
      role: 'admin',
      passwordHash,
      mustChangePassword,
    });
    await requestContext.run({ requestId: 'setup', actor: 'setup' }, () => this.users.save(admin));
    const file = join(this.config.dataDir, 'admin-password.txt');
    if (!this.config.ADMIN_PASSWORD) writeFileSync(file, `${password}\n`, { mode: 0o600 });
    this.logger.log(
      `First start: created the admin account. Log in at http://localhost:${this.config.PORT}/ as "${FIRST_ADMIN_LOGIN}" ` +
        (this.config.ADMIN_PASSWORD ? 'with ADMIN_PASSWORD' : `with password "${password}" (also saved in ${file}; it must be changed at first login)`),
    );
  }
}
