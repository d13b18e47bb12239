import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { EvidenceFile } from '../evidence/evidence-file.entity';
import { Department } from '../org/department.entity';
import { User } from '../org/user.entity';
import { Activity } from './activity.entity';
import { TaskDetail, TaskRef } from './dto/task-detail.view';
import { ActivityView, TaskView, TransitionView, UrgeView } from './dto/task-records.view';
import { canReopen, canReview, canWorkOn } from './task-access';
import { TaskQueriesService } from './task-queries.service';
import { Task } from './task.entity';
import { TaskTransition } from './task-transition.entity';
import { TasksService } from './tasks.service';
import { Urge } from './urge.entity';

/** Everything the task page shows: the task, its gates, supporting tasks, history and evidence. */
@Injectable()
export class TaskDetailService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tasks: TasksService,
    private readonly queries: TaskQueriesService,
  ) {}

  async detail(caller: AuthUser, id: number): Promise<TaskDetail> {
    const task = await this.tasks.readable(caller, id);
    const m = this.dataSource.manager;
    const [gates, supporting, lead, history, activities, evidence, urges] = await Promise.all([
      task.gateTaskIds.length ? m.find(Task, { where: { id: In(task.gateTaskIds) } }) : Promise.resolve([]),
      task.leadTaskId === null ? m.find(Task, { where: { leadTaskId: id }, order: { id: 'ASC' } }) : Promise.resolve([]),
      task.leadTaskId !== null ? m.findOneBy(Task, { id: task.leadTaskId }) : Promise.resolve(null),
      m.find(TaskTransition, { where: { taskId: id }, order: { id: 'ASC' } }),
      m.find(Activity, { where: { taskId: id }, order: { occurredOn: 'ASC', id: 'ASC' } }),
      m.find(EvidenceFile, { where: { taskId: id }, order: { id: 'ASC' } }),
      m.find(Urge, { where: { taskId: id }, order: { id: 'ASC' } }),
    ]);
    const related = [...gates, ...supporting, ...(lead ? [lead] : [])];
    const departments = await this.departmentNames(related.map((t) => t.departmentId));
    const users = await this.userNames([
      task.assigneeId,
      ...history.map((h) => h.userId),
      ...evidence.map((e) => e.uploadedById),
      ...urges.map((u) => u.leaderId),
    ]);
    const ref = (t: Task): TaskRef => ({ id: t.id, title: t.title, status: t.status, departmentName: departments.get(t.departmentId) ?? '' });
    const [summary] = await this.queries.summaries([task]);
    return {
      task: TaskView.of(task),
      summary,
      assignee: task.assigneeId ? { id: task.assigneeId, name: users.get(task.assigneeId) ?? '' } : null,
      gates: gates.map(ref),
      supportingTasks: supporting.map(ref),
      leadTask: lead ? ref(lead) : null,
      history: history.map((h) => TransitionView.of(h, users.get(h.userId ?? 0) ?? '系统')),
      activities: activities.map(ActivityView.of),
      evidence: evidence.map((e) => ({
        id: e.id,
        fileName: e.fileName,
        mimeType: e.mimeType,
        size: e.size,
        sha256: e.sha256,
        effectiveOn: e.effectiveOn,
        activityId: e.activityId,
        uploadedAt: e.uploadedAt,
        uploadedByName: users.get(e.uploadedById) ?? '',
      })),
      urges: urges.map((u) => ({ ...UrgeView.of(u), leaderName: users.get(u.leaderId) ?? '' })),
      can: {
        work: canWorkOn(caller, task) && task.status !== 'done',
        review: canReview(caller, task) && task.status === 'submitted',
        reopen: canReopen(caller, task) && (task.status === 'done' || task.status === 'submitted'),
        urge: caller.role === 'leader' && task.status !== 'done',
      },
    };
  }

  private async departmentNames(ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.getRepository(Department).find({ where: { id: In([...new Set(ids)]) } });
    return new Map(rows.map((d) => [d.id, d.name]));
  }

  private async userNames(ids: (number | null)[]): Promise<Map<number, string>> {
    const unique = [...new Set(ids.filter((i): i is number => i !== null))];
    if (!unique.length) return new Map();
    const rows = await this.dataSource.getRepository(User).find({ where: { id: In(unique) } });
    return new Map(rows.map((u) => [u.id, u.name]));
  }
}
