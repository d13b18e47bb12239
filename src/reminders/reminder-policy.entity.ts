import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** When reminders go out, counted in working days on the Chinese calendar (one row per bureau). */
@Entity('reminder_policy')
export class ReminderPolicy {
  /** Always 1. */
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /** Remind the department this many working days before the due date. */
  @Column({ name: 'days_before', type: 'simple-json' })
  daysBefore: number[];

  @Column({ name: 'on_due_date', type: 'boolean', default: true })
  onDueDate: boolean;

  /** Remind the department head every working day while a task is overdue. */
  @Column({ name: 'overdue_daily', type: 'boolean', default: true })
  overdueDaily: boolean;

  /** Overdue this many working days → the supervising leader (分管领导). */
  @Column({ name: 'escalate_to_supervisor_after', type: 'integer', default: 3 })
  escalateToSupervisorAfter: number;

  /** Overdue this many working days → the bureau head (局长). */
  @Column({ name: 'escalate_to_bureau_head_after', type: 'integer', default: 10 })
  escalateToBureauHeadAfter: number;

  /** ISO weekday of the leaders' weekly summary (1 = Monday); it moves to the next working day. */
  @Column({ name: 'weekly_summary_weekday', type: 'integer', default: 1 })
  weeklySummaryWeekday: number;

  /** Time of the daily run, HH:mm in Asia/Shanghai. */
  @Column({ name: 'run_at', type: 'varchar', length: 5, default: '08:30' })
  runAt: string;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}

export const DEFAULT_POLICY: Omit<ReminderPolicy, 'updatedAt'> = {
  id: 1,
  enabled: true,
  daysBefore: [7, 3, 1],
  onDueDate: true,
  overdueDaily: true,
  escalateToSupervisorAfter: 3,
  escalateToBureauHeadAfter: 10,
  weeklySummaryWeekday: 1,
  runAt: '08:30',
};

/**
 * What the bureau requires by e-mail whatever a user's preferences say: escalations (逾期督办)
 * reach the leaders' mailboxes.
 */
export const MANDATORY_EMAIL = ['escalationEmail'] as const;
