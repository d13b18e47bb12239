import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { AuthUser } from '../access/auth-user';
import { BureauService } from '../bureau/bureau.service';
import { CalendarService } from '../calendar/calendar.service';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { CatalogService } from '../catalog/catalog.service';
import { Clock } from '../common/clock';
import { yearOf } from '../common/dates';
import { Page } from '../common/pagination';
import { OrgDirectory } from '../org/org-directory.service';
import { type CaseRecord, PlanFigures } from '../plans/plan-figures';
import { ADVISER_STEP } from '../tasks/adviser-steps';
import type { Task } from '../tasks/task.entity';
import { TaskStore } from '../tasks/task-store.service';
import { AdviserRequestDetail } from './adviser-request-detail.entity';
import { given, groupBy, OPINION_RESULT_NAMES, REQUEST_KIND_NAMES, tally, timeliness, TIMELINESS_NAMES } from './adviser-rules';
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
    const text = q.q?.toLowerCase();
    const rows = (await this.views(caller, await this.visible(caller))).filter(
      (r) =>
        (q.year === undefined || (r.requestedOn !== null && yearOf(r.requestedOn) === q.year)) &&
        (!q.kind || r.kind === q.kind) &&
        (q.adviserId === undefined || r.adviserId === q.adviserId) &&
        (q.late === undefined || q.late === (r.timeliness === 'late' || r.timeliness === 'overdue')) &&
        (!text || `${r.reference}\n${r.title}`.toLowerCase().includes(text)),
    );
    return Page.of(rows.slice(q.offset, q.offset + q.pageSize), rows.length, q);
  }

  /** The year's requests (by 提请审查日期, 撤销 ones left out) per kind and per adviser. */
  async figures(caller: AuthUser, year: number): Promise<AdviserFiguresView> {
    await this.access.requireWholeBureau(caller);
    const rows = (await this.views(caller, await this.visible(caller))).filter((r) => !r.cancelled && r.requestedOn !== null && yearOf(r.requestedOn) === year);
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
    const record = (await this.cases.records(await this.templateId())).find((c) => c.id === planId);
    if (!record) throw new NotFoundException(`审查事项 ${planId} 不存在`);
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

  /** Departments see the requests they registered; an adviser those addressed to them (as on their own page). */
  private async visible(caller: AuthUser): Promise<CaseRecord[]> {
    const all = await this.cases.records(await this.templateId());
    if (caller.role === 'adviser') return all.filter((c) => c.adviserId === caller.id);
    if (await this.access.readsAll(caller)) return all;
    return all.filter((c) => caller.departmentId !== null && c.registrarDepartmentId === caller.departmentId);
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
