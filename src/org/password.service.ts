import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';

/** argon2id hashing; the memory cost is configurable so tests stay fast. */
@Injectable()
export class PasswordService {
  private nobodyHash?: Promise<string>;

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, memoryCost: this.config.PASSWORD_HASH_MEMORY_KIB });
  }

  verify(hash: string, password: string): Promise<boolean> {
    return argon2.verify(hash, password).catch(() => false);
  }

  /** A check of the same cost as verify() that always fails (for unknown logins). */
  async verifyNobody(password: string): Promise<false> {
    this.nobodyHash ??= this.hash(randomBytes(16).toString('hex'));
    await this.verify(await this.nobodyHash, password);
    return false;
  }

  /** A readable one-time password for new accounts and resets. */
  generate(): string {
    return randomBytes(9).toString('base64url');
  }
}
