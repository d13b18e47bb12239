import { Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { ChatChannels } from './chat-channels';
import { MailTransport } from './mail-transport';
import type { OutboxStatus } from './outbox-message.entity';
import { NewMessage, OutboxRepository, Waiting } from './outbox-repository';
import { isOutage, SmtpBreaker } from './smtp-breaker';

export type { NewMessage } from './outbox-repository';

/** What a send attempt came to (job handlers return it, so they are testable without a queue). */
export type SendResult =
  | { status: 'SENT' | 'UNSENT' | 'SKIPPED' | 'FAILED' | 'DEFERRED' }
  /** The chain's next attempt is due at `retryAt`; `attempts` names it (the next job's id). */
  | { status: 'RETRY_SCHEDULED'; retryAt: Date; attempts: number }
  /** The server accepted the message but the `sent` write failed: record it later, never re-send. */
  | { status: 'SENT_UNRECORDED'; smtpMessageId: string; sentAt: Date };

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
   * One delivery attempt. Without SMTP the message is kept `unsent`. On an SMTP error it goes back
   * in line with its next attempt time (or `failed` at the end of the chain); while the breaker is
   * open it is not attempted but failed by the outage (re-sent when the server answers again).
   * `attempts`: the attempt of the chain this call is for (see OutboxRepository.claim).
   * Chat messages (钉钉 / 企业微信 robots) take the same chain but not the SMTP breaker.
   */
  async send(id: number, attempts?: number): Promise<SendResult> {
    const smtpDown = this.breaker.open && this.transport.configured;
    if (smtpDown && (await this.rows.parkForOutage(id, OUTAGE_NOTE))) return { status: 'DEFERRED' };
    const message = await this.rows.claim(id, new Date(Date.now() - this.config.MAIL_STALE_CLAIM_MS), attempts, smtpDown);
    if (!message) return { status: 'SKIPPED' };
    const email = message.channel === 'email';
    let delivered;
    try {
      delivered = await (email ? this.transport.deliver(message) : this.chat.deliver(message));
    } catch (err) {
      return this.afterError(message, err as Error, email);
    }
    if (!delivered.delivered) {
      await this.rows.markUnsent(id, delivered.reason);
      return { status: 'UNSENT' };
    }
    if (email) this.breaker.recordReachable();
    const sentAt = new Date();
    return (await this.recordSent(id, delivered.messageId, sentAt))
      ? { status: 'SENT' }
      : { status: 'SENT_UNRECORDED', smtpMessageId: delivered.messageId, sentAt };
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
  async recordSent(id: number, smtpMessageId: string, sentAt: Date, tries = RECORD_TRIES): Promise<boolean> {
    for (let i = 1; ; i++) {
      try {
        await this.rows.markSent(id, smtpMessageId, sentAt);
        return true;
      } catch (err) {
        if (i >= tries) {
          this.logger.warn(`Message ${id} was accepted by the SMTP server but could not be marked sent (${(err as Error).message})`);
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
