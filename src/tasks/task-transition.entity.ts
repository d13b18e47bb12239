import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Task, TaskStatus } from './task.entity';

export type TaskAction =
  'issue' | 'complete' | 'submit' | 'accept' | 'return' | 'reopen' | 'schedule' | 'skip' | 'cancel' | 'measure' | 'naRequest' | 'naAccept' | 'naReject';

/** The history of a task: who moved it, when, with which note. */
@Entity('task_transitions')
export class TaskTransition {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: 'task_id', type: 'integer' })
  taskId: number;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: Task;

  @Column({ type: 'varchar', length: 20 })
  action: TaskAction;

  @Column({ name: 'from_status', type: 'varchar', length: 10, nullable: true })
  fromStatus: TaskStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 10 })
  toStatus: TaskStatus;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ name: 'user_id', type: 'integer', nullable: true })
  userId: number | null;

  @CreateDateColumn()
  at: Date;
}
