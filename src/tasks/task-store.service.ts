import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, EntityManager, In, IsNull, LessThan, MoreThan, Not, type ObjectLiteral, Repository, type SelectQueryBuilder } from 'typeorm';
import { recordAudit, recordAuditMany } from '../audit/audit.recorder';
import { yieldToEventLoop } from '../common/event-loop';
import { Activity } from './activity.entity';
import { chunked, insertTasks, insertTransition, selectTask, updateTask, updateTaskColumn } from './task-sql';
import { ALERTABLE_SQL, Task, TaskStatus, UNFINISHED_SQL, UNFINISHED_STATUSES } from './task.entity';
import { TaskTransition } from './task-transition.entity';
import { Urge } from './urge.entity';

/** Rows read per query when a start-up check walks every task. */
const SCAN_BATCH = 10_000;

/** An open task as the reminder run reads it: raw columns, no entity hydration. */
export interface OpenTaskRow {
  id: number;
  title: string;
  dueOn: string;
  departmentId: number;
  workPointId: number;
  assigneeId: number | null;
  scheduleText: string;
}

/** A status change of one task: the changed columns, their previous values and the history row. */
export interface TaskChange {
  before: Partial<Task>;
  after: Partial<Task>;
  transition: Pick<TaskTransition, 'action' | 'fromStatus' | 'toStatus' | 'note'>;
  userId: number | null;
}

/**
 * A task to issue in a batch: its fields as the template item gives them and, for a supporting
 * task, the position of its lead task in the same batch (whose id is not known yet).
 */
export interface NewTask {
  fields: Omit<
    Task,
    | 'id'
    | 'leadTaskId'
    | 'assigneeId'
    | 'completionNote'
    | 'shortfallReason'
    | 'returnReason'
    | 'doneOn'
    | 'naReason'
    | 'naRequestedAt'
    | 'naRequestedById'
    | 'completedAt'
    | 'completedById'
    | 'createdAt'
    | 'updatedAt'
  >;
  lead: number | null;
}

/**
 * The tasks module's exported persistence service, the one owner of the task tables (tasks,
 * task_transitions, activities, urges): other modules read and write tasks only through it.
 * Methods that take a manager join the caller's transaction. The tick-off path uses the
 * prepared statements of task-sql.ts.
 */
@Injectable()
export class TaskStore {
  constructor(@InjectRepository(Task) private readonly tasks: Repository<Task>) {}

  private get manager(): EntityManager {
    return this.tasks.manager;
  }

  findById(id: number, m: EntityManager = this.manager): Promise<Task | null> {
    return selectTask(m, id);
  }

  /** Row lock on PostgreSQL before reading the task in a transaction; SQLite serialises writers already. */
  async lockForUpdate(m: EntityManager, id: number): Promise<void> {
    if (m.connection.options.type === 'postgres') await m.query('SELECT id FROM tasks WHERE id = $1 FOR UPDATE', [id]);
  }

  /** One UPDATE of the changed columns, the history row and the audit event, in the caller's transaction. */
  async applyChange(m: EntityManager, id: number, change: TaskChange): Promise<void> {
    await updateTask(m, id, change.after);
    await insertTransition(m, { ...change.transition, taskId: id, userId: change.userId, at: new Date() });
    await recordAudit(m, { action: `task.${change.transition.action}`, entity: 'tasks', entityId: id, before: change.before, after: change.after });
  }

  /** Saves a task (through TypeORM, so the audit subscriber records it). */
  save(task: Partial<Task>, m: EntityManager = this.manager): Promise<Task> {
    return m.save(Task, task);
  }

  /**
   * Issues many tasks in the caller's transaction with multi-row statements, each task with the
   * `create` audit event a single save writes; yields to the event loop between statements. Tasks
   * are numbered in the order given; supporting tasks get their lead's id in a second bulk
   * UPDATE (a lead and its supporters usually share a chunk), as their audit events show it.
   */
  async issue(m: EntityManager, batch: NewTask[]): Promise<Task[]> {
    const now = new Date();
    // Plain objects with the properties in column order: the audit event lists them in that
    // order, as for a saved entity, and a literal costs far less than an entity instance.
    const tasks: Task[] = batch.map(({ fields: f }) => ({
      id: 0,
      planId: f.planId,
      templateItemId: f.templateItemId,
      workPointId: f.workPointId,
      departmentId: f.departmentId,
      leadTaskId: null,
      leadDepartmentId: f.leadDepartmentId,
      periodKey: f.periodKey,
      periodLabel: f.periodLabel,
      title: f.title,
      description: f.description,
      basis: f.basis,
      evidenceHint: f.evidenceHint,
      scheduleText: f.scheduleText,
      dueOn: f.dueOn,
      dueNote: f.dueNote,
      earliestOn: f.earliestOn,
      earliestNote: f.earliestNote,
      status: f.status,
      needsReview: f.needsReview,
      reviewerDepartmentId: f.reviewerDepartmentId,
      targetKind: f.targetKind,
      targetCount: f.targetCount,
      targetUnit: f.targetUnit,
      activityCount: f.activityCount,
      numeratorLabel: f.numeratorLabel,
      denominatorLabel: f.denominatorLabel,
      numerator: f.numerator,
      denominator: f.denominator,
      gateTaskIds: f.gateTaskIds,
      assigneeId: null,
      completionNote: null,
      shortfallReason: null,
      returnReason: null,
      doneOn: null,
      backfill: f.backfill,
      naReason: null,
      naRequestedAt: null,
      naRequestedById: null,
      completedAt: null,
      completedById: null,
      createdAt: now,
      updatedAt: now,
    }));
    const pending: { id: number; value: number }[] = [];
    let done = 0;
    // The caller has just computed the whole batch: let waiting requests in before writing.
    await yieldToEventLoop();
    for (const chunk of chunked(tasks)) {
      const ids = await insertTasks(m, chunk);
      chunk.forEach((task, i) => (task.id = ids[i]));
      done += chunk.length;
      for (let i = done - chunk.length; i < done; i++) {
        const lead = batch[i].lead;
        if (lead === null) continue;
        tasks[i].leadTaskId = tasks[lead].id;
        pending.push({ id: tasks[i].id, value: tasks[lead].id });
      }
      await yieldToEventLoop();
      await recordAuditMany(
        m,
        chunk.map((task) => ({ action: 'create', entity: 'tasks', entityId: task.id, after: task })),
      );
      await yieldToEventLoop();
    }
    for (const chunk of chunked(pending)) {
      await updateTaskColumn(m, 'leadTaskId', chunk);
      await yieldToEventLoop();
    }
    return tasks;
  }

  /** Sets the gate tasks of many tasks in bulk, each change audited as a single save audits it. */
  async setGates(m: EntityManager, changes: { task: Task; gateTaskIds: number[] }[]): Promise<void> {
    for (const chunk of chunked(changes)) {
      await updateTaskColumn(
        m,
        'gateTaskIds',
        chunk.map((c) => ({ id: c.task.id, value: c.gateTaskIds })),
      );
      await yieldToEventLoop();
      await recordAuditMany(
        m,
        chunk.map((c) => ({
          action: 'update',
          entity: 'tasks',
          entityId: c.task.id,
          before: { gateTaskIds: c.task.gateTaskIds },
          after: { gateTaskIds: c.gateTaskIds },
        })),
      );
      for (const c of chunk) c.task.gateTaskIds = c.gateTaskIds;
      await yieldToEventLoop();
    }
  }

  /**
   * Steps a case does not need (its answer at registration made them inapplicable, e.g. 法制审核 of
   * a non-重大 case): each becomes 不适用 with the reason, a history row and an audit event.
   */
  async skip(m: EntityManager, tasks: Task[], note: string, userId: number | null): Promise<void> {
    for (const task of tasks) {
      await this.applyChange(m, task.id, {
        before: { status: task.status, completionNote: task.completionNote },
        after: { status: 'na', completionNote: note },
        transition: { action: 'skip', fromStatus: task.status, toStatus: 'na', note },
        userId,
      });
      Object.assign(task, { status: 'na', completionNote: note });
    }
  }

  /** Tasks whose stored deadline wording still shows rule keys (Latin letters) from before it was worded in Chinese. */
  async withLatinScheduleText(): Promise<Task[]> {
    // In batches by id: every API start runs this, and a million tasks read at once held
    // hundreds of MB of RSS for the life of the process.
    const ids: number[] = [];
    for (let after = 0; ;) {
      const rows = await this.tasks.find({
        select: { id: true, scheduleText: true },
        where: { id: MoreThan(after), scheduleText: Not('') },
        order: { id: 'ASC' },
        take: SCAN_BATCH,
      });
      ids.push(...rows.filter((t) => /[A-Za-z]/.test(t.scheduleText)).map((t) => t.id));
      if (rows.length < SCAN_BATCH) break;
      after = rows[rows.length - 1].id;
    }
    return ids.length ? this.tasks.findBy({ id: In(ids) }) : [];
  }

  /** Rewrites the deadline wording of tasks (no history row: the deadline itself is unchanged). */
  async rewordSchedules(changes: { task: Task; scheduleText: string }[]): Promise<void> {
    for (const { task, scheduleText } of changes) await this.tasks.save({ ...task, scheduleText });
  }

  /**
   * A deadline moved by the plan: the new due date (and earliest date) and a `schedule` history row
   * (with the correction's reason, if any).
   */
  async reschedule(
    m: EntityManager,
    task: Task,
    dueOn: string | null,
    dueNote: string,
    userId: number | null,
    change: { earliestOn?: string | null; reason?: string } = {},
  ): Promise<void> {
    const { earliestOn = task.earliestOn, reason } = change;
    await m.save(Task, { ...task, dueOn, dueNote, earliestOn });
    await m.save(TaskTransition, {
      taskId: task.id,
      action: 'schedule',
      fromStatus: task.status,
      toStatus: task.status,
      note: `期限调整为 ${dueOn ?? '待定'}${reason ? `（${reason}）` : ''}`,
      userId,
    });
  }

  /**
   * 撤销 of a case: each unfinished task of the plan becomes `cancelled` with a history row and an
   * audit event, in the caller's transaction (the plan's cancellation).
   */
  async cancelUnfinished(m: EntityManager, planId: number, reason: string, userId: number): Promise<Task[]> {
    const tasks = await this.ofPlan(planId, m, { unfinished: true });
    for (const task of tasks) {
      const transition = { action: 'cancel' as const, fromStatus: task.status, toStatus: 'cancelled' as const, note: reason };
      await this.applyChange(m, task.id, { before: { status: task.status }, after: { status: 'cancelled' }, transition, userId });
    }
    return tasks;
  }

  /** Which of the plans still have unfinished tasks. */
  async plansWithUnfinished(planIds: number[]): Promise<Set<number>> {
    if (!planIds.length) return new Set();
    const rows = await this.query()
      .select('DISTINCT t.plan_id', 'planId')
      .where(`t.plan_id IN (:...planIds) AND ${UNFINISHED_SQL}`, { planIds })
      .getRawMany<{ planId: number }>();
    return new Set(rows.map((r) => Number(r.planId)));
  }

  findByIds(ids: number[], m: EntityManager = this.manager): Promise<Task[]> {
    return ids.length ? m.find(Task, { where: { id: In(ids) } }) : Promise.resolve([]);
  }

  /** The supporting (配合) tasks of a lead task (not those following all schools of a school-led item). */
  supportingOf(leadTaskId: number): Promise<Task[]> {
    return this.tasks.find({ where: { leadTaskId, leadDepartmentId: Not(IsNull()) }, order: { id: 'ASC' } });
  }

  /** Whether the department has a task following all schools' tasks of this (school) task's item and period. */
  followsItemOf(departmentId: number, task: Pick<Task, 'planId' | 'templateItemId' | 'periodKey'>, m: EntityManager = this.manager): Promise<boolean> {
    const { planId, templateItemId, periodKey } = task;
    return m.existsBy(Task, { planId, templateItemId, periodKey, departmentId, leadTaskId: Not(IsNull()), leadDepartmentId: IsNull() });
  }

  /** The schools' (lead) tasks of an item in one plan and period. */
  leadTasksOfItem(task: Pick<Task, 'planId' | 'templateItemId' | 'periodKey'>): Promise<Task[]> {
    const { planId, templateItemId, periodKey } = task;
    return this.tasks.find({ where: { planId, templateItemId, periodKey, leadTaskId: IsNull() }, order: { id: 'ASC' } });
  }

  /** Gate tasks still unfinished among the given ones (id and title). */
  unfinishedAmong(ids: number[], m: EntityManager = this.manager): Promise<Pick<Task, 'id' | 'title'>[]> {
    return m.find(Task, { where: { id: In(ids), status: In(UNFINISHED_STATUSES) }, select: { id: true, title: true } });
  }

  ofPlan(planId: number, m: EntityManager = this.manager, options: { unfinished?: boolean } = {}): Promise<Task[]> {
    return m.find(Task, { where: { planId, ...(options.unfinished ? { status: In(UNFINISHED_STATUSES) } : {}) } });
  }

  existsInPlanForDepartment(planId: number, departmentId: number): Promise<boolean> {
    return this.tasks.existsBy({ planId, departmentId });
  }

  async planIdsOfDepartment(departmentId: number): Promise<number[]> {
    const rows = await this.tasks
      .createQueryBuilder('t')
      .select('DISTINCT t.plan_id', 'planId')
      .where('t.department_id = :departmentId', { departmentId })
      .getRawMany<{ planId: number }>();
    return rows.map((r) => Number(r.planId));
  }

  /** Plans with unfinished tasks still waiting for a due date. */
  async planIdsWithUndatedTasks(): Promise<number[]> {
    const rows = await this.tasks
      .createQueryBuilder('t')
      .select('DISTINCT t.plan_id', 'planId')
      .where(`t.due_on IS NULL AND ${UNFINISHED_SQL}`)
      .getRawMany<{ planId: number }>();
    return rows.map((r) => Number(r.planId));
  }

  /**
   * Open or returned tasks due on or before `horizon` (not 补录, no pending 不适用), as raw rows (a run
   * reads every open task of the bureau); `chunk`: the next `limit` of them after `after`, in (due date,
   * id) order (keyset paging, so a reader never holds them all). That order, not id order: an index of
   * the alertable tasks by due date serves it, where each id-ordered chunk sorted every open task again
   * (a run at 1M tasks spent 200 s re-reading them).
   */
  openDueBy(horizon: string, chunk?: { after: { dueOn: string; id: number } | null; limit: number }): Promise<OpenTaskRow[]> {
    const query = this.tasks
      .createQueryBuilder('t')
      .select([
        't.id AS id',
        't.title AS title',
        't.due_on AS "dueOn"',
        't.department_id AS "departmentId"',
        't.work_point_id AS "workPointId"',
        't.assignee_id AS "assigneeId"',
        't.schedule_text AS "scheduleText"',
      ])
      .where(`${ALERTABLE_SQL} AND t.due_on <= :horizon`, { horizon });
    if (chunk) {
      if (chunk.after) query.andWhere('(t.due_on, t.id) > (:afterDue, :afterId)', { afterDue: chunk.after.dueOn, afterId: chunk.after.id });
      query.orderBy('t.due_on').addOrderBy('t.id').limit(chunk.limit);
    }
    return query.getRawMany<OpenTaskRow>();
  }

  /** Unfinished tasks with a due date issued to the departments, earliest due first (a calendar feed). */
  unfinishedDatedOf(departmentIds: number[]): Promise<Task[]> {
    if (!departmentIds.length) return Promise.resolve([]);
    return this.tasks.find({
      where: { departmentId: In(departmentIds), status: In(UNFINISHED_STATUSES), dueOn: Not(IsNull()) },
      order: { dueOn: 'ASC', id: 'ASC' },
    });
  }

  /**
   * History rows per task: every status change and every re-dating writes one (titles never
   * change once issued), so the count is a revision number that only grows.
   */
  async revisions(taskIds: number[]): Promise<Map<number, number>> {
    const out = new Map<number, number>();
    for (let i = 0; i < taskIds.length; i += 500) {
      const rows = await this.manager
        .createQueryBuilder(TaskTransition, 'h')
        .select('h.task_id', 'taskId')
        .addSelect('COUNT(*)', 'n')
        .where('h.task_id IN (:...ids)', { ids: taskIds.slice(i, i + 500) })
        .groupBy('h.task_id')
        .getRawMany<{ taskId: number; n: number | string }>();
      for (const r of rows) out.set(Number(r.taskId), Number(r.n));
    }
    return out;
  }

  /** Unfinished dated tasks due within [from, to] (a corrected holiday year may move them). */
  unfinishedDueBetween(from: string, to: string, m: EntityManager = this.manager): Promise<Task[]> {
    return m.find(Task, { where: { status: In(UNFINISHED_STATUSES), dueOn: Between(from, to) }, order: { id: 'ASC' } });
  }

  count(status: TaskStatus[]): Promise<number> {
    return this.tasks.countBy({ status: In(status) });
  }

  /** Tasks with the given status, earliest due first. */
  withStatus(status: TaskStatus): Promise<Task[]> {
    return this.tasks.find({ where: { status }, order: { dueOn: 'ASC', id: 'ASC' } });
  }

  /**
   * The tasks' data version: a trigger (migration TaskSummaryIndexAndVersion) bumps it in the same transaction
   * as any change to the tasks table, from any process. Same version, same tasks.
   */
  async dataVersion(): Promise<string> {
    const [row] = await this.manager.query<{ v: number | string }[]>('SELECT SUM(version) AS v FROM task_versions');
    return String(row.v);
  }

  /** A query over the tasks for the list views (alias `t`). */
  query(m: EntityManager = this.manager) {
    return m.getRepository(Task).createQueryBuilder('t');
  }

  /**
   * Left-joins the tasks matching `on` under `alias`, so a register filters its rows by their
   * task's state in SQL and a page is a page (the task SQL conditions use alias `t`).
   */
  joinTasks<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, on: string, parameters?: ObjectLiteral): SelectQueryBuilder<T> {
    return qb.leftJoin(Task, alias, on, parameters);
  }

  addActivity(m: EntityManager, fields: Partial<Activity>): Promise<Activity> {
    return m.save(Activity, m.create(Activity, fields));
  }

  activityExists(taskId: number, activityId: number): Promise<boolean> {
    return this.manager.existsBy(Activity, { id: activityId, taskId });
  }

  findActivity(m: EntityManager, taskId: number, activityId: number): Promise<Activity | null> {
    return m.findOneBy(Activity, { id: activityId, taskId });
  }

  /** Marks the activity withdrawn (saved through TypeORM: the audit trail records before and after). */
  withdrawActivity(m: EntityManager, activity: Activity, userId: number, reason: string): Promise<Activity> {
    return m.save(Activity, { ...activity, withdrawnAt: new Date(), withdrawnById: userId, withdrawReason: reason });
  }

  /** History, activities and urges of one task, in order. */
  async records(taskId: number): Promise<{ history: TaskTransition[]; activities: Activity[]; urges: Urge[] }> {
    const m = this.manager;
    const [history, activities, urges] = await Promise.all([
      m.find(TaskTransition, { where: { taskId }, order: { id: 'ASC' } }),
      m.find(Activity, { where: { taskId }, order: { occurredOn: 'ASC', id: 'ASC' } }),
      m.find(Urge, { where: { taskId }, order: { id: 'ASC' } }),
    ]);
    return { history, activities, urges };
  }

  saveUrge(fields: Partial<Urge>): Promise<Urge> {
    return this.manager.save(Urge, fields);
  }

  findUrge(id: number): Promise<Urge | null> {
    return this.manager.findOneBy(Urge, { id });
  }

  async markUrgeNotified(id: number): Promise<void> {
    await this.manager.update(Urge, { id }, { notifiedAt: new Date() });
  }

  /**
   * The latest urge of each of these tasks (one query for a page of tasks: the 催办 mark of the
   * lists).
   */
  async latestUrges(taskIds: number[]): Promise<Map<number, Pick<Urge, 'leaderId' | 'createdAt'>>> {
    if (!taskIds.length) return new Map();
    const rows = await this.manager
      .createQueryBuilder(Urge, 'u')
      .where('u.task_id IN (:...taskIds)', { taskIds })
      .andWhere('u.id = (SELECT MAX(l.id) FROM urges l WHERE l.task_id = u.task_id)')
      .getMany();
    return new Map(rows.map((u) => [u.taskId, { leaderId: u.leaderId, createdAt: u.createdAt }]));
  }

  /** Urges created before `before` whose notice has not been written. */
  async unnotifiedUrgeIds(before: Date, limit: number): Promise<number[]> {
    const rows = await this.manager.find(Urge, { where: { notifiedAt: IsNull(), createdAt: LessThan(before) }, select: { id: true }, take: limit });
    return rows.map((r) => r.id);
  }
}
