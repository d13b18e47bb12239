import { ForbiddenException, Injectable } from '@nestjs/common';
import { readsWholeBureau, type AuthUser } from '../access/auth-user';
import { CalendarService } from '../calendar/calendar.service';
import { CalendarYearMissingError } from '../calendar/working-day-calendar';
import { CatalogService } from '../catalog/catalog.service';
import { Clock } from '../common/clock';
import { addDays, daysBetween } from '../common/dates';
import { keysetPage, type KeysetColumn } from '../common/keyset';
import { containsAny, containsPattern, keysetSort } from '../common/list-query';
import { Page } from '../common/pagination';
import type { SelectQueryBuilder } from 'typeorm';
import { OrgDirectory } from '../org/org-directory.service';
import { TaskFilterDto, TaskPageQueryDto, type TaskSort } from './dto/task.dto';
import { TaskCounts, TaskSummary } from './dto/task.view';
import { isLate, type Task } from './task.entity';
import { PlanLookup } from './task-ports';
import { AdviserSteps } from './adviser-steps';
import { percentOf } from './task-targets';
import { TaskStore } from './task-store.service';
import { applyView, countSelect, viewSort } from './task-views';

/** A 不适用 request waiting for a decision (a task closed otherwise meanwhile, e.g. cancelled, is not). */
const NA_PENDING = "(t.na_requested_at IS NOT NULL AND t.status IN ('open', 'returned'))";

/** The department view: my department's tasks grouped overdue / due soon / open / done. */
@Injectable()
export class TaskQueriesService {
  constructor(
    private readonly tasks: TaskStore,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly org: OrgDirectory,
    private readonly catalog: CatalogService,
    private readonly plans: PlanLookup,
    private readonly adviser: AdviserSteps,
  ) {}

  async list(caller: AuthUser, f: TaskFilterDto): Promise<Page<TaskSummary>> {
    const qb = applyView(await this.filtered(caller, f), f.view);
    if (f.status !== undefined) qb.andWhere('t.status = :status', { status: f.status });
    return this.page(qb, f, viewSort(f.view));
  }

  async counts(caller: AuthUser, f: TaskFilterDto): Promise<TaskCounts> {
    const qb = await this.filtered(caller, f);
    await this.matching(qb, f.q);
    if (f.status !== undefined) qb.andWhere('t.status = :status', { status: f.status });
    const row = await qb.select(countSelect()).getRawOne<Record<string, string | number | null>>();
    const n = (k: string) => Number(row?.[k] ?? 0);
    return { overdue: n('overdue'), dueSoon: n('dueSoon'), open: n('open'), done: n('done'), na: n('na'), total: n('total') };
  }

  /**
   * Tasks waiting for the caller's review, and 不适用 requests waiting for 政策法规股 (the
   * department playing `legal`) or a leader: `reviewKind` tells them apart.
   */
  async reviewQueue(caller: AuthUser, f: TaskFilterDto): Promise<Page<TaskSummary>> {
    const qb = this.tasks.query();
    if (caller.role !== 'leader' && caller.role !== 'admin') {
      if (caller.departmentId === null) return Page.of([], 0, f);
      const requests = (await this.org.inLegalOffice(caller)) ? ` OR ${NA_PENDING}` : '';
      qb.where(`t.department_id <> :dept AND ((t.status = 'submitted' AND t.reviewer_department_id = :dept)${requests})`, { dept: caller.departmentId });
    } else qb.where(`(t.status = 'submitted' OR ${NA_PENDING})`);
    return this.page(qb, f, 'updatedAt');
  }

  /**
   * The text filter, the chosen order (`fallback` when none is chosen) and the page after the
   * cursor: what every task list shares.
   */
  async page(qb: SelectQueryBuilder<Task>, f: TaskPageQueryDto, fallback: string): Promise<Page<TaskSummary>> {
    await this.matching(qb, f.q);
    const sort = f.sort ?? fallback;
    const result = await keysetPage(qb, keysetSort(sort, await this.sortColumns(sort), 't.id'), f);
    return Page.keyset(await this.summaries(result.rows), result, f);
  }

  /**
   * Tasks whose title contains the text, or whose department, work point or plan (title or case
   * reference) does: names live in other modules, so they are matched there and come back as ids.
   */
  private async matching(qb: SelectQueryBuilder<Task>, text: string | undefined): Promise<void> {
    if (!text) return;
    const pattern = containsPattern(text);
    const [departments, workPoints, plans] = await Promise.all([
      this.org.departmentIdsMatching(pattern),
      this.catalog.workPointIdsMatching(pattern),
      this.plans.idsMatching(pattern),
    ]);
    const anyOf = (column: string, ids: number[]) => (ids.length ? [`${column} IN (${ids.map(Number).join(', ')})`] : []);
    const conditions = [
      containsAny(['t.title'], 'text'),
      ...anyOf('t.department_id', departments),
      ...anyOf('t.work_point_id', workPoints),
      ...anyOf('t.plan_id', plans),
    ];
    qb.andWhere(`(${conditions.join(' OR ')})`, { text: pattern });
  }

  /**
   * Sort field → column; departments and work points order by name, as a rank over their ids
   * (an expression no index serves: those two orders read every matching row).
   */
  private async sortColumns(sort: string): Promise<Record<string, KeysetColumn>> {
    const field = sort.replace(/^-/, '') as TaskSort | 'completedAt';
    const byName = (names: Map<number, string>, column: string): KeysetColumn => {
      const ids = [...names].sort(([a, x], [b, y]) => x.localeCompare(y, 'zh-CN') || a - b).map(([id]) => id);
      return {
        sql: ids.length ? `CASE ${column} ${ids.map((id, i) => `WHEN ${Number(id)} THEN ${i}`).join(' ')} END` : column,
        type: 'number',
        nullable: true,
      };
    };
    const columns: Record<TaskSort | 'completedAt', () => Promise<KeysetColumn> | KeysetColumn> = {
      dueOn: () => ({ sql: 't.due_on', type: 'text', nullable: true }),
      title: () => ({ sql: 't.title', type: 'text' }),
      status: () => ({ sql: 't.status', type: 'text' }),
      updatedAt: () => ({ sql: 't.updated_at', type: 'text' }),
      completedAt: () => ({ sql: 't.completed_at', type: 'text', nullable: true }),
      department: async () => byName(await this.org.departmentNames(), 't.department_id'),
      workPoint: async () => byName(await this.catalog.workPointNames(), 't.work_point_id'),
    };
    return { [field]: await columns[field]() };
  }

  /**
   * Names, days left and the 催办 mark (an open task's latest urge) for a page of tasks: a handful
   * of lookups, not a join per row.
   */
  async summaries(tasks: Task[]): Promise<TaskSummary[]> {
    const today = this.clock.today();
    const unique = (ids: number[]) => [...new Set(ids)];
    const [departments, workPoints, plans, urges] = await Promise.all([
      this.org.departmentNames(unique(tasks.map((t) => t.departmentId))),
      this.catalog.workPointNames(unique(tasks.map((t) => t.workPointId))),
      this.plans.titles(unique(tasks.map((t) => t.planId))),
      this.tasks.latestUrges(tasks.filter((t) => t.status !== 'done').map((t) => t.id)),
    ]);
    const urgers = await this.org.userNames([...urges.values()].map((u) => u.leaderId));
    return tasks.map((t) => ({
      id: t.id,
      title: t.title,
      periodLabel: t.periodLabel,
      dueOn: t.dueOn,
      daysLeft: t.dueOn ? daysBetween(today, t.dueOn) : null,
      status: t.status,
      departmentId: t.departmentId,
      departmentName: departments.get(t.departmentId) ?? '',
      workPointId: t.workPointId,
      workPointName: workPoints.get(t.workPointId) ?? '',
      planId: t.planId,
      planTitle: plans.get(t.planId) ?? '',
      supporting: t.leadTaskId !== null,
      needsReview: t.needsReview,
      targetKind: t.targetKind,
      targetCount: t.targetCount,
      activityCount: t.activityCount,
      percent: percentOf(t),
      urgedAt: urges.get(t.id)?.createdAt ?? null,
      urgedByName: urges.has(t.id) ? (urgers.get(urges.get(t.id)!.leaderId) ?? '') : null,
      doneOn: t.doneOn,
      late: isLate(t),
      backfill: t.backfill,
      naReason: t.naRequestedAt !== null ? t.naReason : null,
      reviewKind: t.naRequestedAt !== null ? 'notApplicable' : t.status === 'submitted' ? 'completion' : null,
    }));
  }

  /** The window of "due soon": today to N working days ahead. */
  async dueSoonUntil(today: string, workingDays: number): Promise<string> {
    try {
      return (await this.calendar.calendar()).addWorkingDays(today, workingDays);
    } catch (err) {
      // Late December before next year's holidays are published: a display window, not a
      // deadline, so a calendar-day approximation is acceptable here.
      if (err instanceof CalendarYearMissingError) return addDays(today, Math.ceil((workingDays * 7) / 5));
      throw err;
    }
  }

  private async filtered(caller: AuthUser, f: TaskFilterDto) {
    const today = this.clock.today();
    const qb = this.tasks.query().setParameters({ today, soonUntil: await this.dueSoonUntil(today, f.dueSoonDays) });
    if (caller.role === 'adviser') {
      // Not their department's work: only the opinion steps addressed to them.
      qb.andWhere('t.id IN (:...advised)', { advised: await this.adviser.taskIds(caller.id) });
    } else if (!readsWholeBureau(caller)) {
      if (f.departmentId !== undefined && f.departmentId !== caller.departmentId) throw new ForbiddenException('只能查看本部门的任务');
      qb.andWhere('t.department_id = :dept', { dept: caller.departmentId ?? -1 });
    } else if (f.departmentId !== undefined) qb.andWhere('t.department_id = :dept', { dept: f.departmentId });
    if (f.workPointId !== undefined) qb.andWhere('t.work_point_id = :wp', { wp: f.workPointId });
    if (f.planId !== undefined) qb.andWhere('t.plan_id = :plan', { plan: f.planId });
    if (f.year !== undefined) qb.andWhere('t.plan_id IN (:...yearPlans)', { yearPlans: await this.plansOfYear(f.year) });
    return qb;
  }

  /** Ids of the year's plans, for `t.plan_id IN (:...ids)` (never an empty list, which SQL refuses). */
  async plansOfYear(year: number): Promise<number[]> {
    const ids = await this.plans.idsOfYear(year);
    return ids.length ? ids : [-1];
  }
}
