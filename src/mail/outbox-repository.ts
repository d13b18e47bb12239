import { keysetPage, type KeysetColumn } from '../common/keyset';
import { containsAny, containsPattern, keysetSort } from '../common/list-query';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Page } from '../common/pagination';
import { TransactionRunner } from '../database/transaction-runner';
import type { OutboxQueryDto } from './dto/outbox.dto';
import { MessageChannel, MessageKind, OutboxMessage, OutboxStatus } from './outbox-message.entity';

export interface NewMessage {
  idempotencyKey: string;
  kind: MessageKind;
  recipientId: number | null;
  toAddress: string;
  subject: string;
  text: string;
  html: string;
  /** `email` when not given; a chat message names its robot. */
  channel?: MessageChannel;
  robotId?: number | null;
}

/** A claimed message: what delivery needs, and where its retry chain stands. */
export interface ClaimedMessage extends NewMessage {
  id: number;
  channel: MessageChannel;
  robotId: number | null;
  attempts: number;
  retryChainStart: number;
}

/** A message the sweep may hand to a new send job (the job id carries `attempts`). */
export interface Waiting {
  id: number;
  attempts: number;
}

/** The outbox list's sort fields (the default, `-id`, is the newest first). */
const OUTBOX_SORTS: Record<string, KeysetColumn> = {
  createdAt: { sql: 'm.created_at', type: 'text' },
  sentAt: { sql: 'm.sent_at', type: 'text', nullable: true },
  status: { sql: 'm.status', type: 'text' },
  subject: { sql: 'm.subject', type: 'text' },
};
/** A delivery attempt asked for: of the message's attempt `attempts`, or of whichever is next. */
export interface SendRequest {
  id: number;
  attempts?: number;
}

/** A message the SMTP server (or chat robot) accepted, to be marked `sent`. */
export interface SentRecord {
  id: number;
  smtpMessageId: string;
  sentAt: Date;
}

const NEW_COLUMNS = ['idempotency_key', 'kind', 'recipient_id', 'to_address', 'subject', 'text', 'html', 'channel', 'robot_id'] as const;
/** Rows per INSERT of a run's messages (9 parameters each, far below either database's limit). */
const INSERT_ROWS = 100;

/**
 * The outbox's SQL. Statements are written with `$n` parameters; those over many messages (a
 * run's inserts, a chunk's claim and `sent` write) take one statement for the lot, and their text
 * depends only on how many, so the few shapes are prepared once per connection and reused.
 */
@Injectable()
export class OutboxRepository {
  private readonly sqlite: boolean;

  constructor(
    @InjectRepository(OutboxMessage) private readonly repo: Repository<OutboxMessage>,
    private readonly transactions: TransactionRunner,
  ) {
    this.sqlite = repo.manager.connection.options.type !== 'postgres';
  }

  /** Runs `$n`-parameter SQL on either dialect; dates and booleans as TypeORM stores them. */
  private async exec<T = Record<string, unknown>>(sql: string, params: unknown[], m: EntityManager = this.repo.manager): Promise<T[]> {
    const values = params.map((v) =>
      !this.sqlite ? v : v instanceof Date ? v.toISOString().replace('T', ' ').slice(0, 23) : typeof v === 'boolean' ? Number(v) : v,
    );
    const raw: unknown[] = await m.query(this.sqlite ? sql.replace(/\$\d+/g, '?') : sql, values);
    // SQLite answers rows; PostgreSQL's driver answers [rows, count] for an UPDATE … RETURNING.
    return (Array.isArray(raw[0]) ? raw[0] : raw) as T[];
  }

  /** Writes the messages whose key is new, in one transaction of multi-row INSERTs. */
  async insertNew(messages: NewMessage[]): Promise<void> {
    await this.transactions.run(async (m) => {
      for (let i = 0; i < messages.length; i += INSERT_ROWS) {
        const chunk = messages.slice(i, i + INSERT_ROWS);
        const params = chunk.flatMap((msg) => [
          msg.idempotencyKey,
          msg.kind,
          msg.recipientId,
          msg.toAddress,
          msg.subject,
          msg.text,
          msg.html,
          msg.channel ?? 'email',
          msg.robotId ?? null,
        ]);
        const rows = chunk.map((_, r) => `(${NEW_COLUMNS.map((_, c) => `$${r * NEW_COLUMNS.length + c + 1}`).join(', ')})`);
        await this.exec(
          `INSERT INTO outbox_messages (${NEW_COLUMNS.join(', ')}) VALUES ${rows.join(', ')} ON CONFLICT (idempotency_key) DO NOTHING`,
          params,
          m,
        );
      }
    });
  }

  /** Ids of the messages of these keys still waiting to be sent. */
  async pendingOfKeys(keys: string[]): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < keys.length; i += 500) {
      const rows = await this.repo.find({ where: { idempotencyKey: In(keys.slice(i, i + 500)), status: 'pending' }, select: { id: true } });
      ids.push(...rows.map((r) => r.id));
    }
    return ids;
  }

  /**
   * Claims pending messages (or ones whose claim is older than `staleBefore`) and reads them, one
   * statement per attempt number asked for: of two workers handed the same message only one gets
   * it back. With `attempts`, only that attempt of the message's chain is claimed: a late or
   * duplicated job for an earlier one gets nothing. `chatOnly`: e-mail is not claimed (the SMTP
   * breaker is open; chat robots do not depend on it).
   */
  async claim(requests: SendRequest[], staleBefore: Date, chatOnly = false): Promise<ClaimedMessage[]> {
    const byAttempts = new Map<number | undefined, number[]>();
    for (const r of requests) byAttempts.set(r.attempts, [...(byAttempts.get(r.attempts) ?? []), r.id]);
    const claimed: ClaimedMessage[] = [];
    for (const [attempts, ids] of byAttempts) {
      const rows = await this.exec<Record<string, string | number | null>>(
        // Parameters numbered in the order they appear: SQLite binds them by position.
        "UPDATE outbox_messages SET status = 'sending', claimed_at = $1, attempts = attempts + 1 " +
          `WHERE id IN (${ids.map((_, i) => `$${i + 2}`).join(', ')}) AND (status = 'pending' OR (status = 'sending' AND claimed_at < $${ids.length + 2}))` +
          `${attempts === undefined ? '' : ` AND attempts = $${ids.length + 3}`}${chatOnly ? " AND channel <> 'email'" : ''} ` +
          `RETURNING id, attempts, retry_chain_start, ${NEW_COLUMNS.join(', ')}`,
        [new Date(), ...ids, staleBefore, ...(attempts === undefined ? [] : [attempts])],
      );
      for (const row of rows) {
        claimed.push({
          id: Number(row.id),
          attempts: Number(row.attempts),
          retryChainStart: Number(row.retry_chain_start),
          idempotencyKey: String(row.idempotency_key),
          kind: String(row.kind) as MessageKind,
          recipientId: row.recipient_id === null ? null : Number(row.recipient_id),
          toAddress: String(row.to_address),
          subject: String(row.subject),
          text: String(row.text),
          html: String(row.html),
          channel: String(row.channel) as MessageChannel,
          robotId: row.robot_id === null ? null : Number(row.robot_id),
        });
      }
    }
    return claimed;
  }

  /** Marks accepted messages `sent`, each with its SMTP message id and time, in one statement. */
  async markSent(records: SentRecord[]): Promise<void> {
    if (!records.length) return;
    const params: unknown[] = [];
    const param = (v: unknown) => `$${params.push(v)}`;
    // PostgreSQL reads an untyped CASE result as text, which a timestamp column does not take.
    const at = (d: Date) => (this.sqlite ? param(d) : `CAST(${param(d)} AS timestamp)`);
    const messageIds = records.map((r) => `WHEN ${param(r.id)} THEN ${param(r.smtpMessageId)}`).join(' ');
    const sentAts = records.map((r) => `WHEN ${param(r.id)} THEN ${at(r.sentAt)}`).join(' ');
    const ids = records.map((r) => param(r.id)).join(', ');
    await this.exec(
      `UPDATE outbox_messages SET status = 'sent', smtp_message_id = CASE id ${messageIds} END, sent_at = CASE id ${sentAts} END, ` +
        `last_error = NULL, claimed_at = NULL, next_attempt_at = NULL WHERE id IN (${ids})`,
      params,
    );
  }

  async markUnsent(id: number, reason: string): Promise<void> {
    await this.exec("UPDATE outbox_messages SET status = 'unsent', last_error = $1, claimed_at = NULL WHERE id = $2", [reason, id]);
  }

  /** Back in line for another attempt of the chain at `nextAttemptAt`. */
  async markRetry(id: number, error: string, nextAttemptAt: Date): Promise<void> {
    await this.exec("UPDATE outbox_messages SET status = 'pending', last_error = $1, claimed_at = NULL, next_attempt_at = $2 WHERE id = $3", [
      error,
      nextAttemptAt,
      id,
    ]);
  }

  async markFailed(id: number, error: string, byOutage: boolean): Promise<void> {
    await this.exec(
      "UPDATE outbox_messages SET status = 'failed', last_error = $1, claimed_at = NULL, next_attempt_at = NULL, failed_by_outage = $2 WHERE id = $3",
      [error, byOutage, id],
    );
  }

  /** Pending e-mails not attempted because the SMTP server is down: failed by the outage. Returns their ids. */
  async parkForOutage(ids: number[], reason: string): Promise<number[]> {
    if (!ids.length) return [];
    const rows = await this.exec<{ id: number }>(
      "UPDATE outbox_messages SET status = 'failed', last_error = $1, next_attempt_at = NULL, failed_by_outage = $2 " +
        `WHERE id IN (${ids.map((_, i) => `$${i + 3}`).join(', ')}) AND status = 'pending' AND channel = 'email' RETURNING id`,
      [reason, true, ...ids],
    );
    return rows.map((r) => Number(r.id));
  }

  /**
   * Starts a new retry chain for failed (or unsent) messages: all of `which`, or the given ids.
   * Returns the ids put back in line.
   */
  async requeue(which: 'outage' | 'failed' | number[]): Promise<number[]> {
    if (Array.isArray(which) && !which.length) return [];
    const [filter, params] =
      which === 'outage'
        ? ["status = 'failed' AND failed_by_outage = $1", [true]]
        : which === 'failed'
          ? ["status = 'failed'", []]
          : [`status IN ('failed', 'unsent') AND id IN (${which.map((_, i) => `$${i + 1}`).join(', ')})`, which];
    const rows = await this.exec<{ id: number }>(
      "UPDATE outbox_messages SET status = 'pending', last_error = NULL, next_attempt_at = NULL, retry_chain_start = attempts, " +
        `failed_by_outage = ${this.sqlite ? '0' : 'false'} WHERE ${filter} RETURNING id`,
      params,
    );
    return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
  }

  /** Pending messages whose attempt was due before `before` (their job may be lost), oldest first. */
  due(before: Date, limit = 1000): Promise<Waiting[]> {
    return this.waiting("status = 'pending' AND COALESCE(next_attempt_at, created_at) < $1", before, limit);
  }

  /** Claims older than `before`: a worker died mid-send (or could not record the send). */
  staleClaims(before: Date, limit = 1000): Promise<Waiting[]> {
    return this.waiting("status = 'sending' AND claimed_at < $1", before, limit);
  }

  private async waiting(filter: string, before: Date, limit: number): Promise<Waiting[]> {
    const rows = await this.exec<Waiting>(`SELECT id, attempts FROM outbox_messages WHERE ${filter} ORDER BY id LIMIT ${Number(limit)}`, [before]);
    return rows.map((r) => ({ id: Number(r.id), attempts: Number(r.attempts) }));
  }

  /** Message id by idempotency key, for the keys that have a message. */
  async idsOfKeys(keys: string[]): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    for (let i = 0; i < keys.length; i += 500) {
      const rows = await this.repo.find({ where: { idempotencyKey: In(keys.slice(i, i + 500)) }, select: { id: true, idempotencyKey: true } });
      for (const r of rows) ids.set(r.idempotencyKey, r.id);
    }
    return ids;
  }

  async statusesOf(ids: number[]): Promise<Map<number, OutboxStatus>> {
    if (!ids.length) return new Map();
    const rows = await this.repo.find({ where: { id: In(ids) }, select: { id: true, status: true } });
    return new Map(rows.map((r) => [r.id, r.status]));
  }

  async attemptsOf(ids: number[]): Promise<Map<number, number>> {
    if (!ids.length) return new Map();
    const rows = await this.repo.find({ where: { id: In(ids) }, select: { id: true, attempts: true } });
    return new Map(rows.map((r) => [r.id, r.attempts]));
  }

  async list(q: OutboxQueryDto, recipientId?: number): Promise<Page<OutboxMessage>> {
    const qb = this.repo.createQueryBuilder('m').where({
      ...(q.status ? { status: q.status } : {}),
      ...(q.kind ? { kind: q.kind } : {}),
      ...(q.channel ? { channel: q.channel } : {}),
      ...(recipientId !== undefined ? { recipientId } : q.recipientId !== undefined ? { recipientId: q.recipientId } : {}),
    });
    if (q.q) qb.andWhere(containsAny(['m.subject', 'm.to_address'], 'text'), { text: containsPattern(q.q) });
    const result = await keysetPage(qb, keysetSort(q.sort ?? '-id', OUTBOX_SORTS, 'm.id'), q);
    return Page.keyset(result.rows, result, q);
  }

  get(id: number): Promise<OutboxMessage | null> {
    return this.repo.findOneBy({ id });
  }
}
