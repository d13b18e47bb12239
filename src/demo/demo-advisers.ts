import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import { EngagementsService } from '../advisers/engagements.service';
import { ReviewRequestsService } from '../advisers/review-requests.service';
import { CatalogService } from '../catalog/catalog.service';
import { addDays, yearOf } from '../common/dates';
import { OrgDirectory } from '../org/org-directory.service';
import { PlansService } from '../plans/plans.service';
import { ADVISER_STEP } from '../tasks/adviser-steps';
import { TaskStore } from '../tasks/task-store.service';
import { TasksService } from '../tasks/tasks.service';

/**
 * The demo's 法律顾问台账: the bureau's firm, a 多校连聘 and an expired 一校一聘 (so the coverage
 * tab shows uncovered schools), and two review requests — one answered, one still with the adviser.
 */
@Injectable()
export class DemoAdvisers {
  constructor(
    private readonly engagements: EngagementsService,
    private readonly requests: ReviewRequestsService,
    private readonly plans: PlansService,
    private readonly tasks: TasksService,
    private readonly store: TaskStore,
    private readonly catalog: CatalogService,
    private readonly org: OrgDirectory,
  ) {}

  async seed(today: string, legalHead: AuthUser, adviser: AuthUser): Promise<void> {
    const { engagements, requests, plans, tasks, store, catalog, org } = this;
    const year = yearOf(today);
    const codes = await org.departmentIdsByCode();
    const schools = (...list: string[]) => list.map((code) => codes.get(`school-${code}`)!);
    const period = { startOn: `${year}-01-01`, endOn: `${year}-12-31` };
    await engagements.create(legalHead, {
      kind: 'firm',
      name: '浙江正理律师事务所',
      contact: '钱律师',
      phone: '0571-87651234',
      adviserUserIds: [adviser.id],
      engagedBy: 'bureau',
      ...period,
      fee: 60000,
      note: '教育局常年法律顾问',
    });
    await engagements.create(legalHead, {
      kind: 'firm',
      name: '浙江明德律师事务所',
      contact: '赵律师',
      engagedBy: 'schools',
      schoolIds: schools('yz', 'ez', 'zz'),
      ...period,
      fee: 36000,
    });
    await engagements.create(legalHead, {
      kind: 'person',
      name: '李律师',
      engagedBy: 'schools',
      schoolIds: schools('syxx'),
      startOn: `${year - 1}-01-01`,
      endOn: `${year - 1}-12-31`,
      note: '合同到期待续聘',
    });

    const templateId = (await catalog.idsByKey()).templates.get(ADVISER_STEP.split('/')[0])!;
    const stepItem = (await catalog.idsByKey()).items.get(ADVISER_STEP);
    const cases = [
      { reference: `法审〔${year}〕5号`, title: '学生食堂食材配送服务合同审查', requestedOn: addDays(today, -20), kind: 'contract', answered: true },
      {
        reference: `法审〔${year}〕6号`,
        title: '关于调整义务教育学校招生片区的决定（草案）合法性审查',
        requestedOn: addDays(today, -3),
        kind: 'decision',
        answered: false,
      },
    ] as const;
    for (const c of cases) {
      const { plan } = await plans.createEvent(
        { templateId, reference: c.reference, title: c.title, anchors: { requestedOn: c.requestedOn }, adviserId: adviser.id },
        legalHead,
      );
      await requests.setDetail(legalHead, plan.id, { kind: c.kind });
      if (!c.answered) continue;
      const step = (await store.ofPlan(plan.id)).find((t) => t.templateItemId === stepItem && t.leadTaskId === null)!;
      await tasks.complete(adviser, step.id, { note: '合同条款总体合法，建议补充食品安全责任和违约条款。', doneOn: addDays(c.requestedOn, 6) });
      await requests.setDetail(adviser, plan.id, { result: 'lawfulAfterChanges' });
    }
  }
}
