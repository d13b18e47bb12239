import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { readsWholeBureau, type AuthUser } from '../access/auth-user';
import { CatalogService } from '../catalog/catalog.service';
import type { ChecklistTemplate } from '../catalog/checklist-template.entity';
import { TransactionRunner } from '../database/transaction-runner';
import { OrgDirectory } from '../org/org-directory.service';
import { AdviserSteps } from '../tasks/adviser-steps';
import type { Task } from '../tasks/task.entity';
import { TaskStore } from '../tasks/task-store.service';
import { CaseRegistration, openedByRegister } from './case-registration';
import type { AdviserRequestView, CaseStepView, CaseView, PersonView } from './dto/case.view';
import { PlanView } from './dto/plan.view';
import { Plan } from './plan.entity';
import { PlansService } from './plans.service';

/** A gate is satisfied by its step done or accepted as 不适用 (a cancelled one satisfies nothing). */
const SATISFIED: string[] = ['done', 'na'];

/** The case screens: what a caller may register, a case's steps, 撤销, and the adviser's requests. */
@Injectable()
export class CasesService {
  constructor(
    @InjectRepository(Plan) private readonly plans: Repository<Plan>,
    private readonly planService: PlansService,
    private readonly tasks: TaskStore,
    private readonly catalog: CatalogService,
    private readonly org: OrgDirectory,
    private readonly registration: CaseRegistration,
    private readonly adviser: AdviserSteps,
    private readonly tx: TransactionRunner,
  ) {}

  /** The event templates the caller may register a case of. */
  async registrable(caller: AuthUser): Promise<ChecklistTemplate[]> {
    return this.registration.registrable(await this.catalog.listTemplates('event'), caller);
  }

  /** Active legal advisers, to address a review request to. */
  async advisers(): Promise<PersonView[]> {
    return (await this.org.activeWithRole('adviser')).map((r) => ({ id: r.id, name: r.name }));
  }

  /** The case page; 404 for those who may not see the case. */
  async caseOf(caller: AuthUser, id: number): Promise<CaseView> {
    const plan = await this.planService.get(caller, id);
    const [template, steps] = await Promise.all([
      plan.templateId === null ? null : this.catalog.findTemplate({ id: plan.templateId }),
      this.tasks.ofPlan(plan.id).then((tasks) => this.steps(tasks)),
    ]);
    const [users, departments] = await Promise.all([
      this.org.userNames([plan.createdById, plan.adviserId, plan.cancelledById]),
      this.org.departmentNames(plan.registrarDepartmentId === null ? [] : [plan.registrarDepartmentId]),
    ]);
    const open = !plan.cancelledAt && plan.kind === 'event';
    return {
      plan: PlanView.of(plan),
      templateName: template?.name ?? '',
      registrarName: users.get(plan.createdById ?? -1) ?? '',
      registrarDepartmentName: departments.get(plan.registrarDepartmentId ?? -1) ?? '',
      adviserName: plan.adviserId === null ? null : (users.get(plan.adviserId) ?? ''),
      cancelledByName: plan.cancelledById === null ? null : (users.get(plan.cancelledById) ?? ''),
      can: {
        editAnchors: open && caller.role !== 'adviser' && !(template && openedByRegister(template)),
        cancel: open && this.mayCancel(caller, plan, template),
      },
      steps,
    };
  }

  /** 撤销 from the case page, by an admin, a leader or the registering department's head; twice is refused (409). */
  async cancel(caller: AuthUser, id: number, reason: string): Promise<Plan> {
    const visible = await this.planService.get(caller, id);
    if (visible.kind !== 'event') throw new ConflictException('年度计划不能撤销');
    const template = visible.templateId === null ? null : await this.catalog.findTemplate({ id: visible.templateId });
    if (!this.mayCancel(caller, visible, template)) throw new ForbiddenException('只有管理员、局领导和登记股室负责人可以撤销事项');
    const saved = await this.planService.cancelEvent(id, reason, caller.id);
    if (!saved) throw new ConflictException('事项已经撤销');
    return saved;
  }

  /** The review requests addressed to the adviser, newest first, each with its opinion step. */
  async adviserRequests(caller: AuthUser): Promise<AdviserRequestView[]> {
    const plans = await this.plans.find({ where: { adviserId: caller.id }, order: { id: 'DESC' } });
    const stepIds = new Set(await this.adviser.taskIds(caller.id));
    const tasks = (await Promise.all(plans.map((p) => this.tasks.ofPlan(p.id)))).flat().filter((t) => stepIds.has(t.id));
    const [steps, departments] = await Promise.all([this.steps(tasks), this.org.departmentNames(plans.map((p) => p.registrarDepartmentId ?? -1))]);
    return plans.map((p) => ({
      plan: PlanView.of(p),
      registrarDepartmentName: departments.get(p.registrarDepartmentId ?? -1) ?? '',
      step: steps.find((s) => tasks.find((t) => t.id === s.taskId)?.planId === p.id) ?? null,
    }));
  }

  /** Admins, leaders, and the head of the registering department (not of a case a register opened for it). */
  private mayCancel(caller: AuthUser, plan: Plan, template: ChecklistTemplate | null): boolean {
    if (readsWholeBureau(caller)) return true;
    if (template && openedByRegister(template)) return false;
    return caller.role === 'head' && plan.registrarDepartmentId !== null && caller.departmentId === plan.registrarDepartmentId;
  }

  /** Tasks as timeline steps, in issue order (the template's order of steps). */
  private async steps(tasks: Task[]): Promise<CaseStepView[]> {
    const sorted = [...tasks].sort((a, b) => a.id - b.id);
    const byId = new Map(sorted.map((t) => [t.id, t]));
    const gateIds = [...new Set(sorted.flatMap((t) => t.gateTaskIds))];
    for (const gate of await this.tasks.findByIds(gateIds.filter((id) => !byId.has(id)))) byId.set(gate.id, gate);
    const [departments, users] = await Promise.all([
      this.org.departmentNames(sorted.map((t) => t.departmentId)),
      this.org.userNames(sorted.map((t) => t.assigneeId)),
    ]);
    return sorted.map((t) => ({
      taskId: t.id,
      title: t.title,
      departmentId: t.departmentId,
      departmentName: departments.get(t.departmentId) ?? '',
      supporting: t.leadTaskId !== null,
      status: t.status,
      dueOn: t.dueOn,
      dueNote: t.dueNote,
      scheduleText: t.scheduleText,
      completedAt: t.completedAt,
      assigneeName: t.assigneeId === null ? null : (users.get(t.assigneeId) ?? ''),
      gates: t.gateTaskIds.flatMap((id) => {
        const gate = byId.get(id);
        return gate ? [{ taskId: id, title: gate.title, status: gate.status, satisfied: SATISFIED.includes(gate.status) }] : [];
      }),
    }));
  }
}
