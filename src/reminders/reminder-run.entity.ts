import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One day's reminder run: lets a restarted service know whether today's 08:30 run happened. */
@Entity('reminder_runs')
export class ReminderRun {
  @PrimaryColumn({ name: 'run_date', type: 'varchar', length: 10 })
  runDate: string;

  @Column({ name: 'started_at', type: Date })
  startedAt: Date;

  @Column({ name: 'finished_at', type: Date, nullable: true })
  finishedAt: Date | null;

  /** Messages written to the outbox by this run. */
  @Column({ type: 'integer', default: 0 })
  messages: number;

  /** Tasks left out because their due date lies in a year without holiday data. */
  @Column({ name: 'skipped_tasks', type: 'integer', default: 0 })
  skippedTasks: number;

  /** Why the run sent nothing or left tasks out (Chinese, shown on the reminders page); null when nothing was skipped. */
  @Column({ name: 'skip_reason', type: 'varchar', length: 300, nullable: true })
  skipReason: string | null;
}
