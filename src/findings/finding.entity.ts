import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { FindingSource } from './finding-rules';

/**
 * A problem found by a self-check, an inspection, a case-file review, a petition, an audit … that a
 * department must rectify. Its rectification is the task of an event plan (template
 * `finding-rectification`): the status is read from that task, never stored here.
 */
// Keyset paging: one (sort column, id) index per sort of the list (migrations/register-keyset-indexes.ts).
@Index('IDX_findings_deadline_id', ['deadlineOn', 'id'])
@Index('IDX_findings_found_id', ['foundOn', 'id'])
@Entity('findings')
export class Finding {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_findings' })
  id: number;

  /** 整改编号, e.g. ZG2026-007; also the plan's case reference. */
  @Index('IDX_findings_code', { unique: true })
  @Column({ type: 'varchar', length: 30 })
  code: string;

  @Column({ type: 'varchar', length: 20 })
  source: FindingSource;

  /** Which inspection, review or petition found it (free text). */
  @Column({ name: 'source_ref', type: 'varchar', length: 200, default: '' })
  sourceRef: string;

  /** The case (plan) it came from, when there is one. */
  @Column({ name: 'source_plan_id', type: 'integer', nullable: true })
  sourcePlanId: number | null;

  @Column({ name: 'found_on', type: 'varchar', length: 10 })
  foundOn: string;

  @Index('IDX_findings_year')
  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'text' })
  description: string;

  @Index('IDX_findings_department')
  @Column({ name: 'department_id', type: 'integer' })
  departmentId: number;

  @Column({ type: 'text', default: '' })
  measures: string;

  /** The plan's `deadlineOn` anchor; changed only together with it (PlansService.updateAnchorsFor). */
  @Column({ name: 'deadline_on', type: 'varchar', length: 10 })
  deadlineOn: string;

  @Index('IDX_findings_plan', { unique: true })
  @Column({ name: 'plan_id', type: 'integer' })
  planId: number;

  @Column({ name: 'task_id', type: 'integer' })
  taskId: number;

  @Column({ name: 'created_by_id', type: 'integer' })
  createdById: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
