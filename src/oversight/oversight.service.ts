import { Injectable } from '@nestjs/common';
import { CatalogService } from '../catalog/catalog.service';
import { Clock } from '../common/clock';
import { yearOf } from '../common/dates';
import { Page } from '../common/pagination';
import { ReadPool } from '../database/read-pool';
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
const COUNTED = ['total', 'done', 'late', 'overdue', 'na', 'cancelled'] as const;
type CountRow = Record<(typeof COUNTED)[number], number>;
type RawCounts = Record<(typeof COUNTED)[number], Count>;
interface Counts {
  byDepartment: Map<number, CountRow>;
  byWorkPoint: Map<number, CountRow>;
}
/** A count kept under the data version read before it started (or before it was joined, when not started yet). */
interface CachedCounts {
  version: string;
  started: boolean;
  counts: Promise<Counts>;
}
/** Day-and-filter combinations whose counts are kept. */
const CACHED_FILTERS = 32;

/** Adds one (department, work point) row of raw counts (numbers, or strings on PostgreSQL) to a grouping. */
function add(groups: Map<number, CountRow>, id: number, row: RawCounts): void {
  const sum = groups.get(id) ?? { total: 0, done: 0, late: 0, overdue: 0, na: 0, cancelled: 0 };
  for (const k of COUNTED) sum[k] += Number(row[k] ?? 0);
  groups.set(id, sum);
}

const ratio = (part: number, whole: number): number => Math.round((part / whole) * 1000) / 1000;

/** 督办看板: what is overdue across the bureau, and completion per department and work point. */
@Injectable()
export class OversightService {
  private readonly cache = new Map<string, CachedCounts>();

  constructor(
    private readonly taskRepository: TaskStore,
    private readonly reads: ReadPool,
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
    const [counts, departments, workPoints, supervised] = await Promise.all([
      this.cachedCounts(today, q),
      this.org.departmentNames(),
      this.catalog.listWorkPoints(),
      this.org.supervisedBy(leaderId),
    ]);
    const mine = new Set(supervised);
    const departmentRows = this.rows(counts.byDepartment, departments).map((r) => ({ ...r, supervised: mine.has(r.id) }));
    departmentRows.sort((a, b) => Number(b.supervised) - Number(a.supervised) || b.overdue - a.overdue || a.completionRate - b.completionRate || a.id - b.id);
    const sections = new Map(workPoints.map((w) => [w.id, w.section]));
    const workPointRows = this.rows(counts.byWorkPoint, new Map(workPoints.map((w) => [w.id, w.name])));
    workPointRows.sort((a, b) => (sections.get(a.id) ?? '').localeCompare(sections.get(b.id) ?? '', 'en', { numeric: true }));
    return { today, year: q.year ?? null, byDepartment: departmentRows, byWorkPoint: workPointRows };
  }

  /**
   * The counts of the last request with the same day and filter, while the tasks' data version
   * (bumped by any task change, in any process) has not moved. Otherwise a new count, which every
   * request that arrives before it starts shares: while one count runs, requests that saw a newer
   * version wait for one follow-up count, so however many clients and changes, at most one count
   * per filter runs and one waits. The version is read before the count starts, so figures are
   * never older than the version they are kept under.
   */
  private async cachedCounts(today: string, q: SummaryQueryDto): Promise<Counts> {
    const plans = q.planId !== undefined ? [q.planId] : q.year !== undefined ? await this.tasks.plansOfYear(q.year) : null;
    const key = JSON.stringify([today, plans]);
    const version = await this.taskRepository.dataVersion();
    const hit = this.cache.get(key);
    if (hit?.version === version) return hit.counts;
    if (hit && !hit.started) {
      hit.version = version;
      return hit.counts;
    }
    const entry = { version, started: false } as CachedCounts;
    const start = () => {
      entry.started = true;
      return this.counts(today, q, plans);
    };
    entry.counts = hit ? hit.counts.then(start, start) : start();
    this.cache.delete(key);
    this.cache.set(key, entry);
    // Oldest filter out first: a few leaders' filters fit, a crawler's cannot grow the map.
    if (this.cache.size > CACHED_FILTERS) this.cache.delete(this.cache.keys().next().value as string);
    entry.counts.catch(() => this.cache.get(key) === entry && this.cache.delete(key));
    return entry.counts;
  }

  /**
   * One GROUP BY (department, work point) over the tasks, folded into both groupings: one scan
   * instead of two. Runs off the event loop (ReadPool): at a million tasks the scan takes
   * hundreds of milliseconds.
   */
  private async counts(today: string, q: SummaryQueryDto, plans: number[] | null): Promise<Counts> {
    const qb = this.taskRepository
      .query()
      .select('t.department_id', 'dept')
      .addSelect('t.work_point_id', 'wp')
      .addSelect('COUNT(*)', 'total')
      .addSelect("SUM(CASE WHEN t.status = 'done' THEN 1 ELSE 0 END)", 'done')
      .addSelect(`SUM(CASE WHEN ${LATE_SQL} THEN 1 ELSE 0 END)`, 'late')
      .addSelect(`SUM(CASE WHEN ${VIEW_CONDITIONS.overdue} THEN 1 ELSE 0 END)`, 'overdue')
      .addSelect("SUM(CASE WHEN t.status = 'na' THEN 1 ELSE 0 END)", 'na')
      .addSelect("SUM(CASE WHEN t.status = 'cancelled' THEN 1 ELSE 0 END)", 'cancelled')
      .setParameters({ today })
      .groupBy('t.department_id')
      .addGroupBy('t.work_point_id');
    // A year's plans hold most tasks: a scan of the summary index beats looking each one up through
    // the plan_id index, which `+` keeps SQLite from using. One plan is looked up.
    if (q.planId !== undefined) qb.andWhere('t.plan_id = :plan', { plan: q.planId });
    else if (plans) qb.andWhere('+t.plan_id IN (:...plans)', { plans });
    const byDepartment = new Map<number, CountRow>();
    const byWorkPoint = new Map<number, CountRow>();
    for (const row of await this.reads.rows<RawCounts & { dept: Count; wp: Count }>(qb)) {
      add(byDepartment, Number(row.dept), row);
      add(byWorkPoint, Number(row.wp), row);
    }
    return { byDepartment, byWorkPoint };
  }

  private rows(counts: Map<number, CountRow>, names: Map<number, string>): SummaryRow[] {
    return [...counts]
      .sort(([a], [b]) => a - b)
      .map(([id, c]) => {
        const { total, done, late, na, cancelled } = c;
        // 不适用 and cancelled tasks are no work to do: out of the completion rate's denominator.
        const due = total - na - cancelled;
        return {
          id,
          name: names.get(id) ?? '',
          total,
          done,
          overdue: c.overdue,
          notApplicable: na,
          completionRate: due ? ratio(done, due) : 0,
          onTime: done - late,
          late,
          onTimeRate: done ? ratio(done - late, done) : null,
        };
      });
  }
}
