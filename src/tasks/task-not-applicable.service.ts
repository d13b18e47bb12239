import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import { Clock } from '../common/clock';
import { DomainEvents } from '../common/domain-events';
import { canWorkOn } from './task-access';
import type { Task } from './task.entity';
import { TasksService } from './tasks.service';

/**
 * 不适用: a department asks with a reason (the status stays as it is, the request is pending
 * with 政策法规股 like a submitted task), 政策法规股 or a leader accepts it (status `na`, the
 * reason as completion note) or refuses it with a reason. Each step is a history row and an
 * audit event; the requester is told of the decision.
 */
@Injectable()
export class TaskNotApplicableService {
  constructor(
    private readonly tasks: TasksService,
    private readonly clock: Clock,
    private readonly events: DomainEvents,
  ) {}

  request(caller: AuthUser, id: number, reason: string): Promise<Task> {
    return this.tasks.transition(caller, id, (_m, task) => {
      if (!canWorkOn(caller, task)) throw new ForbiddenException('只有本部门的负责人和工作人员可以申请不适用');
      this.tasks.expectStatus(task, ['open', 'returned'], '申请不适用');
      if (task.naRequestedAt !== null) throw new ConflictException('已申请不适用，正在等待政策法规股处理');
      Object.assign(task, { naReason: reason, naRequestedAt: this.clock.now(), naRequestedById: caller.id });
      return this.tasks.move(task, 'naRequest', task.status, reason);
    });
  }

  async accept(caller: AuthUser, id: number): Promise<Task> {
    let requesterId: number | null = null;
    const task = await this.tasks.transition(caller, id, async (_m, task) => {
      requesterId = await this.decidable(caller, task);
      const reason = task.naReason ?? '';
      Object.assign(task, { completionNote: reason, naReason: null, naRequestedAt: null, naRequestedById: null });
      return this.tasks.move(task, 'naAccept', 'na', reason);
    });
    await this.events.emit('task.notApplicableDecided', { taskId: id, actorId: caller.id, requesterId, accepted: true, reason: task.completionNote ?? '' });
    return task;
  }

  async reject(caller: AuthUser, id: number, reason: string): Promise<Task> {
    let requesterId: number | null = null;
    const task = await this.tasks.transition(caller, id, async (_m, task) => {
      requesterId = await this.decidable(caller, task);
      Object.assign(task, { returnReason: reason, naReason: null, naRequestedAt: null, naRequestedById: null });
      return this.tasks.move(task, 'naReject', task.status, reason);
    });
    await this.events.emit('task.notApplicableDecided', { taskId: id, actorId: caller.id, requesterId, accepted: false, reason });
    return task;
  }

  /** The caller may decide and a request is pending; answers who asked. */
  private async decidable(caller: AuthUser, task: Task): Promise<number | null> {
    if (!(await this.tasks.decidesNotApplicable(caller, task))) {
      throw new ForbiddenException('只有政策法规股（不含本股室自己的任务）或局领导可以处理不适用申请');
    }
    if (task.naRequestedAt === null) throw new ConflictException('此任务没有待处理的不适用申请');
    return task.naRequestedById;
  }
}
