import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { requestContext } from '../common/request-context';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { RedisConnections } from '../redis/redis-connections';
import { JobHandlers } from './job-handler';
import { JobQueue } from './job-queue';
import { JobName, JobPayloads, JobStatus, REMINDERS_QUEUE } from './jobs';

/** How long shutdown waits for active jobs to finish. */
const SHUTDOWN_GRACE_MS = 10_000;
/** Pause before trying again to install the schedulers when Redis refused. */
const SCHEDULER_RETRY_MS = 5_000;

/**
 * The BullMQ worker of a process whose role runs jobs. It installs the job schedulers at boot and
 * again whenever the queue's Redis connection comes back (Redis may have restarted empty).
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobWorker');
  private worker?: Worker;
  private connection?: Redis;
  private schedulerRetry?: NodeJS.Timeout;
  private stopping = false;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly connections: RedisConnections,
    private readonly queue: JobQueue,
    private readonly handlers: JobHandlers,
  ) {}

  get runs(): boolean {
    return this.config.PROCESS_ROLE !== 'api';
  }

  onApplicationBootstrap(): void {
    if (!this.runs) return;
    this.connection = this.connections.create('worker', { blocking: true });
    this.worker = new Worker(REMINDERS_QUEUE, (job) => this.process(job), {
      connection: this.connection,
      prefix: this.config.QUEUE_PREFIX,
      concurrency: this.config.WORKER_CONCURRENCY,
    });
    this.worker.on('error', () => undefined); // outages are logged once by RedisConnections
    this.worker.on('failed', (job, err) => this.logger.warn(`Job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${err.message}`));
    // 'ready' follows every (re)connect; the first one installs at boot.
    this.queue.connection.on('ready', () => this.installSchedulers());
    if (this.queue.connection.status === 'ready') this.installSchedulers();
  }

  /** Runs a job's handler as the `reminders` actor (audit events say who changed data). */
  process(job: Job): Promise<JobStatus> {
    return requestContext.run({ requestId: `job-${job.id}`, actor: 'reminders' }, () =>
      this.handlers.run(job.name as JobName, job.data as JobPayloads[JobName], { id: String(job.id), attempt: job.attemptsMade + 1 }),
    );
  }

  private installSchedulers(): void {
    clearTimeout(this.schedulerRetry);
    if (this.stopping) return;
    this.queue.installSchedulers().then(
      () => this.logger.log('Job schedulers installed'),
      (err: Error) => {
        this.logger.warn(`Job schedulers not installed yet (${err.message}); retrying in ${SCHEDULER_RETRY_MS / 1000} s`);
        this.schedulerRetry = setTimeout(() => this.installSchedulers(), SCHEDULER_RETRY_MS);
      },
    );
  }

  /**
   * Graceful stop, before any module closes its resources (the database, SMTP): the worker finishes
   * its active jobs before closing. Without Redis BullMQ's
   * graceful close() never returns (it waits for a connection), so then the worker is closed
   * forcefully: a job it was running keeps its lock until that expires and another worker takes it.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.schedulerRetry);
    if (!this.worker) return;
    const redisUp = this.connection?.status === 'ready';
    const grace = new Promise<false>((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS, false).unref());
    if (!(await Promise.race([this.worker.close(!redisUp).then(() => true), grace]))) {
      this.logger.warn(`Worker did not finish its jobs within ${SHUTDOWN_GRACE_MS} ms; leaving them to their lock expiry`);
    }
  }
}
