import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Task } from './task.entity';

/** 催办 — a leader's urge to a department on a task; stored until the reminders deliver it. */
@Entity('urges')
export class Urge {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: 'task_id', type: 'integer' })
  taskId: number;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: Task;

  @Column({ name: 'department_id', type: 'integer' })
  departmentId: number;

  @Column({ name: 'leader_id', type: 'integer' })
  leaderId: number;

  @Column({ type: 'text' })
  message: string;

  /** Set when the notification has been handed to the outbox. */
  @Index()
  @Column({ name: 'notified_at', type: Date, nullable: true })
  notifiedAt: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
