import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import { CatalogService } from '../catalog/catalog.service';
import { PlanLookup } from './task-ports';
import type { Task } from './task.entity';
import { TaskStore } from './task-store.service';

/** The catalogue item (template/item key) a legal adviser completes on a request addressed to them. */
export const ADVISER_STEP = 'legal-adviser-review/adviser-opinion';

/**
 * The one kind of task an adviser reads and completes without belonging to its department: the
 * opinion step of each review request addressed to them (the plan names the adviser).
 */
@Injectable()
export class AdviserSteps {
  constructor(
    private readonly plans: PlanLookup,
    private readonly catalog: CatalogService,
    private readonly tasks: TaskStore,
  ) {}

  /** Whether the task is the opinion step of a request addressed to the caller. */
  async isAdviserStep(caller: AuthUser, task: Task): Promise<boolean> {
    if (caller.role !== 'adviser' || task.leadTaskId !== null) return false;
    const [planIds, itemId] = await Promise.all([this.plans.addressedTo(caller.id), this.itemId()]);
    return task.templateItemId === itemId && planIds.includes(task.planId);
  }

  /** Ids of the opinion steps of the requests addressed to this adviser (never empty: SQL `IN` refuses that). */
  async taskIds(adviserId: number): Promise<number[]> {
    const [planIds, itemId] = await Promise.all([this.plans.addressedTo(adviserId), this.itemId()]);
    if (!planIds.length || itemId === undefined) return [-1];
    const rows = await this.tasks
      .query()
      .select('t.id', 'id')
      .where('t.plan_id IN (:...planIds) AND t.template_item_id = :itemId AND t.lead_task_id IS NULL', { planIds, itemId })
      .getRawMany<{ id: number }>();
    return [...rows.map((r) => Number(r.id)), -1];
  }

  private async itemId(): Promise<number | undefined> {
    return (await this.catalog.idsByKey()).items.get(ADVISER_STEP);
  }
}
