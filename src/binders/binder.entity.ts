import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export type BinderStatus = 'queued' | 'running' | 'done' | 'failed';
export const BINDER_STATUSES: BinderStatus[] = ['queued', 'running', 'done', 'failed'];

/** PostgreSQL returns bigint as a string; byte counts stay far below 2^53. */
const bigintAsNumber = { to: (v: number) => v, from: (v: string | number) => Number(v) };

/**
 * 佐证材料汇编: a request for a .zip of a year's evidence (optionally one work point or department),
 * built by a `build-binder` job into DATA_DIR/binders and removed after BINDER_KEEP_DAYS.
 */
@Entity('binders')
export class Binder {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: 'requested_by_id', type: 'integer' })
  requestedById: number;

  /** Declared by entity name: binders never import org entity classes. */
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requested_by_id' })
  requestedBy?: object;

  @Column({ type: 'integer' })
  year: number;

  @Column({ name: 'work_point_id', type: 'integer', nullable: true })
  workPointId: number | null;

  @Column({ name: 'department_id', type: 'integer', nullable: true })
  departmentId: number | null;

  @Column({ type: 'varchar', length: 10, default: 'queued' })
  status: BinderStatus;

  @Column({ name: 'files_done', type: 'integer', default: 0 })
  filesDone: number;

  @Column({ name: 'files_total', type: 'integer', default: 0 })
  filesTotal: number;

  /** Size of the finished .zip. */
  @Column({ type: 'bigint', default: 0, transformer: bigintAsNumber })
  bytes: number;

  /** The .zip's name under DATA_DIR/binders once built. */
  @Column({ name: 'file_name', type: 'varchar', length: 100, nullable: true })
  fileName: string | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Index()
  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @Column({ name: 'finished_at', type: Date, nullable: true })
  finishedAt: Date | null;
}
