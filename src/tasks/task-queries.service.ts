import { ForbiddenException, Injectable } from '@nestjs/common';
import { readsWholeBureau, type AuthUser } from '../access/auth-user';
import { CalendarService } from '../calendar/calendar.service';
import { CalendarYearMissingError } from '../calendar/working-day-calendar';
import { CatalogService } from '../catalog/catalog.service';
import { Clock } from '../common/clock';
import { addDays, daysBetween } from '../common/dates';
import { Page } from '../common/pagination';
import { OrgDirectory } from '../org/org-directory.service';
import { TaskFilterDto } from './dto/task.dto';
import { TaskCounts, TaskSummary } from './dto/task.view';
import type { Task } from './task.entity';
import { PlanLookup } from './task-ports';
import { TaskStore } from './task-store.service';
import { applyView, countSelect } from './task-views';

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
  ) {}

  async list(caller: AuthUser, f: TaskFilterDto): Promise<Page<TaskSummary>> {
    const qb = applyView(await this.filtered(caller, f), f.view)
      .skip(f.offset)
      .take(f.pageSize);
    const [tasks, total] = await qb.getManyAndCount();
    return Page.of(await this.summaries(tasks), total, f);
  }

  async counts(caller: AuthUser, f: TaskFilterDto): Promise<TaskCounts> {
    const row = await (await this.filtered(caller, f)).select(countSelect()).getRawOne<Record<string, string | number | null>>();
    const n = (k: string) => Number(row?.[k] ?? 0);
    return { overdue: n('overdue'), dueSoon: n('dueSoon'), open: n('open'), done: n('done'), total: n('total') };
  }

  /** Tasks waiting for the caller's review. */
  async reviewQueue(caller: AuthUser, f: TaskFilterDto): Promise<Page<TaskSummary>> {
    const qb = this.tasks.query().where("t.status = 'submitted'");
    if (caller.role !== 'leader' && caller.role !== 'admin') {
      if (caller.departmentId === null) return Page.of([], 0, f);
      qb.andWhere('t.reviewer_department_id = :dept AND t.department_id <> :dept', { dept: caller.departmentId });
    }
    const [tasks, total] = await qb.orderBy('t.updated_at', 'ASC').skip(f.offset).take(f.pageSize).getManyAndCount();
    return Page.of(await this.summaries(tasks), total, f);
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
      targetCount: t.targetCount,
      activityCount: t.activityCount,
      urgedAt: urges.get(t.id)?.createdAt ?? null,
      urgedByName: urges.has(t.id) ? (urgers.get(urges.get(t.id)!.leaderId) ?? '') : null,
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
    if (!readsWholeBureau(caller)) {
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
