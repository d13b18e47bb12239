import { HttpException, Injectable, Logger } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import { CatalogService } from '../catalog/catalog.service';
import { TaskStore } from '../tasks/task-store.service';
import { TasksService } from '../tasks/tasks.service';

/**
 * The case's step a draw completes. 随机匹配执法检查人员 counts recorded inspectors per target
 * (its target is 2 名/每个检查对象): its department records them on the task page.
 */
const DRAW_STEPS = ['draw-targets'];

/**
 * Ticks off the case's 随机抽取检查对象 step through the engine's normal completion, as the drawer: it
 * is then done (or submitted for review) with the draw named in the note. A step the drawer may
 * not complete (another department's, refused by the engine) is left to its department.
 */
@Injectable()
export class DrawSteps {
  private readonly logger = new Logger('Inspections');

  constructor(
    private readonly catalog: CatalogService,
    private readonly store: TaskStore,
    private readonly tasks: TasksService,
  ) {}

  async complete(caller: AuthUser, planId: number, templateKey: string, note: string): Promise<number[]> {
    const { items } = await this.catalog.idsByKey();
    const done: number[] = [];
    const open = await this.store.ofPlan(planId, undefined, { unfinished: true });
    for (const key of DRAW_STEPS) {
      const itemId = items.get(`${templateKey}/${key}`);
      for (const task of open.filter((t) => t.templateItemId === itemId && t.leadTaskId === null)) {
        if (!(await this.tasks.mayWorkOn(caller, task))) continue;
        try {
          await this.tasks.complete(caller, task.id, { note });
          done.push(task.id);
        } catch (e) {
          if (!(e instanceof HttpException)) throw e;
          this.logger.log(`Draw step ${task.id} left open: ${e.message}`);
        }
      }
    }
    return done;
  }
}
