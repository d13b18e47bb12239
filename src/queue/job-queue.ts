import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { JobState, Queue, RepeatOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { RedisConnections } from '../redis/redis-connections';
import { JobHandlers } from './job-handler';
import { JobName, JobPayloads, REMINDERS_QUEUE } from './jobs';

/** A job scheduler a feature declares; its repeat options are read again at each install. */
export interface SchedulerDefinition {
  id: string;
  job: JobName;
  repeat: () => Promise<Omit<RepeatOptions, 'key'>>;
}

export interface AddOptions {
  jobId?: string;
  delay?: number;
}

/**
 * The one BullMQ queue of the service: typed enqueueing, and the job schedulers that features
 * declare (installed by the workers at boot and after every Redis reconnect, checked by the sweep).
 */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly queue: Queue;
  readonly connection: Redis;
  private readonly schedulers = new Map<string, SchedulerDefinition>();

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    connections: RedisConnections,
    private readonly handlers: JobHandlers,
  ) {
    this.connection = connections.create('queue');
    this.queue = new Queue(REMINDERS_QUEUE, { connection: this.connection, prefix: config.QUEUE_PREFIX });
    this.queue.on('error', () => undefined); // outages are logged once by RedisConnections
  }

  /** For the queue dashboard and tests. */
  get bullQueue(): Queue {
    return this.queue;
  }

  /** Enqueues a job; with Redis down it returns false (the sweep catches up later). */
  async add<N extends JobName>(name: N, payload: JobPayloads[N], options: AddOptions = {}): Promise<boolean> {
    try {
      await this.queue.add(name, payload, { ...this.handlers.options(name), ...options });
      return true;
    } catch (err) {
      this.logger.warn(`Could not enqueue ${name} (${(err as Error).message}); the sweep will retry`);
      return false;
    }
  }

  /** Many jobs of one name in one round trip; false when Redis refused them. */
  async addBulk<N extends JobName>(name: N, jobs: { payload: JobPayloads[N]; jobId: string }[]): Promise<boolean> {
    if (!jobs.length) return true;
    const opts = this.handlers.options(name);
    try {
      await this.queue.addBulk(jobs.map((j) => ({ name, data: j.payload, opts: { ...opts, jobId: j.jobId } })));
      return true;
    } catch (err) {
      this.logger.warn(`Could not enqueue ${jobs.length} ${name} jobs (${(err as Error).message}); the sweep will retry`);
      return false;
    }
  }

  /** A job's state in Redis ('unknown' when there is no such job). */
  state(jobId: string): Promise<JobState | 'unknown'> {
    return this.queue.getJobState(jobId);
  }

  defineScheduler(definition: SchedulerDefinition): void {
    this.schedulers.set(definition.id, definition);
  }

  /** Upserts every scheduler (or the one named): a single schedule however often it runs. */
  async installSchedulers(only?: string): Promise<void> {
    for (const s of this.schedulers.values()) {
      if (only && s.id !== only) continue;
      await this.queue.upsertJobScheduler(s.id, await s.repeat(), { name: s.job, opts: this.handlers.options(s.job) });
    }
  }

  /** Re-installs schedulers missing from Redis (after it lost its data); returns their ids. */
  async restoreMissingSchedulers(): Promise<string[]> {
    const missing: string[] = [];
    for (const id of this.schedulers.keys()) if (!(await this.queue.getJobScheduler(id))) missing.push(id);
    for (const id of missing) await this.installSchedulers(id);
    if (missing.length) this.logger.warn(`Job schedulers were missing in Redis and were re-installed: ${missing.join(', ')}`);
    return missing;
  }

  async onApplicationShutdown(): Promise<void> {
    // Without Redis, BullMQ's close waits for a connection: RedisConnections drops it instead.
    if (this.connection.status === 'ready') await this.queue.close();
  }
}
