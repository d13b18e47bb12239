import { Injectable, Logger } from '@nestjs/common';
import { Semaphore } from '../common/semaphore';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { ChatChannels } from './chat-channels';
import { MailTransport, SMTP_POOL_CONNECTIONS } from './mail-transport';
import type { OutboxStatus } from './outbox-message.entity';
import { ClaimedMessage, NewMessage, OutboxRepository, SendRequest, SentRecord, Waiting } from './outbox-repository';
import { isOutage, SmtpBreaker } from './smtp-breaker';

export type { NewMessage, SendRequest } from './outbox-repository';

/** What a send attempt came to (job handlers return it, so they are testable without a queue). */
export type SendResult =
  | { status: 'SENT' | 'UNSENT' | 'SKIPPED' | 'FAILED' | 'DEFERRED' }
  /** The chain's next attempt is due at `retryAt`; `attempts` names it (the next job's id). */
  | { status: 'RETRY_SCHEDULED'; retryAt: Date; attempts: number }
  /** The server accepted the message but the `sent` write failed: record it later, never re-send. */
  | { status: 'SENT_UNRECORDED'; smtpMessageId: string; sentAt: Date };

export interface SendOutcome {
  id: number;
  result: SendResult;
}

const OUTAGE_NOTE = '邮件服务器暂时无法连接，恢复后将自动重新发送';
/** Tries of the `sent` write before it is handed to a record-sent job. */
const RECORD_TRIES = 3;

/**
 * Every e-mail is first written to the outbox under its idempotency key, then sent at most once:
 * a claim (one UPDATE … RETURNING) hands a message to one sender only; its retry chain (attempts,
 * next attempt time) lives in the row.
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger('Outbox');
  private readonly claimSlots = new Semaphore(2 * SMTP_POOL_CONNECTIONS);

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly rows: OutboxRepository,
    private readonly transport: MailTransport,
    private readonly breaker: SmtpBreaker,
    private readonly chat: ChatChannels,
  ) {}

  /**
   * Writes messages whose idempotency key is new; returns the ids of every message of these keys
   * that still waits to be sent (new ones and ones a previous run left pending).
   */
  async enqueue(messages: NewMessage[]): Promise<number[]> {
    await this.rows.insertNew(messages);
    return this.rows.pendingOfKeys(messages.map((m) => m.idempotencyKey));
  }

  /**
   * Delivery attempts of a few messages at once (a chunk: about one per pooled SMTP connection),
   * claimed in one statement and marked `sent` in one. Without SMTP a message is kept `unsent`. On
   * an SMTP error it goes back in line with its next attempt time (or `failed` at the end of the
   * chain); while the breaker is open it is not attempted but failed by the outage (re-sent when
   * the server answers again). `attempts`: the attempt of the chain a request is for (see
   * OutboxRepository.claim). Chat messages (钉钉 / 企业微信 robots) take the same chain but not
   * the SMTP breaker.
   */
  async sendMany(requests: SendRequest[]): Promise<SendOutcome[]> {
    // Claimed messages wait in the transport's queue: a bounded number per process keeps each
    // one's wait far below the stale-claim timeout, whatever the jobs running at once.
    const release = await this.claimSlots.acquire(requests.length);
    try {
      const outcomes = new Map<number, SendResult>();
      const smtpDown = this.breaker.open && this.transport.configured;
      if (smtpDown) {
        for (const id of await this.rows.parkForOutage(
          requests.map((r) => r.id),
          OUTAGE_NOTE,
        ))
          outcomes.set(id, { status: 'DEFERRED' });
      }
      const claimed = await this.rows.claim(
        requests.filter((r) => !outcomes.has(r.id)),
        new Date(Date.now() - this.config.MAIL_STALE_CLAIM_MS),
        smtpDown,
      );
      const accepted: SentRecord[] = [];
      await Promise.all(
        claimed.map(async (message) => {
          const result = await this.attempt(message);
          if ('id' in result) accepted.push(result);
          else outcomes.set(message.id, result);
        }),
      );
      const recorded = await this.recordSent(accepted);
      for (const r of accepted) {
        outcomes.set(r.id, recorded ? { status: 'SENT' } : { status: 'SENT_UNRECORDED', smtpMessageId: r.smtpMessageId, sentAt: r.sentAt });
      }
      return requests.map((r) => ({ id: r.id, result: outcomes.get(r.id) ?? { status: 'SKIPPED' } }));
    } finally {
      release();
    }
  }

  /** One delivery attempt of a message; the record to write when it was accepted. */
  private async attempt(message: ClaimedMessage): Promise<SendResult | SentRecord> {
    const email = message.channel === 'email';
    let delivered;
    try {
      delivered = await (email ? this.transport.deliver(message) : this.chat.deliver(message));
    } catch (err) {
      return this.afterError(message, err as Error, email);
    }
    if (!delivered.delivered) {
      await this.rows.markUnsent(message.id, delivered.reason);
      return { status: 'UNSENT' };
    }
    if (email) this.breaker.recordReachable();
    return { id: message.id, smtpMessageId: delivered.messageId, sentAt: new Date() };
  }

  /** One delivery attempt of one message (see `sendMany`). */
  async send(id: number, attempts?: number): Promise<SendResult> {
    const [outcome] = await this.sendMany([{ id, attempts }]);
    return outcome.result;
  }

  private async afterError(message: { id: number; attempts: number; retryChainStart: number }, err: Error, email: boolean): Promise<SendResult> {
    const outage = email && isOutage(err);
    if (outage) this.breaker.recordOutage();
    else if (email) this.breaker.recordReachable();
    const error = err.message.slice(0, 2000);
    const attempt = message.attempts - message.retryChainStart;
    if (attempt >= this.config.MAIL_SEND_ATTEMPTS) {
      await this.rows.markFailed(message.id, outage ? `${OUTAGE_NOTE}（${error}）` : error, outage);
      return { status: 'FAILED' };
    }
    const retryAt = new Date(Date.now() + this.config.MAIL_RETRY_BASE_MS * 2 ** (attempt - 1));
    await this.rows.markRetry(message.id, error, retryAt);
    return { status: 'RETRY_SCHEDULED', retryAt, attempts: message.attempts };
  }

  /** Writes `sent`, retrying a failed write briefly; false when it still fails (never re-sent). */
  async recordSent(records: SentRecord[], tries = RECORD_TRIES): Promise<boolean> {
    for (let i = 1; ; i++) {
      try {
        await this.rows.markSent(records);
        return true;
      } catch (err) {
        if (i >= tries) {
          this.logger.warn(
            `Messages ${records.map((r) => r.id).join(', ')} were accepted by the SMTP server but could not be marked sent (${(err as Error).message})`,
          );
          return false;
        }
        await new Promise((resolve) => setTimeout(resolve, 200 * i));
      }
    }
  }

  /** Pending messages whose attempt is overdue by `graceMs` (their job may have been lost). */
  due(graceMs: number): Promise<Waiting[]> {
    return this.rows.due(new Date(Date.now() - graceMs));
  }

  /** Claims gone stale: the worker died mid-send. */
  staleClaims(): Promise<Waiting[]> {
    return this.rows.staleClaims(new Date(Date.now() - this.config.MAIL_STALE_CLAIM_MS));
  }

  /** Puts failed (or unsent) messages back in line with a new retry chain. */
  retry(which: 'outage' | 'failed' | number[]): Promise<number[]> {
    return this.rows.requeue(which);
  }

  attemptsOf(ids: number[]): Promise<Map<number, number>> {
    return this.rows.attemptsOf(ids);
  }

  /** Message id by idempotency key (what a run wrote, to link other records to its mail). */
  idsOfKeys(keys: string[]): Promise<Map<string, number>> {
    return this.rows.idsOfKeys(keys);
  }

  /** Where these messages stand (the notification centre's delivery words). */
  statusesOf(ids: number[]): Promise<Map<number, OutboxStatus>> {
    return this.rows.statusesOf(ids);
  }
}
