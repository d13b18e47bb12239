import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import { PlanQueryDto } from '../plans/dto/plan.dto';
import { PlansService } from '../plans/plans.service';
import { TaskFilterDto } from '../tasks/dto/task.dto';
import { TaskQueriesService } from '../tasks/task-queries.service';
import { SearchGroup, SearchResult } from './dto/search.view';

/** Hits listed per group; the total says how many more there are. */
export const SEARCH_LIMIT = 20;

/**
 * One search over tasks and cases, through the lists' own queries so the scope is exactly theirs
 * (a head: their department's tasks and the cases it takes part in).
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly tasks: TaskQueriesService,
    private readonly plans: PlansService,
  ) {}

  async search(caller: AuthUser, q: string): Promise<SearchResult> {
    const [tasks, cases] = await Promise.all([
      this.tasks.list(caller, Object.assign(new TaskFilterDto(), { q, pageSize: SEARCH_LIMIT })),
      this.plans.list(caller, Object.assign(new PlanQueryDto(), { q, kind: 'event', sort: '-createdAt', pageSize: SEARCH_LIMIT })),
    ]);
    const groups: SearchGroup[] = [
      {
        kind: 'tasks',
        label: '任务',
        total: tasks.total,
        items: tasks.items.map((t) => ({
          id: t.id,
          title: t.title,
          detail: [t.departmentName, t.workPointName, t.planTitle, t.dueOn ? `期限 ${t.dueOn}` : ''].filter(Boolean).join(' · '),
          link: `/tasks/${t.id}`,
        })),
      },
      {
        kind: 'cases',
        label: '事项',
        total: cases.total,
        items: cases.items.map((p) => ({
          id: p.id,
          title: p.title,
          detail: [p.reference, `${p.year}年`].filter(Boolean).join(' · '),
          link: `/cases/${p.id}`,
        })),
      },
    ];
    return { q, groups };
  }
}
