import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { DomainEvents } from '../common/domain-events';
import { requestContext } from '../common/request-context';
import { OutboxService, SendOutcome } from '../mail/outbox.service';
import { RedisConnections } from '../redis/redis-connections';
import { RemindersService } from './reminders.service';

/**
 * Queue and job names are part of the data in Redis: renaming one orphans the jobs waiting under
 * the old name, so a rename needs a migration plan (drain the queue first).
 */
export const REMINDERS_QUEUE = 'reminders';
export const JOBS = {
  dailyRun: 'daily-run',
  sendMessage: 'send-message',
  notifyUrge: 'notify-urge',
  sweep: 'sweep',
} as const;
type JobName = (typeof JOBS)[keyof typeof JOBS];

/** How long shutdown waits for active jobs to finish. */
const SHUTDOWN_GRACE_MS = 10_000;

/** Pending mail and urges older than this without a live job are re-enqueued by the sweep. */
const SWEEP_AFTER_MS = 60_000;

export type JobOutcome = SendOutcome | 'DONE' | 'SKIPPED';

/**
 * BullMQ for all reminder work: a job scheduler starts the daily run (one schedule however many
 * workers); the run enqueues one send job per message; a sweep every minute catches up what a
 * Redis outage or a missed 08:30 left behind. Handlers are ordinary service calls.
 */
@Injectable()
export class ReminderQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReminderQueue');
  private readonly queue: Queue;
  private worker?: Worker;
  private readonly queueConnection: Redis;
  private workerConnection?: Redis;
  private schedulerRetry?: NodeJS.Timeout;
  private readonly handlers: Record<JobName, (job: Job) => Promise<JobOutcome>>;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly connections: RedisConnections,
    private readonly reminders: RemindersService,
    private readonly outbox: OutboxService,
    events: DomainEvents,
  ) {
    this.queueConnection = this.connections.create('queue');
    this.queue = new Queue(REMINDERS_QUEUE, {
      connection: this.queueConnection,
      prefix: this.config.QUEUE_PREFIX,
      defaultJobOptions: { removeOnComplete: { count: 5000, age: 7 * 86_400 }, removeOnFail: { age: 30 * 86_400 } },
    });
    this.queue.on('error', () => undefined); // outages are logged once by RedisConnections
    events.on('urge.created', async ({ urgeId }) => this.add(JOBS.notifyUrge, { urgeId }, `urge-${urgeId}`));
    events.on('outbox.requeued', async ({ messageIds }) => this.enqueueSends(messageIds));
    // A Record over every job name: a job without a handler does not compile.
    this.handlers = {
      [JOBS.dailyRun]: async (job) => {
        const result = await this.reminders.runDaily(job.data?.date);
        await this.enqueueSends(result.messageIds);
        return result.status;
      },
      [JOBS.sendMessage]: (job) => this.outbox.send(job.data.messageId, job.attemptsMade + 1 >= (job.opts.attempts ?? 1)),
      [JOBS.notifyUrge]: async (job) => {
        await this.enqueueSends(await this.reminders.notifyUrge(job.data.urgeId));
        return 'DONE';
      },
      [JOBS.sweep]: () => this.sweep(),
    };
  }

  get runsWorker(): boolean {
    return this.config.PROCESS_ROLE !== 'api';
  }

  /** For the queue dashboard. */
  get bullQueue(): Queue {
    return this.queue;
  }

  onApplicationBootstrap(): void {
    if (!this.runsWorker) return;
    this.workerConnection = this.connections.create('worker', { blocking: true });
    this.worker = new Worker(REMINDERS_QUEUE, (job) => this.process(job), {
      connection: this.workerConnection,
      prefix: this.config.QUEUE_PREFIX,
      concurrency: this.config.WORKER_CONCURRENCY,
    });
    this.worker.on('error', () => undefined);
    this.worker.on('failed', (job, err) => this.logger.warn(`Job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${err.message}`));
    void this.installSchedulers();
  }

  /**
   * Graceful stop: the worker finishes its active jobs before closing. Without Redis BullMQ's
   * graceful close() never returns (it waits for a connection), so then the worker is closed
   * forcefully: a job it was running keeps its lock until that expires and another worker takes it.
   */
  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.schedulerRetry);
    const redisUp = this.workerConnection?.status === 'ready';
    const grace = new Promise<false>((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS, false).unref());
    if (this.worker && !(await Promise.race([this.worker.close(!redisUp).then(() => true), grace]))) {
      this.logger.warn(`Worker did not finish its jobs within ${SHUTDOWN_GRACE_MS} ms; leaving them to their lock expiry`);
    }
    // Without Redis, BullMQ's queue close waits for a connection too: RedisConnections drops it.
    if (this.queueConnection.status === 'ready') await this.queue.close();
  }

  /** Enqueues a job; with Redis down it returns false and the sweep catches up later. */
  async add(name: JobName, data: Record<string, unknown>, jobId?: string): Promise<boolean> {
    try {
      await this.queue.add(name, data, { ...this.jobOptions(name), ...(jobId ? { jobId } : {}) });
      return true;
    } catch (err) {
      this.logger.warn(`Could not enqueue ${name} (${(err as Error).message}); the sweep will retry`);
      return false;
    }
  }

  /** Mail is retried with exponential backoff for a long while; other jobs briefly. */
  private jobOptions(name: JobName) {
    return name === JOBS.sendMessage
      ? { attempts: this.config.MAIL_SEND_ATTEMPTS, backoff: { type: 'exponential', delay: this.config.MAIL_RETRY_BASE_MS } }
      : { attempts: 3, backoff: { type: 'exponential', delay: 5_000 } };
  }

  async enqueueSends(messageIds: number[]): Promise<void> {
    // The job id carries the attempt count: a re-enqueue of the same pending message is deduplicated.
    const attempts = await this.outbox.attemptsOf(messageIds);
    const opts = this.jobOptions(JOBS.sendMessage);
    try {
      // One round trip for a whole run's messages.
      await this.queue.addBulk(
        messageIds.map((id) => ({ name: JOBS.sendMessage, data: { messageId: id }, opts: { ...opts, jobId: `send-${id}-${attempts.get(id) ?? 0}` } })),
      );
    } catch (err) {
      this.logger.warn(`Could not enqueue ${messageIds.length} sends (${(err as Error).message}); the sweep will retry`);
    }
  }

  /** Runs a job's handler as the `reminders` actor (audit events say who changed data). */
  process(job: Job): Promise<JobOutcome> {
    const handler = this.handlers[job.name as JobName];
    if (!handler) throw new Error(`No handler for job ${job.name}`);
    return requestContext.run({ requestId: `job-${job.id}`, actor: 'reminders' }, () => handler(job));
  }

  /** Catch-up: today's missed run, urges never notified, mail whose job was lost. */
  async sweep(): Promise<JobOutcome> {
    const today = await this.reminders.runIsDue();
    if (today) await this.add(JOBS.dailyRun, { date: today }, `catch-up-${today}`);
    // No job id here: a failed notify job stays in Redis under its id and would block the re-add.
    for (const urgeId of await this.reminders.unnotifiedUrges(SWEEP_AFTER_MS)) await this.add(JOBS.notifyUrge, { urgeId });
    await this.enqueueSends(await this.outbox.waiting(SWEEP_AFTER_MS));
    return 'DONE';
  }

  private async installSchedulers(): Promise<void> {
    try {
      const policy = await this.reminders.policy();
      const [hour, minute] = policy.runAt.split(':').map(Number);
      await this.queue.upsertJobScheduler('daily-run', { pattern: `${minute} ${hour} * * *`, tz: this.config.TIME_ZONE }, { name: JOBS.dailyRun });
      await this.queue.upsertJobScheduler('sweep', { every: 60_000 }, { name: JOBS.sweep });
      await this.add(JOBS.sweep, {});
    } catch (err) {
      this.logger.warn(`Job schedulers not installed yet (${(err as Error).message}); retrying in 30 s`);
      this.schedulerRetry = setTimeout(() => void this.installSchedulers(), 30_000);
    }
  }

  /**
   * Re-reads the policy's run time into the scheduler (after an admin changes it). The schedulers
   * live in Redis, so an API-only process updates them too (the workers only install at boot).
   */
  async reschedule(): Promise<void> {
    await this.installSchedulers();
  }
}
