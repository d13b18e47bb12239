import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../common/domain-events';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { JobHandler } from '../queue/job-handler';
import { JobQueue } from '../queue/job-queue';
import type { JobHandlerOptions, JobPayloads, JobStatus } from '../queue/jobs';
import { SMTP_POOL_CONNECTIONS } from './mail-transport';
import { OutboxService, type SendOutcome } from './outbox.service';
import type { Waiting } from './outbox-repository';
import { SmtpBreaker } from './smtp-breaker';

/**
 * A retry is one send job, named after the attempt (`send-<id>-<attempts>`): re-enqueueing a
 * message whose job is still waiting is a no-op, so the sweep never doubles a retry chain. First
 * attempts travel in batches (`send-messages`): a job per message cost more than its delivery.
 */
const sendJobId = (m: Waiting) => `send-${m.id}-${m.attempts}`;
const batchJobId = (batch: Waiting[]) => `send-batch-${batch[0].id}-${batch[0].attempts}-${batch[batch.length - 1].id}-${batch.length}`;
const recordJobId = (messageId: number) => `record-sent-${messageId}`;
/** Messages per batch job: a few jobs per run, each long enough to keep the SMTP pool busy. */
const BATCH = 100;

const SEND_JOB_OPTIONS: JobHandlerOptions = { attempts: 6, backoff: { type: 'exponential', delay: 1_000 }, removeOnComplete: true, removeOnFail: true };

/** The mail jobs: delivery attempts, late `sent` writes, and the outbox's part of the sweep. */
@Injectable()
export class MailJobs implements OnModuleInit {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly queue: JobQueue,
    private readonly breaker: SmtpBreaker,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.events.on('outbox.requeued', ({ messageIds }) => this.enqueueSends(messageIds));
    this.breaker.onClosed(async () => this.enqueueSends(await this.outbox.retry('outage')));
  }

  /**
   * BullMQ retries a send only when it threw (the database was unreachable); SMTP retries are the
   * row's own chain. Finished send jobs are dropped: the outbox row is their record.
   */
  @JobHandler('send-message', SEND_JOB_OPTIONS)
  async sendMessage({ messageId, attempts }: JobPayloads['send-message']): Promise<JobStatus> {
    const result = await this.outbox.send(messageId, attempts);
    await this.followUp([{ id: messageId, result }]);
    return result.status;
  }

  /**
   * A batch goes out in chunks (one message per pooled SMTP connection), as many at once as the
   * outbox's claim slots allow, each chunk's retries and late `sent` writes enqueued as it ends. A
   * batch retried by BullMQ after a throw finds the messages it already handled claimed or sent
   * and skips them; it throws only once every chunk has ended, so no chunk outlives its job.
   */
  @JobHandler('send-messages', SEND_JOB_OPTIONS)
  async sendMessages({ messages }: JobPayloads['send-messages']): Promise<JobStatus> {
    const chunks: Waiting[][] = [];
    for (let i = 0; i < messages.length; i += SMTP_POOL_CONNECTIONS) chunks.push(messages.slice(i, i + SMTP_POOL_CONNECTIONS));
    const ended = await Promise.allSettled(chunks.map(async (chunk) => this.followUp(await this.outbox.sendMany(chunk))));
    const failed = ended.find((e) => e.status === 'rejected');
    if (failed) throw failed.reason;
    return 'DONE';
  }

  /** The next attempt of each message the SMTP server refused; a job to write `sent` where that failed. */
  private async followUp(outcomes: SendOutcome[]): Promise<void> {
    for (const { id, result } of outcomes) {
      if (result.status === 'RETRY_SCHEDULED') {
        const next = { id, attempts: result.attempts };
        await this.queue.add(
          'send-message',
          { messageId: id, attempts: next.attempts },
          { jobId: sendJobId(next), delay: Math.max(0, result.retryAt.getTime() - Date.now()) },
        );
      }
      if (result.status === 'SENT_UNRECORDED') {
        const payload = { messageId: id, smtpMessageId: result.smtpMessageId, sentAt: result.sentAt.toISOString() };
        await this.queue.add('record-sent', payload, { jobId: recordJobId(id) });
      }
    }
  }

  /** Retried for about an hour: the message is out, only its `sent` state is missing. */
  @JobHandler('record-sent', { attempts: 12, backoff: { type: 'exponential', delay: 1_000 } })
  async recordSent({ messageId, smtpMessageId, sentAt }: JobPayloads['record-sent']): Promise<JobStatus> {
    if (!(await this.outbox.recordSent([{ id: messageId, smtpMessageId, sentAt: new Date(sentAt) }], 1))) {
      throw new Error(`message ${messageId} not yet recorded as sent`);
    }
    return 'DONE';
  }

  /** Enqueues the next attempt of each message (one round trip). */
  async enqueueSends(messageIds: number[]): Promise<void> {
    const attempts = await this.outbox.attemptsOf(messageIds);
    await this.enqueue(messageIds.map((id) => ({ id, attempts: attempts.get(id) ?? 0 })));
  }

  private async enqueue(messages: Waiting[]): Promise<void> {
    const batches: Waiting[][] = [];
    for (let i = 0; i < messages.length; i += BATCH) batches.push(messages.slice(i, i + BATCH));
    await this.queue.addBulk(
      'send-messages',
      batches.map((batch) => ({ payload: { messages: batch }, jobId: batchJobId(batch) })),
    );
  }

  /**
   * Messages whose attempt is overdue (their job was lost with Redis' data, or never enqueued) and
   * claims gone stale (a worker died mid-send) get a job again, and so do messages failed by an
   * SMTP outage when this worker sees no outage. A stale claim whose message was
   * accepted but not yet recorded (a record-sent job exists) is left alone: it is never re-sent.
   */
  async sweep(): Promise<number[]> {
    const stale: Waiting[] = [];
    for (const m of await this.outbox.staleClaims()) if ((await this.queue.state(recordJobId(m.id))) === 'unknown') stale.push(m);
    const waiting = [...(await this.outbox.due(this.config.QUEUE_SWEEP_INTERVAL_MS)), ...stale];
    await this.enqueue(waiting);
    // A worker restarted during an outage forgot its open breaker: what the outage failed is tried
    // again here (a server still down opens this worker's breaker after a few failures, ending it).
    const afterOutage = this.breaker.canSend ? await this.outbox.retry('outage') : [];
    await this.enqueueSends(afterOutage);
    return [...waiting.map((m) => m.id), ...afterOutage];
  }
}
