import { Injectable } from '@nestjs/common';
import { CatalogService } from '../catalog/catalog.service';
import { Clock } from '../common/clock';
import { yearOf } from '../common/dates';
import { Page } from '../common/pagination';
import { OrgDirectory } from '../org/org-directory.service';
import { TaskPageQueryDto } from '../tasks/dto/task.dto';
import { TaskSummary } from '../tasks/dto/task.view';
import { TaskQueriesService } from '../tasks/task-queries.service';
import { TaskStore } from '../tasks/task-store.service';
import { TaskCoverage } from '../tasks/task-coverage.service';
import { CoverageRow } from '../tasks/dto/coverage.view';
import { LATE_SQL, VIEW_CONDITIONS } from '../tasks/task-views';
import { OversightSummary, SummaryQueryDto, SummaryRow } from './dto/oversight.dto';

type Count = number | string | null;
interface CountRow {
  id: number | string;
  total: Count;
  done: Count;
  late: Count;
  overdue: Count;
  na: Count;
  cancelled: Count;
}

const ratio = (part: number, whole: number): number => Math.round((part / whole) * 1000) / 1000;

/** 督办看板: what is overdue across the bureau, and completion per department and work point. */
@Injectable()
export class OversightService {
  constructor(
    private readonly taskRepository: TaskStore,
    private readonly clock: Clock,
    private readonly tasks: TaskQueriesService,
    private readonly org: OrgDirectory,
    private readonly catalog: CatalogService,
    private readonly coverages: TaskCoverage,
  ) {}

  /** Overdue tasks, the longest overdue first. */
  async overdue(q: TaskPageQueryDto): Promise<Page<TaskSummary>> {
    const qb = this.taskRepository.query().where(VIEW_CONDITIONS.overdue, { today: this.clock.today() });
    if (q.departmentId !== undefined) qb.andWhere('t.department_id = :dept', { dept: q.departmentId });
    if (q.workPointId !== undefined) qb.andWhere('t.work_point_id = :wp', { wp: q.workPointId });
    return this.tasks.page(qb, q, 'dueOn');
  }

  /** Coverage of the school-led items of the year's plans (this year by default). */
  async coverage(year = yearOf(this.clock.today())): Promise<CoverageRow[]> {
    return this.coverages.ofPlans(await this.tasks.plansOfYear(year));
  }

  /**
   * Per department (the leader's supervised ones first) and per work point; without a plan, a
   * year or `allYears`, the current year's plans (so next year's plan does not halve this year's
   * rate).
   */
  async summary(leaderId: number, q: SummaryQueryDto): Promise<OversightSummary> {
    const today = this.clock.today();
    if (q.planId === undefined && q.year === undefined && q.allYears !== 'true') q = { ...q, year: yearOf(today) };
    const [byDept, byWp, departments, workPoints, supervised] = await Promise.all([
      this.counts('department_id', today, q),
      this.counts('work_point_id', today, q),
      this.org.departmentNames(),
      this.catalog.listWorkPoints(),
      this.org.supervisedBy(leaderId),
    ]);
    const mine = new Set(supervised);
    const departmentRows = this.rows(byDept, departments).map((r) => ({ ...r, supervised: mine.has(r.id) }));
    departmentRows.sort((a, b) => Number(b.supervised) - Number(a.supervised) || b.overdue - a.overdue || a.completionRate - b.completionRate || a.id - b.id);
    const sections = new Map(workPoints.map((w) => [w.id, w.section]));
    const workPointRows = this.rows(byWp, new Map(workPoints.map((w) => [w.id, w.name])));
    workPointRows.sort((a, b) => (sections.get(a.id) ?? '').localeCompare(sections.get(b.id) ?? '', 'en', { numeric: true }));
    return { today, year: q.year ?? null, byDepartment: departmentRows, byWorkPoint: workPointRows };
  }

  /** One GROUP BY over the tasks (served by the (department|work point, status, due_on) indexes). */
  private async counts(column: 'department_id' | 'work_point_id', today: string, q: SummaryQueryDto): Promise<CountRow[]> {
    const qb = this.taskRepository
      .query()
      .select(`t.${column}`, 'id')
      .addSelect('COUNT(*)', 'total')
      .addSelect("SUM(CASE WHEN t.status = 'done' THEN 1 ELSE 0 END)", 'done')
      .addSelect(`SUM(CASE WHEN ${LATE_SQL} THEN 1 ELSE 0 END)`, 'late')
      .addSelect(`SUM(CASE WHEN ${VIEW_CONDITIONS.overdue} THEN 1 ELSE 0 END)`, 'overdue')
      .addSelect("SUM(CASE WHEN t.status = 'na' THEN 1 ELSE 0 END)", 'na')
      .addSelect("SUM(CASE WHEN t.status = 'cancelled' THEN 1 ELSE 0 END)", 'cancelled')
      .setParameters({ today })
      .groupBy(`t.${column}`);
    if (q.planId !== undefined) qb.andWhere('t.plan_id = :plan', { plan: q.planId });
    if (q.year !== undefined) qb.andWhere('t.plan_id IN (:...yearPlans)', { yearPlans: await this.tasks.plansOfYear(q.year) });
    return qb.getRawMany<CountRow>();
  }

  private rows(counts: CountRow[], names: Map<number, string>): SummaryRow[] {
    return counts.map((c) => {
      const id = Number(c.id);
      const [total, done, late, na, cancelled] = [c.total, c.done, c.late, c.na, c.cancelled].map((n) => Number(n ?? 0));
      // 不适用 and cancelled tasks are no work to do: out of the completion rate's denominator.
      const due = total - na - cancelled;
      return {
        id,
        name: names.get(id) ?? '',
        total,
        done,
        overdue: Number(c.overdue ?? 0),
        notApplicable: na,
        completionRate: due ? ratio(done, due) : 0,
        onTime: done - late,
        late,
        onTimeRate: done ? ratio(done - late, done) : null,
      };
    });
  }
}
