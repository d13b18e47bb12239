import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { WorkPoint } from '../catalog/work-point.entity';
import { Clock } from '../common/clock';
import { Page } from '../common/pagination';
import { Department } from '../org/department.entity';
import { LeaderSupervision } from '../org/leader-supervision.entity';
import { TaskPageQueryDto } from '../tasks/dto/task.dto';
import { TaskSummary } from '../tasks/dto/task.view';
import { TaskQueriesService } from '../tasks/task-queries.service';
import { Task } from '../tasks/task.entity';
import { VIEW_CONDITIONS } from '../tasks/task-views';
import { OversightSummary, SummaryQueryDto, SummaryRow } from './dto/oversight.dto';

interface CountRow {
  id: number | string;
  total: number | string;
  done: number | string | null;
  overdue: number | string | null;
}

/** 督办看板: what is overdue across the bureau, and completion per department and work point. */
@Injectable()
export class OversightService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly tasks: TaskQueriesService,
  ) {}

  /** Overdue tasks, the longest overdue first. */
  async overdue(q: TaskPageQueryDto): Promise<Page<TaskSummary>> {
    const qb = this.dataSource
      .getRepository(Task)
      .createQueryBuilder('t')
      .where(VIEW_CONDITIONS.overdue, { today: this.clock.today() })
      .orderBy('t.due_on', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .skip(q.offset)
      .take(q.pageSize);
    if (q.departmentId !== undefined) qb.andWhere('t.department_id = :dept', { dept: q.departmentId });
    if (q.workPointId !== undefined) qb.andWhere('t.work_point_id = :wp', { wp: q.workPointId });
    const [rows, total] = await qb.getManyAndCount();
    return Page.of(await this.tasks.summaries(rows), total, q);
  }

  /** Per department (the leader's supervised ones first) and per work point. */
  async summary(leaderId: number, q: SummaryQueryDto): Promise<OversightSummary> {
    const today = this.clock.today();
    const [byDept, byWp, departments, workPoints, supervised] = await Promise.all([
      this.counts('department_id', today, q),
      this.counts('work_point_id', today, q),
      this.dataSource.getRepository(Department).find({ select: { id: true, name: true } }),
      this.dataSource.getRepository(WorkPoint).find({ select: { id: true, name: true, section: true } }),
      this.dataSource.getRepository(LeaderSupervision).find({ where: { leaderId } }),
    ]);
    const mine = new Set(supervised.map((s) => s.departmentId));
    const departmentRows = this.rows(byDept, new Map(departments.map((d) => [d.id, d.name]))).map((r) => ({ ...r, supervised: mine.has(r.id) }));
    departmentRows.sort((a, b) => Number(b.supervised) - Number(a.supervised) || b.overdue - a.overdue || a.completionRate - b.completionRate || a.id - b.id);
    const sections = new Map(workPoints.map((w) => [w.id, w.section]));
    const workPointRows = this.rows(byWp, new Map(workPoints.map((w) => [w.id, w.name])));
    workPointRows.sort((a, b) => (sections.get(a.id) ?? '').localeCompare(sections.get(b.id) ?? '', 'en', { numeric: true }));
    return { today, byDepartment: departmentRows, byWorkPoint: workPointRows };
  }

  /** One GROUP BY over the tasks (served by the (department|work point, status, due_on) indexes). */
  private counts(column: 'department_id' | 'work_point_id', today: string, q: SummaryQueryDto): Promise<CountRow[]> {
    const qb = this.dataSource
      .getRepository(Task)
      .createQueryBuilder('t')
      .select(`t.${column}`, 'id')
      .addSelect('COUNT(*)', 'total')
      .addSelect("SUM(CASE WHEN t.status = 'done' THEN 1 ELSE 0 END)", 'done')
      .addSelect(`SUM(CASE WHEN ${VIEW_CONDITIONS.overdue} THEN 1 ELSE 0 END)`, 'overdue')
      .setParameters({ today })
      .groupBy(`t.${column}`);
    if (q.planId !== undefined) qb.andWhere('t.plan_id = :plan', { plan: q.planId });
    if (q.year !== undefined) qb.andWhere('t.plan_id IN (SELECT p.id FROM plans p WHERE p.year = :year)', { year: q.year });
    return qb.getRawMany<CountRow>();
  }

  private rows(counts: CountRow[], names: Map<number, string>): SummaryRow[] {
    return counts.map((c) => {
      const id = Number(c.id);
      const total = Number(c.total);
      const done = Number(c.done ?? 0);
      return {
        id,
        name: names.get(id) ?? '',
        total,
        done,
        overdue: Number(c.overdue ?? 0),
        completionRate: total ? Math.round((done / total) * 1000) / 1000 : 0,
      };
    });
  }
}
