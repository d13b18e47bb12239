import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { recordAudit } from '../audit/audit.recorder';
import { DomainEvents } from '../common/domain-events';
import { findRowById, insertRow, updateRow } from '../database/bound-sql';
import { User } from '../org/user.entity';
import { Activity } from './activity.entity';
import { ActivityDto, CompleteTaskDto } from './dto/task.dto';
import { canReadTask, canReopen, canReview, canWorkOn } from './task-access';
import { Task, TaskStatus } from './task.entity';
import { TaskAction, TaskTransition } from './task-transition.entity';
import { Urge } from './urge.entity';

const STATUS_NAMES: Record<TaskStatus, string> = { open: '待办', submitted: '待审核', returned: '已退回', done: '已完成' };

/** The task lifecycle: tick-off, review, reopen, activities towards a target, and urges (催办). */
@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
  ) {}

  /** A task the caller may read; others' tasks look like missing ones. */
  async readable(caller: AuthUser, id: number, m: EntityManager = this.dataSource.manager): Promise<Task> {
    const task = await findRowById(m, Task, id);
    if (!task || !canReadTask(caller, task)) throw new NotFoundException(`任务 ${id} 不存在或无权查看`);
    return task;
  }

  /** Completes the task, or submits it for review when its item needs one. */
  complete(caller: AuthUser, id: number, dto: CompleteTaskDto): Promise<Task> {
    return this.transition(caller, id, async (m, task) => {
      if (!canWorkOn(caller, task)) throw new ForbiddenException('只有本部门的负责人和工作人员可以办结此任务');
      this.expectStatus(task, ['open', 'returned'], '办结');
      await this.checkGates(m, task);
      if (task.targetCount !== null && task.activityCount < task.targetCount && !dto.shortfallReason) {
        throw new BadRequestException(`已记录 ${task.activityCount}/${task.targetCount} ${task.targetUnit}，未达到目标，请填写未达标说明（shortfallReason）`);
      }
      Object.assign(task, { completionNote: dto.note, shortfallReason: dto.shortfallReason ?? null });
      return task.needsReview ? this.move(task, 'submit', 'submitted', dto.note) : this.finish(task, caller, 'complete', dto.note);
    });
  }

  accept(caller: AuthUser, id: number, note = ''): Promise<Task> {
    return this.transition(caller, id, async (_m, task) => {
      if (!canReview(caller, task)) throw new ForbiddenException('您不是此任务的审核人');
      this.expectStatus(task, ['submitted'], '审核通过');
      return this.finish(task, caller, 'accept', note);
    });
  }

  returnTask(caller: AuthUser, id: number, reason: string): Promise<Task> {
    return this.transition(caller, id, async (_m, task) => {
      if (!canReview(caller, task)) throw new ForbiddenException('您不是此任务的审核人');
      this.expectStatus(task, ['submitted'], '退回');
      task.returnReason = reason;
      return this.move(task, 'return', 'returned', reason);
    });
  }

  /** Reopens a done (or submitted) task; its evidence and activities stay. */
  reopen(caller: AuthUser, id: number, reason: string): Promise<Task> {
    return this.transition(caller, id, async (_m, task) => {
      if (!canReopen(caller, task)) throw new ForbiddenException('无权重新打开此任务');
      this.expectStatus(task, ['done', 'submitted'], '重新打开');
      Object.assign(task, { returnReason: reason, completedAt: null, completedById: null });
      return this.move(task, 'reopen', 'open', reason);
    });
  }

  async addActivity(caller: AuthUser, id: number, dto: ActivityDto): Promise<Activity> {
    return this.dataSource.transaction(async (m) => {
      const task = await this.lock(m, caller, id);
      if (!canWorkOn(caller, task)) throw new ForbiddenException('只有本部门的负责人和工作人员可以记录活动');
      const activity = await m.save(
        Activity,
        m.create(Activity, { ...dto, participants: dto.participants ?? '', note: dto.note ?? '', taskId: id, createdById: caller.id }),
      );
      await m.save(Task, { ...task, activityCount: task.activityCount + 1 });
      return activity;
    });
  }

  /** The department head names who in the department does the task (the assignee also gets its reminders). */
  async assign(caller: AuthUser, id: number, assigneeId: number | null): Promise<Task> {
    const task = await this.readable(caller, id);
    if (caller.role !== 'head' || caller.departmentId !== task.departmentId) throw new ForbiddenException('只有本部门负责人可以指定经办人');
    if (assigneeId !== null) {
      const ok = await this.dataSource
        .getRepository(User)
        .existsBy({ id: assigneeId, departmentId: task.departmentId, active: true, role: In(['head', 'staff']) });
      if (!ok) throw new BadRequestException(`用户 ${assigneeId} 不是本部门在职的负责人或工作人员`);
    }
    return this.dataSource.getRepository(Task).save({ ...task, assigneeId });
  }

  /** 催办: recorded on the task and kept as a notification until the reminders deliver it. */
  async urge(caller: AuthUser, id: number, message: string): Promise<Urge> {
    const task = await this.readable(caller, id);
    if (task.status === 'done') throw new ConflictException('任务已完成，无需催办');
    const urge = await this.dataSource
      .getRepository(Urge)
      .save({ taskId: id, departmentId: task.departmentId, leaderId: caller.id, message, notifiedAt: null });
    await this.events.emit('urge.created', { urgeId: urge.id });
    return urge;
  }

  /**
   * One transition in one transaction: an UPDATE of the changed columns, an INSERT of the history
   * row and one audit event (before/after of those columns) — no re-reads, since tick-off is the
   * hottest write of the service.
   */
  private async transition(caller: AuthUser, id: number, change: (m: EntityManager, task: Task) => Promise<[Task, TaskTransition]>): Promise<Task> {
    return this.dataSource.transaction(async (m) => {
      const task = await this.lock(m, caller, id);
      const before: Record<string, unknown> = { ...task };
      const [next, record] = await change(m, task);
      const changed = (Object.keys(next) as (keyof Task)[]).filter((k) => next[k] !== before[k]);
      const values = Object.fromEntries(changed.map((k) => [k, next[k]]));
      await updateRow(m, Task, id, values);
      await insertRow(m, TaskTransition, { ...record, userId: caller.id, at: new Date() });
      await recordAudit(m, {
        action: `task.${record.action}`,
        entity: 'tasks',
        entityId: id,
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: values,
      });
      return next;
    });
  }

  /** Reads the task for update: row lock on PostgreSQL; SQLite serialises writers already. */
  private async lock(m: EntityManager, caller: AuthUser, id: number): Promise<Task> {
    if (m.connection.options.type === 'postgres') await m.query('SELECT id FROM tasks WHERE id = $1 FOR UPDATE', [id]);
    return this.readable(caller, id, m);
  }

  private move(task: Task, action: TaskAction, to: TaskStatus, note: string): [Task, TaskTransition] {
    const record = Object.assign(new TaskTransition(), { taskId: task.id, action, fromStatus: task.status, toStatus: to, note });
    return [Object.assign(task, { status: to }), record];
  }

  private finish(task: Task, caller: AuthUser, action: TaskAction, note: string): [Task, TaskTransition] {
    Object.assign(task, { completedAt: new Date(), completedById: caller.id });
    return this.move(task, action, 'done', note);
  }

  private expectStatus(task: Task, allowed: TaskStatus[], verb: string): void {
    if (!allowed.includes(task.status)) throw new ConflictException(`任务当前状态为“${STATUS_NAMES[task.status]}”，不能${verb}`);
  }

  private async checkGates(m: EntityManager, task: Task): Promise<void> {
    if (!task.gateTaskIds.length) return;
    const open = await m.find(Task, { where: { id: In(task.gateTaskIds), status: In(['open', 'submitted', 'returned']) }, select: { id: true, title: true } });
    if (open.length) throw new ConflictException(`前置事项尚未完成：${open.map((t) => t.title).join('、')}`);
  }
}
