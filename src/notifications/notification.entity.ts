import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** What a notification is about. */
export type NotificationKind = 'reminder' | 'escalation' | 'weekly' | 'urge' | 'returned' | 'accepted' | 'assigned' | 'redated' | 'expiry';
export const NOTIFICATION_KINDS: NotificationKind[] = ['reminder', 'escalation', 'weekly', 'urge', 'returned', 'accepted', 'assigned', 'redated', 'expiry'];

/**
 * 通知 — one thing a user was told (a task in a digest, an urge, a review outcome …), with its read
 * state. The e-mail that carried it, if any, is the outbox message `outboxMessageId`.
 */
@Entity('notifications')
@Index(['recipientId', 'readAt', 'id'])
@Index(['recipientId', 'sourceKey'], { unique: true })
export class Notification {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'recipient_id', type: 'integer' })
  recipientId: number;

  // Declared by entity name: no entity class crosses a module folder.
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: object;

  @Column({ type: 'varchar', length: 20 })
  kind: NotificationKind;

  /** Null for notices about no single task (the weekly summary). */
  @Index()
  @Column({ name: 'task_id', type: 'integer', nullable: true })
  taskId: number | null;

  @ManyToOne('Task', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: object;

  /** The task's title when the notice was made (the link's text). */
  @Column({ name: 'task_title', type: 'varchar', length: 200, default: '' })
  taskTitle: string;

  @Column({ type: 'varchar', length: 500 })
  text: string;

  /**
   * What raised it, unique per recipient (`digest-2026-12-01-t79`, `urge-12`, `redated-79-…`): a
   * re-run of the same source adds nothing. Null for one-off events (each return, acceptance …).
   */
  @Column({ name: 'source_key', type: 'varchar', length: 120, nullable: true })
  sourceKey: string | null;

  @Column({ name: 'outbox_message_id', type: 'integer', nullable: true })
  outboxMessageId: number | null;

  @Column({ name: 'read_at', type: Date, nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
