import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import { Activity } from './activity.entity';
import { Task, UNFINISHED_SQL } from './task.entity';

/** One record a figure counts: an activity or a task, with its task, department and date. */
export interface FigureRecordRow {
  taskId: number;
  title: string;
  departmentId: number;
  date: string | null;
  status: string;
}

/** Done on or before the due date, done late, open past the due date, and open not yet due. */
export interface OnTimeRow {
  departmentId: number;
  onTime: number;
  late: number;
  overdue: number;
  pending: number;
}

const num = (v: unknown): number => Number(v ?? 0);

/**
 * The annual report's aggregates over tasks and activities: one GROUP BY per question, never
 * every task in memory. Callers pass the plan ids of the year (from the plans module) and the
 * template item ids of the catalogue items a figure counts.
 */
@Injectable()
export class TaskFigures {
  constructor(@InjectRepository(Task) private readonly tasks: Repository<Task>) {}

  /** Activities logged on the tasks of the given items, per template item id. */
  async activityCounts(planIds: number[], itemIds: number[]): Promise<Map<number, number>> {
    if (!planIds.length || !itemIds.length) return new Map();
    const rows = await this.activities(planIds, itemIds)
      .select('t.template_item_id', 'item')
      .addSelect('COUNT(a.id)', 'n')
      .groupBy('t.template_item_id')
      .getRawMany<{ item: number | string; n: number | string }>();
    return new Map(rows.map((r) => [num(r.item), num(r.n)]));
  }

  /** The activities behind `activityCounts`, by date. */
  async activityRecords(planIds: number[], itemIds: number[]): Promise<FigureRecordRow[]> {
    if (!planIds.length || !itemIds.length) return [];
    const rows = await this.activities(planIds, itemIds)
      .select(['t.id AS "taskId"', 'a.title AS "title"', 't.department_id AS "departmentId"', 'a.occurred_on AS "date"', 't.status AS "status"'])
      .orderBy('a.occurred_on', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getRawMany<FigureRecordRow>();
    return rows.map((r) => ({ ...r, taskId: num(r.taskId), departmentId: num(r.departmentId) }));
  }

  /**
   * Lead tasks of the given items per template item id: all of them, the done ones and those
   * done on or before their due date.
   */
  async leadTaskCounts(planIds: number[], itemIds: number[]): Promise<Map<number, { total: number; done: number; onTime: number }>> {
    if (!planIds.length || !itemIds.length) return new Map();
    const rows = await this.leadTasks(planIds, itemIds)
      .select('t.template_item_id', 'item')
      .addSelect('COUNT(*)', 'total')
      .addSelect("SUM(CASE WHEN t.status = 'done' THEN 1 ELSE 0 END)", 'done')
      .addSelect(`SUM(CASE WHEN ${this.doneOnTime()} THEN 1 ELSE 0 END)`, 'onTime')
      .groupBy('t.template_item_id')
      .getRawMany<Record<string, unknown>>();
    return new Map(rows.map((r) => [num(r.item), { total: num(r.total), done: num(r.done), onTime: num(r.onTime) }]));
  }

  /** The lead tasks behind `leadTaskCounts`' done or done-on-time counts. */
  async leadTaskRecords(planIds: number[], itemIds: number[], only: 'done' | 'onTime'): Promise<FigureRecordRow[]> {
    if (!planIds.length || !itemIds.length) return [];
    const qb = this.leadTasks(planIds, itemIds).andWhere(only === 'done' ? "t.status = 'done'" : this.doneOnTime());
    const rows = await qb
      .select(['t.id AS "taskId"', 't.title AS "title"', 't.department_id AS "departmentId"', 't.due_on AS "date"', 't.status AS "status"'])
      .orderBy('t.due_on', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .getRawMany<FigureRecordRow>();
    return rows.map((r) => ({ ...r, taskId: num(r.taskId), departmentId: num(r.departmentId) }));
  }

  /** On-time completion per department over every task of the given plans, as of `today`. */
  async onTimeByDepartment(planIds: number[], today: string): Promise<OnTimeRow[]> {
    if (!planIds.length) return [];
    const rows = await this.tasks
      .createQueryBuilder('t')
      .where('t.plan_id IN (:...planIds)', { planIds })
      .select('t.department_id', 'departmentId')
      .addSelect(`SUM(CASE WHEN ${this.doneOnTime()} THEN 1 ELSE 0 END)`, 'onTime')
      .addSelect(`SUM(CASE WHEN t.status = 'done' AND NOT (${this.doneOnTime()}) THEN 1 ELSE 0 END)`, 'late')
      .addSelect(`SUM(CASE WHEN ${UNFINISHED_SQL} AND t.due_on < :today THEN 1 ELSE 0 END)`, 'overdue')
      .addSelect(`SUM(CASE WHEN ${UNFINISHED_SQL} AND (t.due_on IS NULL OR t.due_on >= :today) THEN 1 ELSE 0 END)`, 'pending')
      .setParameters({ today })
      .groupBy('t.department_id')
      .orderBy('t.department_id', 'ASC')
      .getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({ departmentId: num(r.departmentId), onTime: num(r.onTime), late: num(r.late), overdue: num(r.overdue), pending: num(r.pending) }));
  }

  /** Tasks of one department in one of `onTimeByDepartment`'s groups. */
  async departmentTaskRecords(planIds: number[], departmentId: number, group: 'onTime' | 'late' | 'overdue', today: string): Promise<FigureRecordRow[]> {
    if (!planIds.length) return [];
    const where = {
      onTime: this.doneOnTime(),
      late: `t.status = 'done' AND NOT (${this.doneOnTime()})`,
      overdue: `${UNFINISHED_SQL} AND t.due_on < :today`,
    }[group];
    const rows = await this.tasks
      .createQueryBuilder('t')
      .where('t.plan_id IN (:...planIds) AND t.department_id = :departmentId', { planIds, departmentId })
      .andWhere(where, { today })
      .select(['t.id AS "taskId"', 't.title AS "title"', 't.department_id AS "departmentId"', 't.due_on AS "date"', 't.status AS "status"'])
      .orderBy('t.due_on', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .getRawMany<FigureRecordRow>();
    return rows.map((r) => ({ ...r, taskId: num(r.taskId), departmentId: num(r.departmentId) }));
  }

  private activities(planIds: number[], itemIds: number[]): SelectQueryBuilder<Activity> {
    return this.tasks.manager
      .getRepository(Activity)
      .createQueryBuilder('a')
      .innerJoin(Task, 't', 't.id = a.task_id')
      .where('t.plan_id IN (:...planIds) AND t.template_item_id IN (:...itemIds) AND a.withdrawn_at IS NULL', { planIds, itemIds });
  }

  private leadTasks(planIds: number[], itemIds: number[]): SelectQueryBuilder<Task> {
    return this.tasks
      .createQueryBuilder('t')
      .where('t.plan_id IN (:...planIds) AND t.template_item_id IN (:...itemIds) AND t.lead_task_id IS NULL', { planIds, itemIds });
  }

  /** Done on or before the due day (`done_on`, the day the work was done, against `due_on`). */
  private doneOnTime(): string {
    return "t.status = 'done' AND t.due_on IS NOT NULL AND t.done_on IS NOT NULL AND t.done_on <= t.due_on";
  }
}
