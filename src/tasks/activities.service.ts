import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../access/auth-user';
import { Clock } from '../common/clock';
import { TransactionRunner } from '../database/transaction-runner';
import type { Activity } from './activity.entity';
import type { ActivityDto } from './dto/task.dto';
import { canWorkOn } from './task-access';
import { PlanLookup } from './task-ports';
import { TaskStore } from './task-store.service';
import { checkActivityDate } from './task-targets';
import type { Task } from './task.entity';
import { TasksService } from './tasks.service';

/**
 * Activities counted towards a task's target: dated within the task's period and not in the
 * future; withdrawn (撤回) with a reason, they stay visible but stop counting.
 */
@Injectable()
export class ActivitiesService {
  constructor(
    private readonly tasks: TaskStore,
    private readonly lifecycle: TasksService,
    private readonly plans: PlanLookup,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  add(caller: AuthUser, id: number, dto: ActivityDto): Promise<Activity> {
    return this.tx.run(async (m) => {
      const task = await this.lock(m, caller, id);
      if (!canWorkOn(caller, task)) throw new ForbiddenException('只有本部门的负责人和工作人员可以记录活动');
      const plan = await this.plans.datesOf(task.planId);
      if (!plan) throw new NotFoundException(`任务 ${id} 所属的计划不存在`);
      checkActivityDate(dto.occurredOn, task.periodKey, plan, this.clock.today());
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

  /**
   * 撤回: the author, or the department's head. Refused on a done or submitted task: its count
   * would fall below the target behind the reviewer's back — reopen it first.
   */
  withdraw(caller: AuthUser, id: number, activityId: number, reason: string): Promise<Activity> {
    return this.tx.run(async (m) => {
      const task = await this.lock(m, caller, id);
      const activity = await this.tasks.findActivity(m, id, activityId);
      if (!activity) throw new NotFoundException(`任务 ${id} 没有活动记录 ${activityId}`);
      const isHead = caller.role === 'head' && caller.departmentId === task.departmentId;
      if (!isHead && !(canWorkOn(caller, task) && activity.createdById === caller.id)) {
        throw new ForbiddenException('只有记录人或本部门负责人可以撤回活动');
      }
      if (activity.withdrawnAt) throw new ConflictException('该活动已撤回');
      if (task.status !== 'open' && task.status !== 'returned') throw new ConflictException('任务已办结或正在审核，请先重新打开任务再撤回活动');
      if (!reason.trim()) throw new BadRequestException('请填写撤回理由');
      const withdrawn = await this.tasks.withdrawActivity(m, activity, caller.id, reason);
      await this.tasks.save({ ...task, activityCount: Math.max(0, task.activityCount - 1) }, m);
      return withdrawn;
    });
  }

  private async lock(m: EntityManager, caller: AuthUser, id: number): Promise<Task> {
    await this.tasks.lockForUpdate(m, id);
    return this.lifecycle.readable(caller, id, m);
  }
}
