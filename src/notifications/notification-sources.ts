import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents, type DomainEventMap } from '../common/domain-events';
import { OrgDirectory } from '../org/org-directory.service';
import type { Task } from '../tasks/task.entity';
import { TaskStore } from '../tasks/task-store.service';
import type { NotificationKind } from './notification.entity';
import { NewNotification, NotificationsService } from './notifications.service';

/**
 * Turns the tasks module's events (return, acceptance, assignment, re-dating) into notifications
 * for the people who act on the task. The reminder run and urges write theirs directly, linked to
 * the e-mail that carries them.
 */
@Injectable()
export class NotificationSources implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly notifications: NotificationsService,
    private readonly tasks: TaskStore,
    private readonly org: OrgDirectory,
  ) {}

  onModuleInit(): void {
    this.events.on('task.returned', (e) => this.reviewed('returned', e, (actor, task) => `${actor} 退回了任务：${task.returnReason ?? ''}`));
    this.events.on('task.accepted', (e) => this.reviewed('accepted', e, (actor) => `${actor} 审核通过了任务`));
    this.events.on('task.assigned', (e) => this.assigned(e));
    this.events.on('tasks.redated', (e) => this.redated(e));
    this.events.on('task.notApplicableDecided', (e) => this.notApplicableDecided(e));
  }

  private async reviewed(kind: NotificationKind, { taskId, actorId }: DomainEventMap['task.returned'], text: (actor: string, task: Task) => string) {
    const task = await this.tasks.findById(taskId);
    if (!task) return;
    const actor = (await this.org.userNames([actorId])).get(actorId) ?? '审核人';
    const people = (await this.peopleOf(task)).filter((id) => id !== actorId);
    await this.notifications.notify(people.map((recipientId) => ({ ...about(task), recipientId, kind, text: text(actor, task), sourceKey: null })));
  }

  private async assigned({ taskId, actorId }: DomainEventMap['task.assigned']) {
    const task = await this.tasks.findById(taskId);
    if (!task?.assigneeId || task.assigneeId === actorId) return;
    const actor = (await this.org.userNames([actorId])).get(actorId) ?? '负责人';
    await this.notifications.notify([
      { ...about(task), recipientId: task.assigneeId, kind: 'assigned', text: `${actor} 指定您为此任务的经办人`, sourceKey: null },
    ]);
  }

  /** The requester of a 不适用 request learns the decision. */
  private async notApplicableDecided({ taskId, actorId, requesterId, accepted, reason }: DomainEventMap['task.notApplicableDecided']) {
    const task = await this.tasks.findById(taskId);
    if (!task || requesterId === null || requesterId === actorId) return;
    const actor = (await this.org.userNames([actorId])).get(actorId) ?? '政策法规股';
    const text = accepted ? `${actor} 同意了“不适用”申请` : `${actor} 未同意“不适用”申请：${reason}`;
    await this.notifications.notify([{ ...about(task), recipientId: requesterId, kind: accepted ? 'accepted' : 'returned', text, sourceKey: null }]);
  }

  /** A corrected holiday year moved due dates: the same change told twice is written once. */
  private async redated({ changes }: DomainEventMap['tasks.redated']) {
    const tasks = new Map((await this.tasks.findByIds(changes.map((c) => c.taskId))).map((t) => [t.id, t]));
    const rows: NewNotification[] = [];
    for (const change of changes) {
      const task = tasks.get(change.taskId);
      if (!task) continue;
      const text = `截止日期因节假日安排调整由 ${change.from ?? '待定'} 改为 ${change.to ?? '待定'}`;
      const sourceKey = `redated-${task.id}-${change.from ?? ''}-${change.to ?? ''}`;
      for (const recipientId of await this.peopleOf(task)) rows.push({ ...about(task), recipientId, kind: 'redated', text, sourceKey });
    }
    await this.notifications.notify(rows);
  }

  /** Who acts on a task: its department's heads (its staff when it has none) and its assignee. */
  private async peopleOf(task: Task): Promise<number[]> {
    const members = await this.org.members(task.departmentId, ['head', 'staff']);
    const heads = members.filter((m) => m.role === 'head');
    const people = (heads.length ? heads : members).map((m) => m.id);
    if (task.assigneeId !== null) people.push(task.assigneeId);
    return [...new Set(people)];
  }
}

const about = (task: Task) => ({ taskId: task.id, taskTitle: task.title });
