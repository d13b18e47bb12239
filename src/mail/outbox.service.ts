import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThan } from 'typeorm';
import { Page } from '../common/pagination';
import { insertRow, persistentValue, placeholderOf, updateRow } from '../database/bound-sql';
import type { OutboxQueryDto } from './dto/outbox.dto';
import { MailTransport } from './mail-transport';
import { MessageKind, OutboxMessage } from './outbox-message.entity';

export interface NewMessage {
  idempotencyKey: string;
  kind: MessageKind;
  recipientId: number | null;
  toAddress: string;
  subject: string;
  text: string;
  html: string;
}

/** What a send attempt came to (job handlers return it, so they are testable without a queue). */
export type SendOutcome = 'SENT' | 'UNSENT' | 'SKIPPED';

/** A claim older than this is taken to be from a worker that died mid-send. */
const STALE_CLAIM_MS = 10 * 60_000;

@Injectable()
export class OutboxService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
  ) {}

  private get repo() {
    return this.dataSource.getRepository(OutboxMessage);
  }

  /**
   * Writes messages whose idempotency key is new; returns the ids of every message of these keys
   * that still waits to be sent (new ones and ones a previous run left pending).
   */
  async enqueue(messages: NewMessage[]): Promise<number[]> {
    // One transaction, one reused statement: a run writes thousands of rows.
    await this.dataSource.transaction(async (m) => {
      for (const message of messages) await insertRow(m, OutboxMessage, message, { ignoreConflictOn: 'idempotencyKey' });
    });
    const keys = messages.map((m) => m.idempotencyKey);
    const waiting: number[] = [];
    for (let i = 0; i < keys.length; i += 500) {
      const rows = await this.repo.find({ where: { idempotencyKey: In(keys.slice(i, i + 500)), status: 'pending' }, select: { id: true } });
      waiting.push(...rows.map((r) => r.id));
    }
    return waiting;
  }

  /**
   * Sends one message at most once: claims it atomically, delivers, marks it sent. Without SMTP
   * it is marked `unsent` and kept. On an SMTP error the claim is released (or, on the last
   * attempt, the message marked failed) and the error rethrown so the job is retried.
   */
  async send(id: number, lastAttempt: boolean): Promise<SendOutcome> {
    const message = await this.claim(id);
    if (!message) return 'SKIPPED';
    const m = this.dataSource.manager;
    try {
      const result = await this.transport.deliver(message);
      if (!result.delivered) {
        await updateRow(m, OutboxMessage, id, { status: 'unsent', lastError: result.reason, claimedAt: null });
        return 'UNSENT';
      }
      await updateRow(m, OutboxMessage, id, { status: 'sent', smtpMessageId: result.messageId, sentAt: new Date(), lastError: null, claimedAt: null });
      return 'SENT';
    } catch (err) {
      await updateRow(m, OutboxMessage, id, { status: lastAttempt ? 'failed' : 'pending', lastError: (err as Error).message.slice(0, 2000), claimedAt: null });
      throw err;
    }
  }

  /**
   * Claims a pending message (or one whose claim went stale) and reads it, in one statement: of
   * two workers handed the same message only one gets it back.
   */
  private async claim(id: number): Promise<OutboxMessage | null> {
    const m = this.dataSource.manager;
    const p = placeholderOf(m);
    const at = (d: Date) => persistentValue(m, OutboxMessage, 'claimedAt', d);
    const raw: unknown[] = await m.query(
      `UPDATE outbox_messages SET status = 'sending', claimed_at = ${p(0)}, attempts = attempts + 1 ` +
        `WHERE id = ${p(1)} AND (status = 'pending' OR (status = 'sending' AND claimed_at < ${p(2)})) ` +
        'RETURNING id, idempotency_key, to_address, subject, text, html',
      [at(new Date()), id, at(new Date(Date.now() - STALE_CLAIM_MS))],
    );
    // SQLite answers the RETURNING rows; PostgreSQL's driver answers [rows, count] for an UPDATE.
    const rows = (Array.isArray(raw[0]) ? raw[0] : raw) as Record<string, string | number>[];
    const row = rows[0];
    if (!row) return null;
    return Object.assign(new OutboxMessage(), {
      id: Number(row.id),
      idempotencyKey: String(row.idempotency_key),
      toAddress: String(row.to_address),
      subject: String(row.subject),
      text: String(row.text),
      html: String(row.html),
    });
  }

  /**
   * Messages never attempted for longer than `olderThanMs` (their send job was lost, e.g. Redis
   * was down) and claims left by a crashed worker. A message that failed an attempt belongs to its
   * job's retry chain; re-enqueueing it here would start a second chain.
   */
  async waiting(olderThanMs: number, limit = 1000): Promise<number[]> {
    const rows = await this.repo.find({
      where: [
        { status: 'pending', attempts: 0, createdAt: LessThan(new Date(Date.now() - olderThanMs)) },
        { status: 'sending', claimedAt: LessThan(new Date(Date.now() - STALE_CLAIM_MS)) },
      ],
      select: { id: true },
      order: { id: 'ASC' },
      take: limit,
    });
    return rows.map((r) => r.id);
  }

  /** Puts failed or unsent messages back in line (after SMTP is fixed or configured). */
  async retry(ids: number[]): Promise<number[]> {
    if (!ids.length) return [];
    await this.repo.update({ id: In(ids), status: In(['failed', 'unsent']) }, { status: 'pending', lastError: null });
    return (await this.repo.find({ where: { id: In(ids), status: 'pending' }, select: { id: true } })).map((r) => r.id);
  }

  async list(q: OutboxQueryDto, recipientId?: number): Promise<Page<OutboxMessage>> {
    const [items, total] = await this.repo.findAndCount({
      where: {
        ...(q.status ? { status: q.status } : {}),
        ...(q.kind ? { kind: q.kind } : {}),
        ...(recipientId !== undefined ? { recipientId } : q.recipientId !== undefined ? { recipientId: q.recipientId } : {}),
      },
      order: { id: 'DESC' },
      skip: q.offset,
      take: q.pageSize,
    });
    return Page.of(items, total, q);
  }

  async attemptsOf(ids: number[]): Promise<Map<number, number>> {
    if (!ids.length) return new Map();
    const rows = await this.repo.find({ where: { id: In(ids) }, select: { id: true, attempts: true } });
    return new Map(rows.map((r) => [r.id, r.attempts]));
  }

  get(id: number): Promise<OutboxMessage | null> {
    return this.repo.findOneBy({ id });
  }

  idsWithStatus(statuses: OutboxMessage['status'][]): Promise<number[]> {
    return this.repo.find({ where: { status: In(statuses) }, select: { id: true } }).then((rows) => rows.map((r) => r.id));
  }
}
