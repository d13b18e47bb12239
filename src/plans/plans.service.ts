import { applySort, containsAny, containsPattern } from '../common/list-query';
import { BadRequestException, ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { readsWholeBureau, type AuthUser } from '../access/auth-user';
import { BureauService } from '../bureau/bureau.service';
import { CalendarService } from '../calendar/calendar.service';
import { CalendarYearMissingError, type WorkingDayCalendar } from '../calendar/working-day-calendar';
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
import { CreateEventPlanDto, PlanQueryDto } from './dto/plan.dto';
import { itemOccurrences, PlanBuilder } from './plan-builder';
import { Plan } from './plan.entity';

/** The replaced arrangement, as the calendar's event carries it. */
type RedatedYear = DomainEventMap['calendar.loaded']['previous'] & object;
type RedateChange = DomainEventMap['tasks.redated']['changes'][number];

export interface PlanResult {
  plan: Plan;
  tasksCreated: number;
}

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
  ) {
    events.on('calendar.loaded', ({ year, previous, userId }) =>
      requestContext.run({ requestId: 'calendar-loaded', actor: 'calendar' }, async () => {
        await this.dateUndatedTasks();
        if (previous) await this.redateAfterCorrection(year, previous, userId);
      }),
    );
  }

  /** Plans the caller may see: all for leaders and admins; otherwise annual plans and the cases their department works on. */
  async list(caller: AuthUser, q: PlanQueryDto): Promise<Page<Plan>> {
    const qb = this.plans.createQueryBuilder('p').orderBy('p.id', 'DESC').skip(q.offset).take(q.pageSize);
    if (q.sort) applySort(qb, q.sort, { createdAt: 'p.created_at', year: 'p.year', title: 'p.title', reference: 'p.reference' }, 'p.id');
    if (q.kind) qb.andWhere('p.kind = :kind', { kind: q.kind });
    if (q.year !== undefined) qb.andWhere('p.year = :year', { year: q.year });
    if (q.q) qb.andWhere(containsAny(['p.title', 'p.reference'], 'text'), { text: containsPattern(q.q) });
    if (!readsWholeBureau(caller)) {
      const involved = caller.departmentId === null ? [] : await this.tasks.planIdsOfDepartment(caller.departmentId);
      qb.andWhere("(p.kind = 'annual' OR p.created_by_id = :me OR p.id IN (:...involved))", { me: caller.id, involved: [...involved, -1] });
    }
    const [items, total] = await qb.getManyAndCount();
    return Page.of(items, total, q);
  }

  async get(caller: AuthUser, id: number): Promise<Plan> {
    const plan = await this.plans.findOneBy({ id });
    if (!plan || !(await this.involves(caller, plan))) throw new NotFoundException(`计划 ${id} 不存在或无权查看`);
    return plan;
  }

  /** Leaders and admins, the plan's creator, and departments with a task in it. */
  private async involves(caller: AuthUser, plan: Plan): Promise<boolean> {
    if (readsWholeBureau(caller) || plan.kind === 'annual' || plan.createdById === caller.id) return true;
    return caller.departmentId !== null && this.tasks.existsInPlanForDepartment(plan.id, caller.departmentId);
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
        startOn: start,
        createdById: caller.id,
      },
      templates,
    );
  }

  /** One case (a document, a decision, an inspection …) with its anchor dates. */
  async createEvent(dto: CreateEventPlanDto, caller: AuthUser): Promise<PlanResult> {
    const template = await this.catalog.findTemplate({ id: dto.templateId });
    if (!template || template.kind !== 'event') throw new BadRequestException(`事件模板 ${dto.templateId} 不存在`);
    const anchors = this.checkAnchors(template, dto.anchors, true);
    const uniqueKey = `event:${template.key}:${dto.reference}`;
    if (await this.plans.existsBy({ uniqueKey })) {
      throw new ConflictException(`${template.name}「${dto.reference}」已经创建，不能重复创建`);
    }
    const dates = Object.values(anchors).sort();
    const year = yearOf(dates[0] ?? this.clock.today());
    return this.instantiate(
      { kind: 'event', uniqueKey, year, templateId: template.id, reference: dto.reference, title: dto.title, anchors, startOn: null, createdById: caller.id },
      [template],
    );
  }

  /**
   * Fills in or corrects anchor dates of a case: undated tasks get their due dates, items waiting
   * for an anchor get their tasks, and open tasks depending on a changed anchor are rescheduled.
   */
  async updateAnchors(planId: number, given: Record<string, string>, caller: AuthUser): Promise<PlanResult> {
    const plan = await this.get(caller, planId);
    if (plan.kind !== 'event') throw new BadRequestException('只有按事件生成的计划有事件日期');
    const template = await this.templateOf(plan);
    const anchors = { ...plan.anchors, ...this.checkAnchors(template, given, false) };
    const changed = new Set(Object.keys(given).filter((key) => plan.anchors[key] !== anchors[key]));
    return this.build(template, (m) => m.save(Plan, { ...plan, anchors }), caller.id, changed);
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

  /**
   * A corrected holiday year replaced `previous`: the unfinished tasks due around that year whose
   * computed due date moves with it are re-dated (history row and audit event each), then
   * `tasks.redated` tells their people. A task whose date no longer matches its rule under the
   * old arrangement keeps it: its date was set otherwise (its template item was edited since).
   */
  async redateAfterCorrection(year: number, previous: RedatedYear, userId: number | null): Promise<RedateChange[]> {
    const after = await this.calendar.calendar();
    const before = after.withArrangement({ ...previous, holidays: [] });
    // A month either side: "N working days after" and "next working day" rules cross the year's edge.
    const tasks = await this.tasks.unfinishedDueBetween(`${year - 1}-12-01`, `${year + 1}-01-31`);
    if (!tasks.length) return [];
    const plans = await this.plans.find({ where: { id: In([...new Set(tasks.map((t) => t.planId))]) } });
    const templates = new Map((await this.catalog.listTemplates()).map((t) => [t.id, t]));
    const items = new Map((await this.catalog.activeItems([...templates.keys()])).map((i) => [i.id, i]));
    const changes = await this.tx.run(async (m) => {
      const out: RedateChange[] = [];
      for (const task of tasks) {
        const item = items.get(task.templateItemId);
        const plan = plans.find((p) => p.id === task.planId);
        if (!item || !plan) continue;
        const dueIn = (calendar: WorkingDayCalendar) => {
          try {
            return itemOccurrences(item, { plan, calendar, templates }).find((o) => o.periodKey === task.periodKey || o.periodKey === 'event');
          } catch (err) {
            if (err instanceof CalendarYearMissingError) return undefined;
            throw err;
          }
        };
        const [was, now] = [dueIn(before), dueIn(after)];
        if (!was || !now || was.dueOn !== task.dueOn || now.dueOn === task.dueOn) continue;
        await this.tasks.reschedule(m, task, now.dueOn, now.dueNote, userId);
        out.push({ taskId: task.id, from: task.dueOn, to: now.dueOn });
      }
      return out;
    });
    if (changes.length) await this.events.emit('tasks.redated', { changes });
    return changes;
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
  ): Promise<PlanResult> {
    const templates = Array.isArray(template) ? template : [template];
    const items = await this.catalog.activeItems(templates.map((t) => t.id));
    const [calendar, assignments] = await Promise.all([this.calendar.calendar(), this.org.roleAssignments()]);
    // The reads above run synchronously on SQLite: let other requests in before writing.
    await yieldToEventLoop();
    return this.tx.run(async (m) => {
      const plan = await writePlan(m);
      const builder = new PlanBuilder(this.tasks, m, { plan, calendar, templates: new Map(templates.map((t) => [t.id, t])) }, assignments, items);
      const created = await builder.build(items);
      if (changed) await this.reschedule(m, builder, items, plan, userId, changed);
      return { plan, tasksCreated: created.length };
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
    userId: number | null,
    changed: ReadonlySet<string>,
  ): Promise<void> {
    const tasks = await this.tasks.ofPlan(plan.id, m, { unfinished: true });
    for (const task of tasks) {
      const item = items.find((i) => i.id === task.templateItemId);
      if (!item) continue;
      if (task.dueOn !== null && !(item.schedule.kind === 'event' && changed.has(item.schedule.anchor))) continue;
      const occurrence = builder.occurrencesOf(item).find((o) => o.periodKey === task.periodKey || o.periodKey === 'event');
      const dueOn = occurrence?.dueOn ?? null;
      if (dueOn === task.dueOn) continue;
      await this.tasks.reschedule(m, task, dueOn, occurrence?.dueNote ?? '', userId);
    }
  }

  private async instantiate(fields: Omit<Plan, 'id' | 'createdAt' | 'settings' | 'template'>, templates: ChecklistTemplate[]): Promise<PlanResult> {
    const settings = await this.bureau.settings();
    return this.build(templates, (m) => m.save(Plan, m.create(Plan, { ...fields, settings })), fields.createdById);
  }

  /** Anchor dates: known keys, valid dates, and (on creation) every required one present. */
  private checkAnchors(template: ChecklistTemplate, given: Record<string, string>, creating: boolean): Record<string, string> {
    const known = new Map(template.anchors.map((a) => [a.key, a]));
    const errors = Object.entries(given).flatMap(([key, value]) =>
      !known.has(key)
        ? [{ field: `anchors.${key}`, message: `不是本模板的事件日期（可用：${[...known.keys()].join('、')}）` }]
        : !isValidDate(value)
          ? [{ field: `anchors.${key}`, message: '必须是日期（YYYY-MM-DD）' }]
          : [],
    );
    if (creating) {
      for (const anchor of template.anchors) {
        if (anchor.required && !given[anchor.key]) errors.push({ field: `anchors.${anchor.key}`, message: `必须填写「${anchor.label}」` });
      }
    }
    if (errors.length) throw new InputValidationException(errors);
    return given;
  }
}
