import { BadRequestException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CalendarYearMissingError, type WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { ChecklistTemplate } from '../catalog/checklist-template.entity';
import type { TemplateItem } from '../catalog/template-item.entity';
import { ALL_SCHOOLS } from '../catalog/template-rules';
import { yieldToEventLoop } from '../common/event-loop';
import type { RoleAssignments } from '../org/org-directory.service';
import type { Task } from '../tasks/task.entity';
import type { NewTask, TaskStore } from '../tasks/task-store.service';
import type { Plan } from './plan.entity';
import { describeRule, extendedRule, missingAnchor, occurrences } from './schedule/schedule-engine';
import { completionFloor, minimumText } from './schedule/minimum-periods';
import { anchorPhrases, extensionText } from './schedule/rule-wording';
import { taskTarget } from './task-target';
import type { Occurrence } from '../catalog/schedule-rule';

/** Template items whose tasks are computed between two yields to the event loop. */
const ITEMS_PER_TURN = 10;

export interface BuildContext {
  plan: Plan;
  calendar: WorkingDayCalendar;
  /** Template of each item, by template id. */
  templates: Map<number, ChecklistTemplate>;
}

/** An occurrence of an item, undated (with the reason in `dueNote`) when it cannot be computed yet. */
export type DatedOccurrence = Omit<Occurrence, 'dueOn'> & { dueOn: string | null; dueNote: string };

/**
 * Due dates of the item, or a single undated occurrence while its anchor is unknown or while
 * the holidays of the year it falls in are not loaded (never a guessed deadline).
 */
export function itemOccurrences(item: TemplateItem, ctx: BuildContext): DatedOccurrence[] {
  const { plan, calendar } = ctx;
  const anchor = missingAnchor(item.schedule, plan.anchors);
  const template = ctx.templates.get(item.templateId);
  if (anchor) {
    const label = template?.anchors.find((a) => a.key === anchor)?.label ?? anchor;
    return [{ periodKey: 'event', periodLabel: '本事项', dueOn: null, dueNote: `待填写「${label}」后确定` }];
  }
  try {
    return occurrences(extendedRule(item.schedule, item.extension, plan.anchors), {
      year: plan.year,
      anchors: plan.anchors,
      settings: plan.settings,
      calendar,
    }).map((o) => ({ ...o, dueNote: '' }));
  } catch (err) {
    if (!(err instanceof CalendarYearMissingError) || plan.kind !== 'event') throw err;
    return [{ periodKey: 'event', periodLabel: '本事项', dueOn: null, dueNote: `待载入${err.year}年节假日安排后确定` }];
  }
}

/** The earliest completion date of the item's tasks and its wording; undated while unknown (anchor or holidays). */
export function itemEarliest(item: TemplateItem, ctx: BuildContext): { earliestOn: string | null; earliestNote: string } {
  if (!item.earliest || item.earliest.reserved) return { earliestOn: null, earliestNote: '' };
  const { plan, calendar } = ctx;
  const earliestNote = minimumText(item.earliest, plan.settings, anchorPhrases(ctx.templates.get(item.templateId)?.anchors));
  try {
    return { earliestOn: completionFloor(item, { anchors: plan.anchors, settings: plan.settings, calendar }), earliestNote };
  } catch (err) {
    if (err instanceof CalendarYearMissingError) return { earliestOn: null, earliestNote };
    throw err;
  }
}

/**
 * Where the case's template names the role its registering department plays (an enforcement case
 * registered by 行政审批股 is led by 行政审批股), that role resolves to the registrar in this case.
 */
function registrarTakesOver(ctx: BuildContext, assignments: RoleAssignments): RoleAssignments {
  const { plan } = ctx;
  const role = plan.templateId === null ? null : ctx.templates.get(plan.templateId)?.registrarActsAs;
  if (!role || plan.registrarDepartmentId === null) return assignments;
  return { ...assignments, byRole: new Map(assignments.byRole).set(role, plan.registrarDepartmentId) };
}

/** 补录: due before the day the plan starts (an annual plan generated mid-year). */
export const isBackfill = (plan: Pick<Plan, 'startOn'>, dueOn: string | null): boolean => plan.startOn !== null && dueOn !== null && dueOn < plan.startOn;

/** Resolves catalogue role codes to this bureau's departments. */
export class DepartmentResolver {
  constructor(private readonly assignments: RoleAssignments) {}

  /** Role codes the items need that no active department plays. */
  missing(items: TemplateItem[]): string[] {
    const needed = new Set(items.flatMap((i) => [i.leadRole, ...i.supportRoles, ...(i.reviewerRole ? [i.reviewerRole] : [])]));
    needed.delete(ALL_SCHOOLS);
    return [...needed].filter((code) => !this.assignments.byRole.has(code)).sort();
  }

  leads(item: TemplateItem): number[] {
    return item.leadRole === ALL_SCHOOLS ? this.assignments.schools : [this.assignments.byRole.get(item.leadRole)!];
  }

  one(role: string | null): number | null {
    return role ? (this.assignments.byRole.get(role) ?? null) : null;
  }
}

/**
 * Turns template items into tasks for one plan: one lead task per item, period and lead
 * department, plus a supporting task per supporting department pointing at it; gates link to
 * the lead tasks of the gate items in the same plan (same period where there is one).
 */
export class PlanBuilder {
  /** Refuses items whose roles no active department plays; `m` is the plan's transaction. */
  constructor(
    private readonly tasks: TaskStore,
    private readonly m: EntityManager,
    private readonly ctx: BuildContext,
    assignments: RoleAssignments,
    items: TemplateItem[],
  ) {
    this.departments = new DepartmentResolver(registrarTakesOver(ctx, assignments));
    const missing = this.departments.missing(items);
    if (missing.length) {
      throw new BadRequestException(`以下职责尚未指定承担的股室，请管理员先在“职责分工”中设置：${missing.join('、')}`);
    }
  }

  private readonly departments: DepartmentResolver;

  /** Whether the item gets tasks now (event items waiting for an optional anchor do not). */
  applies(item: TemplateItem): boolean {
    return !(item.whenAnchorSet && missingAnchor(item.schedule, this.ctx.plan.anchors));
  }

  /**
   * Due dates of the item, or a single undated occurrence while its anchor is unknown or while
   * the holidays of the year it falls in are not loaded (never a guessed deadline).
   */
  occurrencesOf(item: TemplateItem): DatedOccurrence[] {
    return itemOccurrences(item, this.ctx);
  }

  earliestOf(item: TemplateItem): ReturnType<typeof itemEarliest> {
    return itemEarliest(item, this.ctx);
  }

  /**
   * Creates the tasks of the given items (skipping ones that already exist) and links gates.
   * The rows are collected first and issued in bulk, in the order a task-by-task build would
   * number them: each lead task followed by its supporting tasks.
   */
  async build(items: TemplateItem[]): Promise<Task[]> {
    const existing = await this.tasks.ofPlan(this.ctx.plan.id, this.m);
    const seen = new Set(existing.map((t) => `${t.templateItemId}|${t.departmentId}|${t.periodKey}`));
    const batch: NewTask[] = [];
    for (const [n, item] of items.filter((i) => this.applies(i)).entries()) {
      // Computing an item's dates and tasks takes a while for a large bureau: let requests in.
      if (n % ITEMS_PER_TURN === 0) await yieldToEventLoop();
      for (const occurrence of this.occurrencesOf(item)) {
        const isNew = (departmentId: number) => !seen.has(`${item.id}|${departmentId}|${occurrence.periodKey}`);
        const schoolLed = item.leadRole === ALL_SCHOOLS;
        let firstLead: number | null = null;
        for (const departmentId of this.departments.leads(item).filter(isNew)) {
          firstLead ??= batch.length;
          const lead = batch.length;
          batch.push({ fields: this.newTask(item, occurrence, departmentId, null), lead: null });
          if (schoolLed) continue;
          for (const supporter of this.supporters(item, departmentId)) batch.push({ fields: this.newTask(item, occurrence, supporter, departmentId), lead });
        }
        // A school-led item has one lead task per school: each supporting department gets one task
        // for the item that follows all of them (it reads every school's task of the item and
        // period); it points at the first school's task and names no single lead department.
        if (schoolLed && firstLead !== null) {
          for (const supporter of this.supporters(item, null).filter(isNew))
            batch.push({ fields: this.newTask(item, occurrence, supporter, null, true), lead: firstLead });
        }
      }
    }
    const created = await this.tasks.issue(this.m, batch);
    await this.linkGates(items, [...existing, ...created], created);
    await this.skipInapplicable(items, created);
    return created;
  }

  /**
   * Steps of an option the case answered "no" (a non-重大 case's 法制审核) are issued, then recorded
   * as 不适用 with the option's reason: the case shows the step was considered, and its gate holds.
   */
  private async skipInapplicable(items: TemplateItem[], created: Task[]): Promise<void> {
    const template = (item: TemplateItem) => this.ctx.templates.get(item.templateId);
    for (const item of items.filter((i) => i.onlyIf && this.ctx.plan.options?.[i.onlyIf] === false)) {
      const option = template(item)?.options?.find((o) => o.key === item.onlyIf);
      const note = option?.skipNote ?? `${option?.label ?? item.onlyIf}：否，本步骤不适用`;
      await this.tasks.skip(
        this.m,
        created.filter((t) => t.templateItemId === item.id),
        note,
        this.ctx.plan.createdById,
      );
    }
  }

  /** The supporting departments of the item (one task each, even for a department playing several roles). */
  private supporters(item: TemplateItem, leadDepartmentId: number | null): number[] {
    const supporters = new Set(item.supportRoles.map((role) => this.departments.one(role)!));
    if (leadDepartmentId !== null) supporters.delete(leadDepartmentId);
    return [...supporters];
  }

  /** The fields of one task; `leadDepartmentId` is set on a supporting task (null when it follows all schools). */
  private newTask(
    item: TemplateItem,
    occurrence: { periodKey: string; periodLabel: string; dueOn: string | null; dueNote: string },
    departmentId: number,
    leadDepartmentId: number | null,
    followsSchools = false,
  ): NewTask['fields'] {
    const template = this.ctx.templates.get(item.templateId)!;
    const lead = leadDepartmentId === null && !followsSchools;
    const phrases = anchorPhrases(template.anchors);
    return {
      planId: this.ctx.plan.id,
      templateItemId: item.id,
      workPointId: template.workPointId,
      departmentId,
      leadDepartmentId,
      periodKey: occurrence.periodKey,
      periodLabel: occurrence.periodLabel,
      title: item.title,
      description: item.description,
      basis: item.basis,
      evidenceHint: item.evidenceHint,
      scheduleText: describeRule(item.schedule, this.ctx.plan.settings, phrases) + extensionText(item.extension, this.ctx.plan.settings),
      dueOn: occurrence.dueOn,
      dueNote: occurrence.dueNote,
      ...itemEarliest(item, this.ctx),
      status: 'open',
      backfill: isBackfill(this.ctx.plan, occurrence.dueOn),
      // Review applies to the item's result, i.e. the lead task; supporting tasks are done when done.
      needsReview: item.review && lead,
      reviewerDepartmentId: lead ? this.departments.one(item.reviewerRole) : null,
      ...taskTarget(item, this.ctx.plan.settings, !lead),
      activityCount: 0,
      numerator: null,
      denominator: null,
      gateTaskIds: [],
    };
  }

  private async linkGates(items: TemplateItem[], all: Task[], created: Task[]): Promise<void> {
    const itemByKey = new Map(items.map((i) => [`${i.templateId}|${i.key}`, i]));
    const leadsByItem = new Map<number, Task[]>();
    for (const t of all.filter((t) => t.leadTaskId === null)) leadsByItem.set(t.templateItemId, [...(leadsByItem.get(t.templateItemId) ?? []), t]);
    const itemById = new Map(items.map((i) => [i.id, i]));
    const fresh = new Set(created.map((t) => t.id));
    const changes: { task: Task; gateTaskIds: number[] }[] = [];
    // Tasks issued earlier are relinked too: a gate item whose optional anchor was only now set
    // (a penalty case's 法制审核) must still hold back the task it gates (the decision).
    for (const task of all.filter((t) => fresh.has(t.id) || t.status !== 'done')) {
      const item = itemById.get(task.templateItemId);
      if (!item) continue;
      const gateLeads = item.gates.flatMap((key) => {
        const gate = itemByKey.get(`${item.templateId}|${key}`);
        const leads = gate ? (leadsByItem.get(gate.id) ?? []) : [];
        const samePeriod = leads.filter((l) => l.periodKey === task.periodKey);
        return samePeriod.length ? samePeriod : leads;
      });
      const ids = gateLeads.map((g) => g.id);
      if (ids.length && ids.join(',') !== task.gateTaskIds.join(',')) changes.push({ task, gateTaskIds: ids });
    }
    await this.tasks.setGates(this.m, changes);
  }
}
