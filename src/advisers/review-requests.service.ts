import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../access/auth-user';
import { BureauService } from '../bureau/bureau.service';
import { CalendarService } from '../calendar/calendar.service';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { CatalogService } from '../catalog/catalog.service';
import { Clock } from '../common/clock';
import { keysetPage } from '../common/keyset';
import { containsAny, containsPattern, keysetSort } from '../common/list-query';
import { Page } from '../common/pagination';
import { OrgDirectory } from '../org/org-directory.service';
import { anchorInYear, type CaseRecord, caseRecord, PlanFigures } from '../plans/plan-figures';
import type { Plan } from '../plans/plan.entity';
import { ADVISER_STEP } from '../tasks/adviser-steps';
import type { Task } from '../tasks/task.entity';
import { TaskStore } from '../tasks/task-store.service';
import { AdviserRequestDetail } from './adviser-request-detail.entity';
import { given, groupBy, LATE_SQL, OPINION_RESULT_NAMES, REQUEST_KIND_NAMES, tally, timeliness, TIMELINESS_NAMES } from './adviser-rules';
import type { ReviewRequestDetailDto, ReviewRequestQueryDto } from './dto/request.dto';
import { AdviserFiguresView, ReviewRequestView } from './dto/request.view';
import { RegisterAccess } from './register-access';

const TEMPLATE = ADVISER_STEP.split('/')[0];
const LIMIT_SETTING = 'legalAdviserOpinionWorkingDays';

/**
 * The review requests (法律顾问审查 cases) as the register's second list: the engine keeps their
 * deadlines; the register adds the kind and result and measures the turnaround in working days.
 */
@Injectable()
export class ReviewRequestsService {
  constructor(
    @InjectRepository(AdviserRequestDetail) private readonly details: Repository<AdviserRequestDetail>,
    private readonly cases: PlanFigures,
    private readonly tasks: TaskStore,
    private readonly catalog: CatalogService,
    private readonly calendar: CalendarService,
    private readonly bureau: BureauService,
    private readonly org: OrgDirectory,
    private readonly access: RegisterAccess,
    private readonly clock: Clock,
  ) {}

  async list(caller: AuthUser, q: ReviewRequestQueryDto): Promise<Page<ReviewRequestView>> {
    const result = await keysetPage(await this.filtered(caller, q), keysetSort('-id', {}, 'p.id'), q);
    return Page.keyset(await this.views(caller, result.rows.map(caseRecord)), result, q);
  }

  /** The year's requests (by 提请审查日期, 撤销 ones left out) per kind and per adviser. */
  async figures(caller: AuthUser, year: number): Promise<AdviserFiguresView> {
    await this.access.requireWholeBureau(caller);
    const plans = await (await this.filtered(caller, { year })).andWhere('p.cancelled_at IS NULL').orderBy('p.id', 'DESC').getMany();
    const rows = await this.views(caller, plans.map(caseRecord));
    const figure = (r: ReviewRequestView) => ({ kind: r.kind ?? 'other', adviserId: r.adviserId, timeliness: r.timeliness, turnaround: r.turnaround });
    const all = rows.map(figure);
    const names = new Map(rows.map((r) => [r.adviserId, r.adviserName]));
    return {
      year,
      limitWorkingDays: (await this.bureau.settings())[LIMIT_SETTING] ?? 0,
      all: tally(all),
      byKind: (Object.keys(REQUEST_KIND_NAMES) as (keyof typeof REQUEST_KIND_NAMES)[]).map((kind) => ({
        kind,
        kindName: REQUEST_KIND_NAMES[kind],
        ...tally(all.filter((r) => r.kind === kind)),
      })),
      byAdviser: [...groupBy(all, (r) => r.adviserId)]
        .map(([adviserId, list]) => ({ adviserId, adviserName: names.get(adviserId) || '未指定', ...tally(list) }))
        .sort((a, b) => b.total - a.total || a.adviserName.localeCompare(b.adviserName, 'zh')),
    };
  }

  /** The kind (registrar's department, 政策法规股, admins) and the result (the adviser addressed, 政策法规股, admins). */
  async setDetail(caller: AuthUser, planId: number, dto: ReviewRequestDetailDto): Promise<ReviewRequestView> {
    const plan = await this.cases
      .caseQuery(await this.templateId())
      .andWhere('p.id = :planId', { planId })
      .getOne();
    if (!plan) throw new NotFoundException(`审查事项 ${planId} 不存在`);
    const record = caseRecord(plan);
    const editor = await this.access.mayEdit(caller);
    const registrar = caller.role !== 'adviser' && caller.departmentId !== null && caller.departmentId === record.registrarDepartmentId;
    const adviser = caller.role === 'adviser' && record.adviserId === caller.id;
    if (!editor && !registrar && !adviser) throw new NotFoundException(`审查事项 ${planId} 不存在或无权修改`);
    if (dto.kind !== undefined && !editor && !registrar) throw new ForbiddenException('事项类型由提请股室或政策法规股登记');
    if (dto.result !== undefined && !editor && !adviser) throw new ForbiddenException('审查结论由法律顾问或政策法规股登记');
    const current = await this.details.findOneBy({ planId });
    await this.details.save({ ...(current ?? { planId, kind: null, result: null }), ...given(dto) });
    return (await this.views(caller, [record]))[0];
  }

  /**
   * The filters and the caller's scope in SQL over the cases (alias `p`): departments see the
   * requests they registered, an adviser those addressed to them (as on their own page).
   */
  private async filtered(caller: AuthUser, q: Omit<ReviewRequestQueryDto, 'page' | 'pageSize' | 'offset'>): Promise<SelectQueryBuilder<Plan>> {
    const qb = this.cases.caseQuery(await this.templateId());
    if (caller.role === 'adviser') qb.andWhere('p.adviser_id = :self', { self: caller.id });
    else if (!(await this.access.readsAll(caller))) qb.andWhere('p.registrar_department_id = :own', { own: caller.departmentId ?? -1 });
    if (q.q) qb.andWhere(containsAny(['p.reference', 'p.title'], 'text'), { text: containsPattern(q.q) });
    if (q.year !== undefined) qb.andWhere(...anchorInYear('requestedOn', q.year, 'year'));
    if (q.adviserId !== undefined) qb.andWhere('p.adviser_id = :adviser', { adviser: q.adviserId });
    if (q.kind) qb.innerJoin(AdviserRequestDetail, 'd', 'd.plan_id = p.id AND d.kind = :kind', { kind: q.kind });
    if (q.late !== undefined) {
      const itemId = (await this.catalog.idsByKey()).items.get(ADVISER_STEP) ?? -1;
      this.tasks.joinTasks(qb, 's', 's.plan_id = p.id AND s.template_item_id = :itemId AND s.lead_task_id IS NULL', { itemId });
      qb.andWhere(`${LATE_SQL} = :late`, { late: q.late ? 1 : 0, today: this.clock.today() });
    }
    return qb;
  }

  private async views(caller: AuthUser, records: CaseRecord[]): Promise<ReviewRequestView[]> {
    if (!records.length) return [];
    const ids = records.map((c) => c.id);
    const itemId = (await this.catalog.idsByKey()).items.get(ADVISER_STEP);
    const steps = await this.tasks
      .query()
      .where('t.plan_id IN (:...ids) AND t.template_item_id = :itemId AND t.lead_task_id IS NULL', { ids, itemId: itemId ?? -1 })
      .getMany();
    const stepOf = new Map(steps.map((t) => [t.planId, t]));
    const [details, users, departments, calendar, editor] = await Promise.all([
      this.details.findBy({ planId: In(ids) }).then((rows) => new Map(rows.map((d) => [d.planId, d]))),
      this.org.userNames(records.map((c) => c.adviserId)),
      this.org.departmentNames(records.map((c) => c.registrarDepartmentId ?? -1)),
      this.calendar.calendar(),
      this.access.mayEdit(caller),
    ]);
    const today = this.clock.today();
    return records.map((c) => {
      const step: Task | undefined = stepOf.get(c.id);
      const detail = details.get(c.id);
      const requestedOn = c.anchors.requestedOn || null;
      const opinionOn = step?.status === 'done' ? step.doneOn : null;
      const when = timeliness(opinionOn, step?.dueOn ?? null, today);
      const registrar = caller.departmentId !== null && caller.departmentId === c.registrarDepartmentId;
      return Object.assign(new ReviewRequestView(), {
        planId: c.id,
        reference: c.reference,
        title: c.title,
        registrarDepartmentName: departments.get(c.registrarDepartmentId ?? -1) ?? '',
        kind: detail?.kind ?? null,
        kindName: detail?.kind ? REQUEST_KIND_NAMES[detail.kind] : '未登记',
        requestedOn,
        adviserId: c.adviserId,
        adviserName: users.get(c.adviserId ?? -1) ?? '',
        dueOn: step?.dueOn ?? null,
        limitWorkingDays: c.settings[LIMIT_SETTING] ?? 0,
        opinionOn,
        turnaround: requestedOn && opinionOn ? workingDays(calendar, requestedOn, opinionOn) : null,
        timeliness: when,
        timelinessName: TIMELINESS_NAMES[when],
        opinion: step?.status === 'done' ? step.completionNote : null,
        result: detail?.result ?? null,
        resultName: detail?.result ? OPINION_RESULT_NAMES[detail.result] : '',
        cancelled: c.cancelled,
        canSetKind: editor || registrar,
        canSetResult: editor || (caller.role === 'adviser' && c.adviserId === caller.id),
      });
    });
  }

  private async templateId(): Promise<number> {
    return (await this.catalog.idsByKey()).templates.get(TEMPLATE) ?? -1;
  }
}

/** Working days after the request up to the opinion; null when a year of the calendar is missing. */
function workingDays(calendar: WorkingDayCalendar, from: string, to: string): number | null {
  try {
    return calendar.workingDaysBetween(from, to);
  } catch {
    return null;
  }
}
