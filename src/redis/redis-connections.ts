import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Redis, RedisOptions } from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';

/** Minimum pause between two "Redis unreachable" log lines, so an outage does not flood the log. */
const LOG_EVERY_MS = 60_000;

/**
 * Creates every Redis connection of the process with the same resilient settings: reconnect
 * forever with a capped backoff, never crash on a connection error, log outages sparingly.
 */
@Injectable()
export class RedisConnections implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  private readonly clients: Redis[] = [];
  private lastLoggedAt = 0;

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  /** `blocking` connections (BullMQ workers) must not fail commands while reconnecting. */
  create(name: string, options: { blocking?: boolean } = {}): Redis {
    const base: RedisOptions = {
      connectionName: `fazhi:${name}`,
      retryStrategy: (times) => Math.min(times * 500, 5_000),
      maxRetriesPerRequest: options.blocking ? null : 1,
      enableOfflineQueue: options.blocking ?? false,
      connectTimeout: 2_000,
    };
    const client = new Redis(this.config.REDIS_URL, base);
    client.on('error', (err: Error) => {
      const now = Date.now();
      if (now - this.lastLoggedAt < LOG_EVERY_MS) return;
      this.lastLoggedAt = now;
      this.logger.warn(`Redis unreachable at ${this.config.REDIS_URL} (${err.message}); the API keeps serving and retries`);
    });
    this.clients.push(client);
    return client;
  }

  async onApplicationShutdown(): Promise<void> {
    // QUIT only on a live connection: queued behind a reconnect it would wait forever.
    await Promise.all(
      this.clients.map((c) =>
        c.status === 'ready'
          ? c.quit().then(
              () => undefined,
              () => c.disconnect(),
            )
          : Promise.resolve(c.disconnect()),
      ),
    );
  }
}
