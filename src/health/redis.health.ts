import { Injectable, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { RedisConnections } from '../redis/redis-connections';

/** Pings Redis with a short timeout; an outage is reported, never thrown at the caller. */
@Injectable()
export class RedisHealthIndicator implements OnModuleInit {
  private client: Redis;

  constructor(
    private readonly connections: RedisConnections,
    private readonly indicator: HealthIndicatorService,
  ) {}

  onModuleInit(): void {
    this.client = this.connections.create('health');
  }

  async check(key = 'redis') {
    const probe = this.indicator.check(key);
    let timer: NodeJS.Timeout | undefined;
    try {
      const started = Date.now();
      await Promise.race([this.client.ping(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 1_000)))]);
      return probe.up({ latencyMs: Date.now() - started });
    } catch (err) {
      return probe.down({ message: `Redis 不可用：${(err as Error).message}` });
    } finally {
      clearTimeout(timer);
    }
  }
}
