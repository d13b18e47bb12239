import { Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { Clock } from '../common/clock';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { RedisConnections } from '../redis/redis-connections';

/** Failures are forgotten after an hour without a new one. */
const FORGET_AFTER_MS = 3_600_000;
/** Bound of the in-process fallback, so a Redis outage plus a flood of made-up logins cannot grow it. */
const LOCAL_MAX_ENTRIES = 10_000;

interface Counter {
  fails: number;
  /** Instant (ms) before which no attempt is examined; 0 when there is no delay. */
  until: number;
}

/**
 * Exponential delay after failed logins, per account name and per client address: after the
 * free failures each further failure makes the next attempt wait 1, 2, 4 … seconds, capped.
 * Nothing is ever locked for long, so nobody can lock a colleague out, and an unknown login is
 * counted exactly like a real one. The counters live in Redis so every API process shares them;
 * while Redis is unreachable each process counts on its own (the same rule, in memory) and logins
 * keep working.
 */
@Injectable()
export class LoginThrottle {
  private readonly redis: Redis;
  private readonly local = new Map<string, Counter & { expires: number }>();

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly clock: Clock,
    connections: RedisConnections,
  ) {
    this.redis = connections.create('login-throttle');
  }

  /** Milliseconds to wait before an attempt for this login from this address may be examined. */
  async waitMs(login: string, address: string): Promise<number> {
    const now = this.clock.now().getTime();
    const counters = await Promise.all(this.keys(login, address).map(([key]) => this.read(key)));
    return Math.max(0, ...counters.map((c) => c.until - now));
  }

  async recordFailure(login: string, address: string): Promise<void> {
    await Promise.all(this.keys(login, address).map(([key, free]) => this.increment(key, free)));
  }

  /** A correct password clears the account's count; the address keeps its own until forgotten. */
  async recordSuccess(login: string): Promise<void> {
    const key = this.accountKey(login);
    this.local.delete(key);
    await this.redis.del(key).catch(() => undefined);
  }

  private keys(login: string, address: string): [string, number][] {
    return [
      [this.accountKey(login), this.config.LOGIN_FREE_FAILURES],
      [`${this.config.QUEUE_PREFIX}:login:address:${address}`, this.config.LOGIN_ADDRESS_FREE_FAILURES],
    ];
  }

  private accountKey(login: string): string {
    return `${this.config.QUEUE_PREFIX}:login:account:${login}`;
  }

  private delayAfter(fails: number, free: number): number {
    return fails < free ? 0 : Math.min(1000 * 2 ** (fails - free), this.config.LOGIN_MAX_DELAY_SECONDS * 1000);
  }

  private async read(key: string): Promise<Counter> {
    try {
      const [fails, until] = await this.redis.hmget(key, 'fails', 'until');
      return { fails: Number(fails ?? 0), until: Number(until ?? 0) };
    } catch {
      return this.fallback(key);
    }
  }

  private async increment(key: string, free: number): Promise<void> {
    const now = this.clock.now().getTime();
    try {
      const result = await this.redis.multi().hincrby(key, 'fails', 1).pexpire(key, FORGET_AFTER_MS).exec();
      const fails = Number(result?.[0]?.[1]);
      if (!Number.isFinite(fails)) throw new Error('HINCRBY gave no count');
      const delay = this.delayAfter(fails, free);
      if (delay) await this.redis.hset(key, 'until', now + delay);
    } catch {
      const counter = this.fallback(key);
      counter.fails += 1;
      const delay = this.delayAfter(counter.fails, free);
      if (delay) counter.until = now + delay;
      if (this.local.size >= LOCAL_MAX_ENTRIES) this.local.clear();
      this.local.set(key, { ...counter, expires: Date.now() + FORGET_AFTER_MS });
    }
  }

  /** The in-process counter used while Redis cannot be reached (RedisConnections logs the outage). */
  private fallback(key: string): Counter {
    const entry = this.local.get(key);
    if (entry && entry.expires > Date.now()) return entry;
    this.local.delete(key);
    return { fails: 0, until: 0 };
  }
}
