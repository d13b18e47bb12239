import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * open → (submitted →) done; submitted → returned (with a reason) → …; done → open (reopen).
 * Two more ways out, both counted apart from done and from overdue: `na` (不适用, accepted by
 * 政策法规股 or a leader) and `cancelled` (已撤销, when its case is cancelled).
 */
export type TaskStatus = 'open' | 'submitted' | 'returned' | 'done' | 'na' | 'cancelled';
export const TASK_STATUSES: TaskStatus[] = ['open', 'submitted', 'returned', 'done', 'na', 'cancelled'];
/** Still work to do (with the department or its reviewer). */
export const UNFINISHED_STATUSES: TaskStatus[] = ['open', 'submitted', 'returned'];
export const isUnfinished = (status: TaskStatus): boolean => UNFINISHED_STATUSES.includes(status);
/** `UNFINISHED_STATUSES` as SQL over alias `t`. */
export const UNFINISHED_SQL = "t.status IN ('open', 'submitted', 'returned')";
/**
 * With the department and able to fall overdue, due soon or be reminded, over alias `t`: open or
 * returned, not 补录, and no 不适用 request pending with 政策法规股 (like a submitted task).
 */
export const ALERTABLE_SQL = "t.status IN ('open', 'returned') AND NOT t.backfill AND t.na_requested_at IS NULL";

/** 逾期完成: done on a day after the due date. */
export const isLate = (t: Pick<Task, 'status' | 'doneOn' | 'dueOn'>): boolean =>
  t.status === 'done' && t.doneOn !== null && t.dueOn !== null && t.doneOn > t.dueOn;
/** `isLate` as SQL over alias `t`. */
export const LATE_SQL = "t.status = 'done' AND t.done_on IS NOT NULL AND t.due_on IS NOT NULL AND t.done_on > t.due_on";

/**
 * How a task's target is met: `count` activities (次, 课时 …); `percent` from a numerator and
 * denominator the department enters; `perSchool` — a school's task of a coverage item, simply done
 * or not (the coverage is computed across schools); `none`.
 */
export type TargetKind = 'none' | 'count' | 'percent' | 'perSchool';
export const TARGET_KINDS: TargetKind[] = ['none', 'count', 'percent', 'perSchool'];

/**
 * One item of a plan for one department and period. Title, basis, hint, target and review flag
 * are copied from the template item when issued: editing a template never rewrites a task.
 */
@Entity('tasks')
@Index(['planId', 'templateItemId', 'departmentId', 'periodKey'], { unique: true })
@Index(['departmentId', 'status', 'dueOn'])
@Index(['status', 'dueOn'])
@Index(['workPointId', 'status', 'dueOn'])
// The lists' keyset orders (migration KeysetIndexes): sort column, then id.
@Index('IDX_tasks_keyset_due_on', ['dueOn', 'id'])
@Index('IDX_tasks_keyset_department_due_on', ['departmentId', 'dueOn', 'id'])
@Index('IDX_tasks_keyset_updated_at', ['updatedAt', 'id'])
@Index('IDX_tasks_keyset_completed_at', ['completedAt', 'id'])
// Everything the leaders' summary counts, in its GROUP BY order: a scan of this index alone, with
// no table lookups and no sort (10× the plan_id index's lookups at 100k tasks).
@Index('IDX_tasks_summary', ['departmentId', 'workPointId', 'planId', 'status', 'dueOn', 'doneOn', 'backfill', 'naRequestedAt'])
// The alertable tasks in due order (overdue list, daily run): see migration AlertableDueIndex.
@Index('IDX_tasks_alertable_due', ['dueOn', 'id'], { where: `"status" IN ('open', 'returned') AND NOT "backfill" AND "na_requested_at" IS NULL` })
export class Task {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: 'plan_id', type: 'integer' })
  planId: number;

  // Relations to other modules' tables are declared by entity name (for the foreign keys only):
  // a module never imports another module's entity class.
  @ManyToOne('Plan', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: object;

  @Column({ name: 'template_item_id', type: 'integer' })
  templateItemId: number;

  @ManyToOne('TemplateItem', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_item_id' })
  templateItem?: object;

  @Column({ name: 'work_point_id', type: 'integer' })
  workPointId: number;

  @ManyToOne('WorkPoint', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'work_point_id' })
  workPoint?: object;

  @Column({ name: 'department_id', type: 'integer' })
  departmentId: number;

  @ManyToOne('Department', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: object;

  /** Supporting (配合) tasks point to the lead (牵头) task of the same item and period. */
  @Index()
  @Column({ name: 'lead_task_id', type: 'integer', nullable: true })
  leadTaskId: number | null;

  /** For supporting tasks: the lead department, which may read them. */
  @Column({ name: 'lead_department_id', type: 'integer', nullable: true })
  leadDepartmentId: number | null;

  @Column({ name: 'period_key', type: 'varchar', length: 20 })
  periodKey: string;

  @Column({ name: 'period_label', type: 'varchar', length: 40 })
  periodLabel: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', default: '' })
  basis: string;

  @Column({ name: 'evidence_hint', type: 'text', default: '' })
  evidenceHint: string;

  /** Human wording of the schedule rule, e.g. "发布之日起30日内". */
  @Column({ name: 'schedule_text', type: 'varchar', length: 200, default: '' })
  scheduleText: string;

  /** YYYY-MM-DD (Asia/Shanghai); null while the anchor date it depends on is unknown. */
  @Column({ name: 'due_on', type: 'varchar', length: 10, nullable: true })
  dueOn: string | null;

  /** Why `dueOn` is empty: the anchor date is unknown, or that year's holidays are not loaded yet. */
  @Column({ name: 'due_note', type: 'varchar', length: 200, default: '' })
  dueNote: string;

  /** Minimum period: completing before this date (YYYY-MM-DD) is refused; null when none applies. */
  @Column({ name: 'earliest_on', type: 'varchar', length: 10, nullable: true })
  earliestOn: string | null;

  /** The minimum period `earliestOn` comes from, worded, e.g. "征求意见稿形成之日起满30日". */
  @Column({ name: 'earliest_note', type: 'varchar', length: 200, default: '' })
  earliestNote: string;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status: TaskStatus;

  @Column({ name: 'needs_review', type: 'boolean', default: false })
  needsReview: boolean;

  /** The department that reviews (resolved from the item's reviewer role when issued). */
  @Column({ name: 'reviewer_department_id', type: 'integer', nullable: true })
  reviewerDepartmentId: number | null;

  @Column({ name: 'target_kind', type: 'varchar', length: 10, default: 'none' })
  targetKind: TargetKind;

  /** The count (count) or percentage (percent) to reach; null for none and perSchool. */
  @Column({ name: 'target_count', type: 'integer', nullable: true })
  targetCount: number | null;

  @Column({ name: 'target_unit', type: 'varchar', length: 20, default: '' })
  targetUnit: string;

  /** Activities that count (withdrawn ones do not). */
  @Column({ name: 'activity_count', type: 'integer', default: 0 })
  activityCount: number;

  /** Percent targets: what the two numbers are, e.g. 参考人数 / 应参考人数. */
  @Column({ name: 'numerator_label', type: 'varchar', length: 40, default: '' })
  numeratorLabel: string;

  @Column({ name: 'denominator_label', type: 'varchar', length: 40, default: '' })
  denominatorLabel: string;

  /** Percent targets: the numbers the department entered (null until then). */
  @Column({ type: 'integer', nullable: true })
  numerator: number | null;

  @Column({ type: 'integer', nullable: true })
  denominator: number | null;

  /** Lead tasks of the gate items in the same plan: all must be done before this one. */
  @Column({ name: 'gate_task_ids', type: 'simple-json' })
  gateTaskIds: number[];

  @Column({ name: 'assignee_id', type: 'integer', nullable: true })
  assigneeId: number | null;

  @Column({ name: 'completion_note', type: 'text', nullable: true })
  completionNote: string | null;

  /** Why the item was completed below its target count. */
  @Column({ name: 'shortfall_reason', type: 'text', nullable: true })
  shortfallReason: string | null;

  /** The reason given by the last return or reopen. */
  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason: string | null;

  /** The day the work was done (YYYY-MM-DD, Asia/Shanghai): late when after `dueOn`. */
  @Column({ name: 'done_on', type: 'varchar', length: 10, nullable: true })
  doneOn: string | null;

  /** 补录: due before the plan's start date, so never overdue nor reminded. */
  @Column({ type: 'boolean', default: false })
  backfill: boolean;

  /**
   * A pending 不适用 request (status unchanged until 政策法规股 or a leader accepts): the reason,
   * who asked and when. Kept after a decision only as history; cleared on accept and refusal.
   */
  @Column({ name: 'na_reason', type: 'text', nullable: true })
  naReason: string | null;

  @Column({ name: 'na_requested_at', type: Date, nullable: true })
  naRequestedAt: Date | null;

  @Column({ name: 'na_requested_by_id', type: 'integer', nullable: true })
  naRequestedById: number | null;

  @Column({ name: 'completed_at', type: Date, nullable: true })
  completedAt: Date | null;

  @Column({ name: 'completed_by_id', type: 'integer', nullable: true })
  completedById: number | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
