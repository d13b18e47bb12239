import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * pending → sending → sent; `unsent` when no SMTP server is configured (kept, readable, never
 * dropped); `failed` after the last attempt of a retry chain, with the error (`failedByOutage`
 * when the server was unreachable: those are re-sent by themselves once it answers again).
 */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'unsent' | 'failed';
export const OUTBOX_STATUSES: OutboxStatus[] = ['pending', 'sending', 'sent', 'unsent', 'failed'];

/** digest: reminders and summaries; urge: 催办; escalation: 逾期督办 (chat robots); calendar: the admins' notice that a holiday year is missing. */
export type MessageKind = 'digest' | 'urge' | 'escalation' | 'calendar' | 'expiry';
export const MESSAGE_KINDS: MessageKind[] = ['digest', 'urge', 'escalation', 'calendar', 'expiry'];

/** How a message travels: e-mail, or a chat group's robot (钉钉 / 企业微信). */
export type MessageChannel = 'email' | 'dingtalk' | 'wecom';
export const MESSAGE_CHANNELS: MessageChannel[] = ['email', 'dingtalk', 'wecom'];

/**
 * Every e-mail is first written here under a unique idempotency key (recipient + kind + day, or
 * the urge), then sent by a job that marks it sent: a retried job, a second worker or a re-run of
 * the same day finds the key taken and sends nothing twice.
 */
@Entity('outbox_messages')
@Index(['status', 'createdAt'])
export class OutboxMessage {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ name: 'idempotency_key', type: 'varchar', length: 120 })
  idempotencyKey: string;

  @Column({ type: 'varchar', length: 20 })
  kind: MessageKind;

  @Column({ type: 'varchar', length: 10, default: 'email' })
  channel: MessageChannel;

  /** The chat robot of a `dingtalk`/`wecom` message (its webhook and secret are read at send time). */
  @Column({ name: 'robot_id', type: 'integer', nullable: true })
  robotId: number | null;

  @Index()
  @Column({ name: 'recipient_id', type: 'integer', nullable: true })
  recipientId: number | null;

  @Column({ name: 'to_address', type: 'varchar', length: 200 })
  toAddress: string;

  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  html: string;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status: OutboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /**
   * `attempts` when the current retry chain began (an admin's or the breaker's re-send starts a new
   * chain of MAIL_SEND_ATTEMPTS); the chain lives in this row, not in Redis, so a lost job is found.
   */
  @Column({ name: 'retry_chain_start', type: 'integer', default: 0 })
  retryChainStart: number;

  /** When the next attempt of a `pending` message is due (null: at once). */
  @Column({ name: 'next_attempt_at', type: Date, nullable: true })
  nextAttemptAt: Date | null;

  @Column({ name: 'failed_by_outage', type: 'boolean', default: false })
  failedByOutage: boolean;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'smtp_message_id', type: 'varchar', length: 200, nullable: true })
  smtpMessageId: string | null;

  /** When a worker claimed it for sending (a stale claim is the crash window, see README). */
  @Column({ name: 'claimed_at', type: Date, nullable: true })
  claimedAt: Date | null;

  @Column({ name: 'sent_at', type: Date, nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
