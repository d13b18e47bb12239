import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../access/auth-user';
import { Clock } from '../common/clock';
import { isValidDate } from '../common/dates';
import { DomainEvents } from '../common/domain-events';
import { TransactionRunner } from '../database/transaction-runner';
import { OrgDirectory } from '../org/org-directory.service';
import type { Activity } from './activity.entity';
import { ActivityDto, CompleteTaskDto } from './dto/task.dto';
import { STATUS_NAMES } from './dto/task-export';
import { canReadTask, canReopen, canReview, canWorkOn } from './task-access';
import { isUnfinished, type Task, type TaskStatus } from './task.entity';
import { TaskStore } from './task-store.service';
import type { TaskAction, TaskTransition } from './task-transition.entity';
import type { Urge } from './urge.entity';

type Transition = Pick<TaskTransition, 'action' | 'fromStatus' | 'toStatus' | 'note'>;

/** The task lifecycle: tick-off, review, reopen, activities towards a target, and urges (催办). */
@Injectable()
export class TasksService {
  constructor(
    private readonly tasks: TaskStore,
    private readonly tx: TransactionRunner,
    private readonly org: OrgDirectory,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  /**
   * A task the caller may read; others' tasks look like missing ones. 政策法规股 also reads the
   * tasks whose 不适用 it decides (pending or accepted).
   */
  async readable(caller: AuthUser, id: number, m?: EntityManager): Promise<Task> {
    const task = await this.tasks.findById(id, m);
    const naCase = task !== null && (task.naRequestedAt !== null || task.status === 'na');
    if (!task || !(canReadTask(caller, task) || (naCase && (await this.decidesNotApplicable(caller, task))))) {
      throw new NotFoundException(`任务 ${id} 不存在或无权查看`);
    }
    return task;
  }

  /** 不适用 is decided by a leader, or by 政策法规股 (the department playing `legal`) for other departments. */
  async decidesNotApplicable(caller: AuthUser, task: Task): Promise<boolean> {
    if (caller.role === 'leader') return true;
    if ((caller.role !== 'head' && caller.role !== 'staff') || caller.departmentId === null || caller.departmentId === task.departmentId) return false;
    return (await this.org.roleAssignments()).byRole.get('legal') === caller.departmentId;
  }

  /** Completes the task, or submits it for review when its item needs one. */
  complete(caller: AuthUser, id: number, dto: CompleteTaskDto): Promise<Task> {
    return this.transition(caller, id, async (m, task) => {
      if (!canWorkOn(caller, task)) throw new ForbiddenException('只有本部门的负责人和工作人员可以办结此任务');
      this.expectStatus(task, ['open', 'returned'], '办结');
      if (task.naRequestedAt !== null) throw new ConflictException('已申请“不适用”，请等待政策法规股处理后再办结');
      await this.checkGates(m, task);
      if (task.targetCount !== null && task.activityCount < task.targetCount && !dto.shortfallReason) {
        throw new BadRequestException(`已记录 ${task.activityCount}/${task.targetCount} ${task.targetUnit}，未达到目标，请填写未达标说明（shortfallReason）`);
      }
      Object.assign(task, { completionNote: dto.note, shortfallReason: dto.shortfallReason ?? null, doneOn: this.doneOn(task, dto.doneOn) });
      return task.needsReview ? this.move(task, 'submit', 'submitted', dto.note) : this.finish(task, caller, 'complete', dto.note);
    });
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

  async addActivity(caller: AuthUser, id: number, dto: ActivityDto): Promise<Activity> {
    return this.tx.run(async (m) => {
      const task = await this.lock(m, caller, id);
      if (!canWorkOn(caller, task)) throw new ForbiddenException('只有本部门的负责人和工作人员可以记录活动');
      const activity = await this.tasks.addActivity(m, {
        ...dto,
        participants: dto.participants ?? '',
        note: dto.note ?? '',
        taskId: id,
        createdById: caller.id,
      });
      await this.tasks.save({ ...task, activityCount: task.activityCount + 1 }, m);
      return activity;
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

  private async checkGates(m: EntityManager, task: Task): Promise<void> {
    if (!task.gateTaskIds.length) return;
    const open = await this.tasks.unfinishedAmong(task.gateTaskIds, m);
    if (open.length) throw new ConflictException(`前置事项尚未完成：${open.map((t) => t.title).join('、')}`);
  }
}
