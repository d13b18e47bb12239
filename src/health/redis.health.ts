import { Injectable, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { RedisConnections } from '../redis/redis-connections';

/**
 * Pings Redis on a connection of its own (never queued behind the workers' commands) within
 * HEALTH_REDIS_TIMEOUT_MS; a connection known to be down answers at once. An outage is reported,
 * never thrown at the caller.
 */
@Injectable()
export class RedisHealthIndicator implements OnModuleInit {
  private client: Redis;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly connections: RedisConnections,
    private readonly indicator: HealthIndicatorService,
  ) {}

  onModuleInit(): void {
    this.client = this.connections.create('health');
  }

  async check(key = 'redis') {
    const probe = this.indicator.check(key);
    let timer: NodeJS.Timeout | undefined;
    if (this.client.status !== 'ready') return probe.down({ message: `Redis 不可用：连接状态 ${this.client.status}` });
    try {
      const started = Date.now();
      await Promise.race([
        this.client.ping(),
        new Promise(
          (_, reject) =>
            (timer = setTimeout(() => reject(new Error(`${this.config.HEALTH_REDIS_TIMEOUT_MS} ms 内无响应`)), this.config.HEALTH_REDIS_TIMEOUT_MS)),
        ),
      ]);
      return probe.up({ latencyMs: Date.now() - started });
    } catch (err) {
      return probe.down({ message: `Redis 不可用：${(err as Error).message}` });
    } finally {
      clearTimeout(timer);
    }
  }
}
