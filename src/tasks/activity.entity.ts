import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Task } from './task.entity';

/** One occurrence counted towards a target (a study session, a law class …). */
@Entity('activities')
export class Activity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: 'task_id', type: 'integer' })
  taskId: number;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: Task;

  @Column({ name: 'occurred_on', type: 'varchar', length: 10 })
  occurredOn: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  participants: string;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ name: 'created_by_id', type: 'integer' })
  createdById: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  /** Withdrawn (撤回) activities stay visible but no longer count. */
  @Column({ name: 'withdrawn_at', type: Date, nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'withdrawn_by_id', type: 'integer', nullable: true })
  withdrawnById: number | null;

  @Column({ name: 'withdraw_reason', type: 'text', nullable: true })
  withdrawReason: string | null;
}
