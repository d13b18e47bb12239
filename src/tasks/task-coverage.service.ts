import { Injectable, NotFoundException } from '@nestjs/common';
import { readsWholeBureau, type AuthUser } from '../access/auth-user';
import { CatalogService } from '../catalog/catalog.service';
import { OrgDirectory } from '../org/org-directory.service';
import { CoverageRow, SchoolProgressView } from './dto/coverage.view';
import { followsSchools } from './task-access';
import { TaskStore } from './task-store.service';
import type { Task } from './task.entity';
import { TasksService } from './tasks.service';

interface CountRow {
  itemId: number | string;
  workPointId: number | string;
  periodKey: string;
  periodLabel: string;
  title: string;
  total: number | string;
  done: number | string | null;
}

/** Tasks that leave the coverage's base: the item does not apply to the school, or was withdrawn. */
const COUNTED = "t.status NOT IN ('na', 'cancelled')";

/**
 * Coverage of school-led items (学校章程覆盖率, 法治副校长配备率 …): each school's task is done or
 * not, and the percentage of done schools is compared with the item's coverage target.
 */
@Injectable()
export class TaskCoverage {
  constructor(
    private readonly tasks: TaskStore,
    private readonly lifecycle: TasksService,
    private readonly catalog: CatalogService,
    private readonly org: OrgDirectory,
  ) {}

  /** The perSchool items of the given plans, one row per item and period. */
  async ofPlans(planIds: number[]): Promise<CoverageRow[]> {
    if (!planIds.length) return [];
    const rows = await this.counts().andWhere("t.target_kind = 'perSchool' AND t.plan_id IN (:...planIds)", { planIds }).getRawMany<CountRow>();
    return this.rows(rows);
  }

  /**
   * The progress of the school-led item a task belongs to — a school's task or a supporting task
   * following all schools. Schools see the figures only; the list of schools' tasks is for the
   * supporting department and the leaders.
   */
  async ofTask(caller: AuthUser, id: number): Promise<SchoolProgressView> {
    const task = await this.lifecycle.readable(caller, id);
    const schoolTask = task.leadTaskId === null ? task : followsSchools(task) ? await this.tasks.findById(task.leadTaskId) : null;
    if (!schoolTask || !(await this.isSchoolLed(schoolTask))) throw new NotFoundException(`任务 ${id} 不属于学校牵头的事项`);
    const rows = await this.counts()
      .andWhere('t.plan_id = :planId AND t.template_item_id = :itemId AND t.period_key = :periodKey', {
        planId: schoolTask.planId,
        itemId: schoolTask.templateItemId,
        periodKey: schoolTask.periodKey,
      })
      .getRawMany<CountRow>();
    const [coverage] = await this.rows(rows);
    const seesSchools = readsWholeBureau(caller) || followsSchools(task);
    const schools = seesSchools ? await this.tasks.leadTasksOfItem(schoolTask) : [];
    const names = await this.org.departmentNames(schools.map((t) => t.departmentId));
    return { coverage, schools: schools.map((t) => ({ id: t.id, title: t.title, status: t.status, departmentName: names.get(t.departmentId) ?? '' })) };
  }

  private async isSchoolLed(task: Task): Promise<boolean> {
    const [item] = await this.catalog.itemsById([task.templateItemId]);
    return item?.leadRole === 'schools';
  }

  /** Lead tasks grouped by item and period: total and done. */
  private counts() {
    return this.tasks
      .query()
      .select('t.template_item_id', 'itemId')
      .addSelect('t.work_point_id', 'workPointId')
      .addSelect('t.period_key', 'periodKey')
      .addSelect('MIN(t.period_label)', 'periodLabel')
      .addSelect('MIN(t.title)', 'title')
      .addSelect('COUNT(*)', 'total')
      .addSelect("SUM(CASE WHEN t.status = 'done' THEN 1 ELSE 0 END)", 'done')
      .where(`t.lead_task_id IS NULL AND ${COUNTED}`)
      .groupBy('t.template_item_id')
      .addGroupBy('t.work_point_id')
      .addGroupBy('t.period_key')
      .orderBy('t.template_item_id', 'ASC')
      .addOrderBy('t.period_key', 'ASC');
  }

  private async rows(rows: CountRow[]): Promise<CoverageRow[]> {
    const items = new Map((await this.catalog.itemsById(rows.map((r) => Number(r.itemId)))).map((i) => [i.id, i]));
    return rows.map((r) => {
      const item = items.get(Number(r.itemId));
      const total = Number(r.total);
      const done = Number(r.done ?? 0);
      const perSchool = item?.target?.kind === 'perSchool' && typeof item.target.count === 'number';
      const target = perSchool ? (item.target!.count as number) : null;
      return {
        templateItemId: Number(r.itemId),
        title: r.title,
        workPointId: Number(r.workPointId),
        periodKey: r.periodKey,
        periodLabel: r.periodLabel,
        done,
        total,
        percent: total ? Math.round((done / total) * 1000) / 10 : 0,
        target,
        unit: perSchool ? item.target!.unit : '',
        met: target === null ? null : done * 100 >= target * total && total > 0,
      };
    });
  }
}
