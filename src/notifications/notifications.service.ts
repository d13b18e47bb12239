import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { keysetPage } from '../common/keyset';
import { keysetSort } from '../common/list-query';
import { Page } from '../common/pagination';
import { OutboxService } from '../mail/outbox.service';
import type { NotificationQueryDto } from './dto/notification.dto';
import { NotificationView } from './dto/notification.view';
import { Notification, type NotificationKind } from './notification.entity';

/** A notification to write (see Notification for the fields). */
export interface NewNotification {
  recipientId: number;
  kind: NotificationKind;
  taskId: number | null;
  taskTitle: string;
  text: string;
  sourceKey: string | null;
  outboxMessageId?: number | null;
}

export class NotificationNotFoundError extends DomainError {
  constructor(id: number) {
    super(404, `通知 ${id} 不存在`);
  }
}

/** Rows per INSERT: well under SQLite's bound-parameter limit. */
const CHUNK = 200;
const TEXT_MAX = 500;

/** The notification centre: writes notices with their read state and answers each user about their own. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(Notification) private readonly rows: Repository<Notification>,
    private readonly outbox: OutboxService,
  ) {}

  /** Writes the notifications whose (recipient, source key) is new; a re-run of a source adds nothing. */
  async notify(inputs: NewNotification[]): Promise<void> {
    for (let i = 0; i < inputs.length; i += CHUNK) {
      const values = inputs.slice(i, i + CHUNK).map((n) => ({
        ...n,
        text: n.text.slice(0, TEXT_MAX),
        taskTitle: n.taskTitle.slice(0, 200),
        outboxMessageId: n.outboxMessageId ?? null,
        readAt: null,
      }));
      await this.rows
        .createQueryBuilder()
        .insert()
        .into(Notification)
        .values(values)
        .orIgnore()
        // Ignored rows have no id to read back; these rows are not audited (see AuditSubscriber).
        .updateEntity(false)
        .callListeners(false)
        .execute();
    }
  }

  /** The caller's notifications, newest first, with the delivery state of the e-mail that carried each. */
  async list(recipientId: number, q: NotificationQueryDto): Promise<Page<NotificationView>> {
    const qb = this.rows
      .createQueryBuilder('n')
      .where({ recipientId, ...(q.unread === 'true' ? { readAt: IsNull() } : {}), ...(q.kind ? { kind: q.kind } : {}) });
    const result = await keysetPage(qb, keysetSort('-id', {}, 'n.id'), q);
    const items = result.rows;
    const statuses = await this.outbox.statusesOf(items.flatMap((n) => (n.outboxMessageId === null ? [] : [n.outboxMessageId])));
    return Page.keyset(
      items.map((n) => NotificationView.of(n, n.outboxMessageId === null ? null : (statuses.get(n.outboxMessageId) ?? null))),
      result,
      q,
    );
  }

  unreadCount(recipientId: number): Promise<number> {
    return this.rows.countBy({ recipientId, readAt: IsNull() });
  }

  /** Marks one of the caller's notifications read (another user's looks missing); idempotent. */
  async markRead(recipientId: number, id: number): Promise<void> {
    if (!(await this.rows.existsBy({ id, recipientId }))) throw new NotificationNotFoundError(id);
    await this.rows.update({ id, recipientId, readAt: IsNull() }, { readAt: new Date() });
  }

  async markAllRead(recipientId: number): Promise<number> {
    const result = await this.rows.update({ recipientId, readAt: IsNull() }, { readAt: new Date() });
    return result.affected ?? 0;
  }
}
