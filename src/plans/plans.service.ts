import { keysetPage, type KeysetColumn } from '../common/keyset';
import { containsAny, containsPattern, keysetSort } from '../common/list-query';
import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { readsWholeBureau, type AuthUser } from '../access/auth-user';
import { BureauService } from '../bureau/bureau.service';
import { CalendarService } from '../calendar/calendar.service';
import { CalendarYearMissingError } from '../calendar/working-day-calendar';
import { CatalogService } from '../catalog/catalog.service';
import type { ChecklistTemplate } from '../catalog/checklist-template.entity';
import type { TemplateItem } from '../catalog/template-item.entity';
import { Clock } from '../common/clock';
import { DomainEvents, type DomainEventMap } from '../common/domain-events';
import { requestContext } from '../common/request-context';
import { isValidDate, yearOf } from '../common/dates';
import { yieldToEventLoop } from '../common/event-loop';
import { Page } from '../common/pagination';
import { InputValidationException } from '../common/validation';
import { TransactionRunner } from '../database/transaction-runner';
import { OrgDirectory } from '../org/org-directory.service';
import { TaskStore } from '../tasks/task-store.service';
import type { Task } from '../tasks/task.entity';
import { recordAudit } from '../audit/audit.recorder';
import { CalendarRedating } from './calendar-redating';
import { CaseRegistration, openedByRegister } from './case-registration';
import { CreateEventPlanDto, PlanQueryDto } from './dto/plan.dto';
import { PlanBuilder } from './plan-builder';
import { checkAnchors, checkMinimums, checkOptions } from './plan-input';
import { Plan } from './plan.entity';

type RedateChange = DomainEventMap['tasks.redated']['changes'][number];
/** Work a register does in a plan's transaction, with the tasks just issued. */
type Alongside = (m: EntityManager, plan: Plan, tasks: Task[]) => Promise<void>;
interface RegisterWork {
  alongside?: Alongside;
  within?: EntityManager;
}

export interface PlanResult {
  plan: Plan;
  tasksCreated: number;
  /** Tasks whose due date the build moved (their people are told). */
  redated: RedateChange[];
}

/** Columns of a case that a new plan starts without. */
type CaseFields = 'registrarDepartmentId' | 'adviserId' | 'cancelledAt' | 'cancelledById' | 'cancelReason';
type NewPlan = Omit<Plan, 'id' | 'createdAt' | 'settings' | 'template' | CaseFields> & Partial<Pick<Plan, CaseFields>>;

/** Instantiates templates into plans and tasks: the year's plan, or one case of an event template. */
@Injectable()
export class PlansService {
  constructor(
    @InjectRepository(Plan) private readonly plans: Repository<Plan>,
    private readonly tasks: TaskStore,
    private readonly catalog: CatalogService,
    private readonly org: OrgDirectory,
    private readonly tx: TransactionRunner,
    private readonly calendar: CalendarService,
    private readonly bureau: BureauService,
    private readonly clock: Clock,
    private readonly events: DomainEvents,
    private readonly registration: CaseRegistration,
    private readonly redating: CalendarRedating,
  ) {
    events.on('calendar.loaded', ({ year, previous, userId }) =>
      requestContext.run({ requestId: 'calendar-loaded', actor: 'calendar' }, async () => {
        await this.dateUndatedTasks();
        if (previous) await this.redating.redateAfterCorrection(year, previous, userId);
      }),
    );
  }

  /** Plans the caller may see: all for leaders and admins; otherwise annual plans and the cases their department works on. */
  async list(caller: AuthUser, q: PlanQueryDto): Promise<Page<Plan>> {
    const qb = this.plans.createQueryBuilder('p');
    if (q.kind) qb.andWhere('p.kind = :kind', { kind: q.kind });
    if (q.year !== undefined) qb.andWhere('p.year = :year', { year: q.year });
    if (q.q) qb.andWhere(containsAny(['p.title', 'p.reference'], 'text'), { text: containsPattern(q.q) });
    if (!readsWholeBureau(caller)) {
      // An adviser belongs to no department's work: only the requests addressed to them.
      const involved = caller.departmentId === null || caller.role === 'adviser' ? [] : await this.tasks.planIdsOfDepartment(caller.departmentId);
      qb.andWhere("(p.kind = 'annual' OR p.created_by_id = :me OR p.adviser_id = :me OR p.registrar_department_id = :dept OR p.id IN (:...involved))", {
        me: caller.id,
        dept: caller.departmentId ?? -1,
        involved: [...involved, -1],
      });
    }
    const sorts: Record<string, KeysetColumn> = {
      createdAt: { sql: 'p.created_at', type: 'text' },
      year: { sql: 'p.year', type: 'number' },
      title: { sql: 'p.title', type: 'text' },
      reference: { sql: 'p.reference', type: 'text' },
    };
    const result = await keysetPage(qb, keysetSort(q.sort ?? '-id', sorts, 'p.id'), q);
    return Page.keyset(await this.withState(result.rows), result, q);
  }

  async get(caller: AuthUser, id: number): Promise<Plan & { finished: boolean }> {
    const plan = await this.plans.findOneBy({ id });
    if (!plan || !(await this.involves(caller, plan))) throw new NotFoundException(`计划 ${id} 不存在或无权查看`);
    return (await this.withState([plan]))[0];
  }

  /** Marks the plans that have no unfinished task left (已完成). */
  private async withState(plans: Plan[]): Promise<(Plan & { finished: boolean })[]> {
    const open = await this.tasks.plansWithUnfinished(plans.map((p) => p.id));
    return plans.map((p) => Object.assign(p, { finished: !open.has(p.id) }));
  }

  /** Leaders and admins, the plan's creator, its adviser, the registering department and departments with a task in it. */
  private async involves(caller: AuthUser, plan: Plan): Promise<boolean> {
    if (readsWholeBureau(caller) || plan.kind === 'annual' || plan.createdById === caller.id || plan.adviserId === caller.id) return true;
    if (caller.departmentId === null || caller.role === 'adviser') return false;
    return plan.registrarDepartmentId === caller.departmentId || this.tasks.existsInPlanForDepartment(plan.id, caller.departmentId);
  }

  /**
   * The year's plan from every annual template; refused twice, and refused without that year's
   * calendar. Tasks due before `startOn` (default: today in the current year, else 1 January) are
   * issued as 补录.
   */
  async createAnnual(year: number, caller: AuthUser, startOn?: string): Promise<PlanResult> {
    const today = this.clock.today();
    const start = startOn ?? (yearOf(today) === year ? today : `${year}-01-01`);
    if (!isValidDate(start) || yearOf(start) !== year) {
      throw new InputValidationException([{ field: 'startOn', message: `启用日期必须是${year}年内的日期（YYYY-MM-DD）` }]);
    }
    const uniqueKey = `annual:${year}`;
    if (await this.plans.existsBy({ uniqueKey })) throw new ConflictException(`${year}年度计划已经生成，不能重复生成`);
    const calendar = await this.calendar.calendar();
    if (!calendar.hasYear(year)) throw new UnprocessableEntityException(new CalendarYearMissingError(year).message);
    const templates = await this.catalog.listTemplates('annual');
    if (!templates.length) throw new UnprocessableEntityException('还没有年度清单模板，请先载入工作要点目录');
    return this.instantiate(
      {
        kind: 'annual',
        uniqueKey,
        year,
        templateId: null,
        reference: '',
        title: `${year}年度法治政府建设工作要点`,
        anchors: {},
        options: null,
        startOn: start,
        createdById: caller.id,
      },
      templates,
    );
  }

  /** One case (a document, a decision, an inspection …) with its anchor dates. */
  async createEvent(dto: CreateEventPlanDto, caller: AuthUser): Promise<PlanResult> {
    const template = await this.eventTemplate(dto.templateId);
    await this.registration.check(template, caller);
    if (dto.adviserId !== undefined) await this.registration.checkAdviser(dto.adviserId);
    // An admin enters cases for others: the template's default departments lead them.
    return this.openEvent(template, dto, caller.id, caller.role === 'admin' ? null : caller.departmentId);
  }

  /**
   * A case a register opens for a department it has already authorised the caller for (a finding
   * to rectify): the template's registrars are not asked, and `departmentId` plays the template's
   * `registrarActsAs` role. `alongside` runs in the plan's transaction with its new tasks, so the
   * register's own row and the plan are written together or not at all; given `within`, that
   * transaction is the register's own (an import writes all its rows or none).
   */
  async createEventFor(
    dto: Omit<CreateEventPlanDto, 'adviserId'>,
    caller: AuthUser,
    departmentId: number,
    alongside: Alongside,
    within?: EntityManager,
  ): Promise<PlanResult> {
    return this.openEvent(await this.eventTemplate(dto.templateId), dto, caller.id, departmentId, { alongside, within });
  }

  private async eventTemplate(which: number | string): Promise<ChecklistTemplate> {
    const template = await this.catalog.findTemplate(typeof which === 'number' ? { id: which } : { key: which });
    if (!template || template.kind !== 'event') throw new BadRequestException(`事件模板 ${which} 不存在`);
    return template;
  }

  /**
   * A case opened by the service itself (a register issuing work through the engine): no
   * registrar check, no creator, the template's default departments lead it.
   */
  async createSystemEvent(templateKey: string, dto: Omit<CreateEventPlanDto, 'templateId'>): Promise<PlanResult> {
    return this.openEvent(await this.eventTemplate(templateKey), dto, null, null);
  }

  /**
   * 撤销 a case: the plan records who, when and why, and every unfinished task becomes `cancelled`
   * (with a history row and an audit event each), in one transaction. Null when it was already
   * cancelled: the case page refuses that, a register withdrawing a case it opened ignores it.
   */
  async cancelEvent(planId: number, reason: string, userId: number): Promise<Plan | null> {
    return this.tx.run(async (m) => {
      if (m.connection.options.type === 'postgres') await m.query('SELECT id FROM plans WHERE id = $1 FOR UPDATE', [planId]);
      const plan = await m.findOneBy(Plan, { id: planId });
      if (!plan || plan.cancelledAt) return null;
      const saved = await m.save(Plan, { ...plan, cancelledAt: this.clock.now(), cancelledById: userId, cancelReason: reason });
      await this.tasks.cancelUnfinished(m, planId, reason, userId);
      return saved;
    });
  }

  private async openEvent(
    template: ChecklistTemplate,
    dto: Omit<CreateEventPlanDto, 'templateId'>,
    createdById: number | null,
    registrarDepartmentId: number | null,
    register: RegisterWork = {},
  ): Promise<PlanResult> {
    const anchors = checkAnchors(template, dto.anchors, true);
    const options = checkOptions(template, dto.options);
    const uniqueKey = `event:${template.key}:${dto.reference}`;
    if (await this.plans.existsBy({ uniqueKey })) {
      throw new ConflictException(`${template.name}「${dto.reference}」已经创建，不能重复创建`);
    }
    const dates = Object.values(anchors).sort();
    const year = yearOf(dates[0] ?? this.clock.today());
    const result = await this.instantiate(
      {
        kind: 'event',
        uniqueKey,
        year,
        templateId: template.id,
        reference: dto.reference,
        title: dto.title,
        anchors,
        options,
        startOn: null,
        createdById,
        registrarDepartmentId,
        adviserId: dto.adviserId ?? null,
      },
      [template],
      {},
      register,
    );
    await this.anchorsSet(result.plan, template, createdById);
    return result;
  }

  private anchorsSet(plan: Plan, template: ChecklistTemplate, actorId: number | null): Promise<void> {
    const { id: planId, reference, title, anchors, registrarDepartmentId } = plan;
    return this.events.emit('plan.anchorsSet', { planId, templateKey: template.key, reference, title, anchors, registrarDepartmentId, actorId });
  }

  /**
   * Fills in or corrects anchor dates of a case: undated tasks get their due dates, items waiting
   * for an anchor get their tasks, and open tasks depending on a changed anchor are rescheduled
   * (their people are told). Changing a date already set needs a reason, kept in the audit trail
   * and in the history of each re-dated task.
   */
  async updateAnchors(planId: number, given: Record<string, string>, caller: AuthUser, reason?: string): Promise<PlanResult> {
    const plan = await this.get(caller, planId);
    const template = plan.templateId === null ? null : await this.catalog.findTemplate({ id: plan.templateId });
    if (template && openedByRegister(template)) throw new ForbiddenException(`「${template.name}」的日期请在生成它的台账中修改`);
    return this.correctAnchors(plan, given, caller, reason);
  }

  /** {@link updateAnchors} for a register that has itself checked that the caller may change the case. */
  async updateAnchorsFor(planId: number, given: Record<string, string>, caller: AuthUser, reason?: string): Promise<PlanResult> {
    const plan = await this.plans.findOneBy({ id: planId });
    if (!plan) throw new NotFoundException(`计划 ${planId} 不存在`);
    return this.correctAnchors(plan, given, caller, reason);
  }

  private async correctAnchors(plan: Plan, given: Record<string, string>, caller: AuthUser, reason?: string): Promise<PlanResult> {
    if (plan.kind !== 'event') throw new BadRequestException('只有按事件生成的计划有事件日期');
    if (plan.cancelledAt) throw new ConflictException('事项已撤销，不能再填写或更正日期');
    const template = await this.templateOf(plan);
    const anchors = { ...plan.anchors, ...checkAnchors(template, given, false) };
    const changed = new Set(Object.keys(given).filter((key) => plan.anchors[key] !== anchors[key]));
    const corrected = [...changed].filter((key) => plan.anchors[key]);
    if (corrected.length && !reason?.trim()) {
      const labels = corrected.map((key) => template.anchors.find((a) => a.key === key)?.label ?? key);
      throw new InputValidationException([{ field: 'reason', message: `更正已填写的日期（${labels.join('、')}）须说明理由` }]);
    }
    const writePlan = async (m: EntityManager) => {
      const saved = await m.save(Plan, { ...plan, anchors });
      if (corrected.length) {
        await recordAudit(m, {
          action: 'plan.anchors-corrected',
          entity: 'plans',
          entityId: plan.id,
          before: { anchors: plan.anchors },
          after: { anchors, reason },
        });
      }
      return saved;
    };
    const result = await this.build(template, writePlan, caller.id, changed, { minimumsSince: plan.anchors, reason: corrected.length ? reason : undefined });
    if (result.redated.length) await this.events.emit('tasks.redated', { changes: result.redated });
    if (changed.size) await this.anchorsSet(result.plan, template, caller.id);
    return result;
  }

  /**
   * Dates the tasks that waited for a year's holidays, once an admin has loaded that year
   * (raised by the calendar); runs as the system.
   */
  async dateUndatedTasks(): Promise<number> {
    const undated = await this.tasks.planIdsWithUndatedTasks();
    const plans = undated.length ? await this.plans.find({ where: { kind: 'event', id: In(undated) } }) : [];
    for (const plan of plans) await this.build(await this.templateOf(plan), () => Promise.resolve(plan), null, new Set());
    return plans.length;
  }

  private async templateOf(plan: Plan): Promise<ChecklistTemplate> {
    const template = await this.catalog.findTemplate({ id: plan.templateId! });
    if (!template) throw new NotFoundException(`模板 ${plan.templateId} 不存在`);
    return template;
  }

  /**
   * In one transaction: writes the plan, creates the tasks its templates' items now qualify for
   * (those that exist already are skipped) and, for a case, re-dates its open tasks.
   */
  private async build(
    template: ChecklistTemplate | ChecklistTemplate[],
    writePlan: (m: EntityManager) => Promise<Plan>,
    userId: number | null,
    changed?: ReadonlySet<string>,
    { minimumsSince, reason, alongside, within }: { minimumsSince?: Record<string, string>; reason?: string } & RegisterWork = {},
  ): Promise<PlanResult> {
    const templates = Array.isArray(template) ? template : [template];
    const items = await this.catalog.activeItems(templates.map((t) => t.id));
    const [calendar, assignments] = await Promise.all([this.calendar.calendar(), this.org.roleAssignments()]);
    // The reads above run synchronously on SQLite: let other requests in before writing.
    await yieldToEventLoop();
    const run = <T>(work: (m: EntityManager) => Promise<T>) => (within ? work(within) : this.tx.run(work));
    return run(async (m) => {
      const plan = await writePlan(m);
      if (minimumsSince) checkMinimums(templates[0], items, plan, calendar, minimumsSince);
      const builder = new PlanBuilder(this.tasks, m, { plan, calendar, templates: new Map(templates.map((t) => [t.id, t])) }, assignments, items);
      const created = await builder.build(items);
      const redated = changed ? await this.reschedule(m, builder, items, plan, { userId, changed, reason }) : [];
      await alongside?.(m, plan, created);
      return { plan, tasksCreated: created.length, redated };
    });
  }

  /**
   * Re-dates the open tasks whose anchor changed and those still undated. The others keep the
   * deadline they were issued with, even when the template item's rule was edited since.
   */
  private async reschedule(
    m: EntityManager,
    builder: PlanBuilder,
    items: TemplateItem[],
    plan: Plan,
    { userId, changed, reason }: { userId: number | null; changed: ReadonlySet<string>; reason?: string },
  ): Promise<RedateChange[]> {
    const out: RedateChange[] = [];
    const tasks = await this.tasks.ofPlan(plan.id, m, { unfinished: true });
    for (const task of tasks) {
      const item = items.find((i) => i.id === task.templateItemId);
      if (!item) continue;
      const anchors = [item.schedule.kind === 'event' ? item.schedule.anchor : null, item.earliest?.anchor, item.extension?.anchor];
      if (task.dueOn !== null && !anchors.some((a) => a && changed.has(a))) continue;
      const occurrence = builder.occurrencesOf(item).find((o) => o.periodKey === task.periodKey || o.periodKey === 'event');
      const dueOn = occurrence?.dueOn ?? null;
      const { earliestOn } = builder.earliestOf(item);
      if (dueOn === task.dueOn && earliestOn === task.earliestOn) continue;
      await this.tasks.reschedule(m, task, dueOn, occurrence?.dueNote ?? '', userId, { earliestOn, reason });
      if (dueOn !== task.dueOn) out.push({ taskId: task.id, from: task.dueOn, to: dueOn });
    }
    return out;
  }

  private async instantiate(
    fields: NewPlan,
    templates: ChecklistTemplate[],
    minimumsSince?: Record<string, string>,
    register?: RegisterWork,
  ): Promise<PlanResult> {
    const settings = await this.bureau.settings();
    return this.build(templates, (m) => m.save(Plan, m.create(Plan, { ...fields, settings })), fields.createdById, undefined, { minimumsSince, ...register });
  }
}
