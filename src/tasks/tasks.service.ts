import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
  Optional,
  UnprocessableEntityException,
} from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../access/auth-user';
import { Clock } from '../common/clock';
import { isValidDate } from '../common/dates';
import { DomainEvents } from '../common/domain-events';
import { TransactionRunner } from '../database/transaction-runner';
import { OrgDirectory } from '../org/org-directory.service';
import { CompleteTaskDto, MeasureDto } from './dto/task.dto';
import { STATUS_NAMES } from './dto/task-export';
import { canReadTask, canReopen, canReview, canWorkOn } from './task-access';
import { isUnfinished, type Task, type TaskStatus } from './task.entity';
import { TaskStore } from './task-store.service';
import { AdviserSteps } from './adviser-steps';
import { OfficerCheck } from './task-ports';
import { checkTarget, percentOf } from './task-targets';
import type { TaskAction, TaskTransition } from './task-transition.entity';
import type { Urge } from './urge.entity';

type Transition = Pick<TaskTransition, 'action' | 'fromStatus' | 'toStatus' | 'note'>;

/** The task lifecycle: tick-off, review, reopen, percent numbers, and urges (催办). */
@Injectable()
export class TasksService {
  constructor(
    private readonly tasks: TaskStore,
    private readonly tx: TransactionRunner,
    private readonly org: OrgDirectory,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly adviser: AdviserSteps,
    // Absent when the app is assembled without the certificate register (service tests).
    @Optional() private readonly officers?: OfficerCheck,
  ) {}

  /**
   * A task the caller may read; others' tasks look like missing ones. 政策法规股 also reads the
   * tasks whose 不适用 it decides (pending or accepted).
   */
  async readable(caller: AuthUser, id: number, m?: EntityManager): Promise<Task> {
    const task = await this.tasks.findById(id, m);
    if (!task) throw new NotFoundException(`任务 ${id} 不存在或无权查看`);
    const naCase = task.naRequestedAt !== null || task.status === 'na';
    if (canReadTask(caller, task) || (await this.adviser.isAdviserStep(caller, task)) || (await this.followsSchoolTask(caller, task, m))) return task;
    if (naCase && (await this.decidesNotApplicable(caller, task))) return task;
    throw new NotFoundException(`任务 ${id} 不存在或无权查看`);
  }

  /** A school's task, read by a department that supports its school-led item. */
  private async followsSchoolTask(caller: AuthUser, task: Task, m?: EntityManager): Promise<boolean> {
    return caller.departmentId !== null && task.leadTaskId === null && this.tasks.followsItemOf(caller.departmentId, task, m);
  }

  /** 不适用 is decided by a leader, or by 政策法规股 (the department playing `legal`) for other departments. */
  async decidesNotApplicable(caller: AuthUser, task: Task): Promise<boolean> {
    if (caller.role === 'leader') return true;
    return caller.departmentId !== task.departmentId && this.org.inLegalOffice(caller);
  }

  /** Completes the task, or submits it for review when its item needs one. */
  complete(caller: AuthUser, id: number, dto: CompleteTaskDto): Promise<Task> {
    return this.transition(caller, id, async (m, task) => {
      if (!(await this.mayWorkOn(caller, task))) throw new ForbiddenException('只有本部门的负责人和工作人员可以办结此任务');
      this.expectStatus(task, ['open', 'returned'], '办结');
      if (task.naRequestedAt !== null) throw new ConflictException('已申请“不适用”，请等待政策法规股处理后再办结');
      await this.checkGates(m, task);
      this.checkMinimumPeriod(task);
      checkTarget(task, dto.shortfallReason);
      Object.assign(task, { completionNote: dto.note, shortfallReason: dto.shortfallReason ?? null, doneOn: this.doneOn(task, dto.doneOn) });
      await this.officers?.recordOnCompletion(m, task, dto.officerCertificateIds ?? [], task.doneOn!);
      return task.needsReview ? this.move(task, 'submit', 'submitted', dto.note) : this.finish(task, caller, 'complete', dto.note);
    });
  }

  /** Ticking off and uploading evidence: the department's head and staff, or the adviser on their opinion step. */
  async mayWorkOn(caller: AuthUser, task: Task): Promise<boolean> {
    return canWorkOn(caller, task) || this.adviser.isAdviserStep(caller, task);
  }

  async accept(caller: AuthUser, id: number, note = ''): Promise<Task> {
    const task = await this.transition(caller, id, (_m, task) => {
      if (!canReview(caller, task)) throw new ForbiddenException('您不是此任务的审核人');
      this.expectStatus(task, ['submitted'], '审核通过');
      return this.finish(task, caller, 'accept', note);
    });
    await this.events.emit('task.accepted', { taskId: id, actorId: caller.id });
    return task;
  }

  async returnTask(caller: AuthUser, id: number, reason: string): Promise<Task> {
    const task = await this.transition(caller, id, (_m, task) => {
      if (!canReview(caller, task)) throw new ForbiddenException('您不是此任务的审核人');
      this.expectStatus(task, ['submitted'], '退回');
      task.returnReason = reason;
      return this.move(task, 'return', 'returned', reason);
    });
    await this.events.emit('task.returned', { taskId: id, actorId: caller.id });
    return task;
  }

  /**
   * Reopens a done (or submitted) task; its evidence and activities stay. A 不适用 task is reopened
   * by whoever may decide 不适用.
   */
  reopen(caller: AuthUser, id: number, reason: string): Promise<Task> {
    return this.transition(caller, id, async (_m, task) => {
      const allowed = task.status === 'na' ? await this.decidesNotApplicable(caller, task) : canReopen(caller, task);
      if (!allowed) throw new ForbiddenException('无权重新打开此任务');
      this.expectStatus(task, ['done', 'submitted', 'na'], '重新打开');
      if (task.status === 'na') task.completionNote = null;
      Object.assign(task, { returnReason: reason, completedAt: null, completedById: null, doneOn: null });
      return this.move(task, 'reopen', 'open', reason);
    });
  }

  /** Enters a percent task's numerator and denominator (history and audit trail keep every change). */
  measure(caller: AuthUser, id: number, dto: MeasureDto): Promise<Task> {
    return this.transition(caller, id, (_m, task) => {
      if (!canWorkOn(caller, task)) throw new ForbiddenException('只有本部门的负责人和工作人员可以填写完成比率');
      if (task.targetKind !== 'percent') throw new BadRequestException('此任务的目标不是比率，无需填写分子分母');
      this.expectStatus(task, ['open', 'returned'], '填写完成比率');
      if (dto.numerator > dto.denominator)
        throw new BadRequestException(`${task.numeratorLabel || '分子'}（${dto.numerator}）不能大于${task.denominatorLabel || '分母'}（${dto.denominator}）`);
      Object.assign(task, { numerator: dto.numerator, denominator: dto.denominator });
      const note = `${task.numeratorLabel || '分子'} ${dto.numerator} / ${task.denominatorLabel || '分母'} ${dto.denominator}（${percentOf(task)}%）`;
      return this.move(task, 'measure', task.status, note);
    });
  }

  /** The department head names who in the department does the task (the assignee also gets its reminders). */
  async assign(caller: AuthUser, id: number, assigneeId: number | null): Promise<Task> {
    const task = await this.readable(caller, id);
    if (caller.role !== 'head' || caller.departmentId !== task.departmentId) throw new ForbiddenException('只有本部门负责人可以指定经办人');
    if (assigneeId !== null) {
      if (!(await this.org.isActiveWorker(assigneeId, task.departmentId))) throw new BadRequestException(`用户 ${assigneeId} 不是本部门在职的负责人或工作人员`);
    }
    const saved = await this.tasks.save({ ...task, assigneeId });
    if (assigneeId !== null && assigneeId !== task.assigneeId) await this.events.emit('task.assigned', { taskId: id, actorId: caller.id });
    return saved;
  }

  /** 催办: recorded on the task and kept as a notification until the reminders deliver it. */
  async urge(caller: AuthUser, id: number, message: string): Promise<Urge> {
    const task = await this.readable(caller, id);
    if (!isUnfinished(task.status)) throw new ConflictException('任务已办结，无需催办');
    const urge = await this.tasks.saveUrge({ taskId: id, departmentId: task.departmentId, leaderId: caller.id, message, notifiedAt: null });
    await this.events.emit('urge.created', { urgeId: urge.id });
    return urge;
  }

  /**
   * The day the work was done: today, or the given day — a real date, not in the future and not
   * before the year the task is due in (a 补录 task may be done any day of its year).
   */
  private doneOn(task: Task, given: string | undefined): string {
    const today = this.clock.today();
    if (given === undefined) return today;
    const from = `${(task.dueOn ?? today).slice(0, 4)}-01-01`;
    if (!isValidDate(given)) throw new BadRequestException('完成日期不是有效日期（YYYY-MM-DD）');
    if (given > today) throw new BadRequestException(`完成日期不能晚于今天（${today}）`);
    if (given < from) throw new BadRequestException(`完成日期不能早于 ${from}`);
    return given;
  }

  /**
   * One transition in one transaction: an UPDATE of the changed columns, an INSERT of the history
   * row and one audit event (before/after of those columns) — no re-reads, since tick-off is the
   * hottest write of the service.
   */
  async transition(caller: AuthUser, id: number, change: (m: EntityManager, task: Task) => [Task, Transition] | Promise<[Task, Transition]>): Promise<Task> {
    return this.tx.run(async (m) => {
      const task = await this.lock(m, caller, id);
      const before: Record<string, unknown> = { ...task };
      const [next, transition] = await change(m, task);
      const changed = (Object.keys(next) as (keyof Task)[]).filter((k) => next[k] !== before[k]);
      await this.tasks.applyChange(m, id, {
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, next[k]])),
        transition,
        userId: caller.id,
      });
      return next;
    });
  }

  /** Reads the task for update (row lock on PostgreSQL). */
  private async lock(m: EntityManager, caller: AuthUser, id: number): Promise<Task> {
    await this.tasks.lockForUpdate(m, id);
    return this.readable(caller, id, m);
  }

  move(task: Task, action: TaskAction, to: TaskStatus, note: string): [Task, Transition] {
    const transition = { action, fromStatus: task.status, toStatus: to, note };
    return [Object.assign(task, { status: to }), transition];
  }

  private finish(task: Task, caller: AuthUser, action: TaskAction, note: string): [Task, Transition] {
    Object.assign(task, { completedAt: this.clock.now(), completedById: caller.id, doneOn: task.doneOn ?? this.clock.today() });
    return this.move(task, action, 'done', note);
  }

  expectStatus(task: Task, allowed: TaskStatus[], verb: string): void {
    if (!allowed.includes(task.status)) throw new ConflictException(`任务当前状态为“${STATUS_NAMES[task.status]}”，不能${verb}`);
  }

  /** A minimum period (征求意见 ≥ 30 days …) that has not run yet: completing now is refused. */
  private checkMinimumPeriod(task: Task): void {
    if (task.earliestOn && this.clock.today() < task.earliestOn) {
      throw new UnprocessableEntityException(`「${task.title}」的最短期限为${task.earliestNote || '规定期限'}，最早可于${task.earliestOn}办结`);
    }
  }

  private async checkGates(m: EntityManager, task: Task): Promise<void> {
    if (!task.gateTaskIds.length) return;
    const open = await this.tasks.unfinishedAmong(task.gateTaskIds, m);
    if (open.length) throw new ConflictException(`前置事项尚未完成：${open.map((t) => t.title).join('、')}`);
  }
}
