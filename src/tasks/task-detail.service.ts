import { Injectable, Optional } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import { OrgDirectory } from '../org/org-directory.service';
import { TaskDetail, TaskRef } from './dto/task-detail.view';
import { ActivityView, TaskView, TransitionView, UrgeView } from './dto/task-records.view';
import { canReopen, canReview, canWorkOn, followsSchools } from './task-access';
import { TaskQueriesService } from './task-queries.service';
import { isUnfinished, type Task } from './task.entity';
import { OfficerCheck, TaskEvidence } from './task-ports';
import { TaskStore } from './task-store.service';
import { TasksService } from './tasks.service';

/** Everything the task page shows: the task, its gates, supporting tasks, history and evidence. */
@Injectable()
export class TaskDetailService {
  constructor(
    private readonly repository: TaskStore,
    private readonly tasks: TasksService,
    private readonly queries: TaskQueriesService,
    private readonly org: OrgDirectory,
    private readonly evidenceFiles: TaskEvidence,
    // Absent when the app is assembled without the certificate register (service tests).
    @Optional() private readonly officerCheck?: OfficerCheck,
  ) {}

  async detail(caller: AuthUser, id: number): Promise<TaskDetail> {
    const task = await this.tasks.readable(caller, id);
    const [gates, supporting, lead, { history, activities, urges }, evidence, officers] = await Promise.all([
      this.repository.findByIds(task.gateTaskIds),
      task.leadTaskId === null ? this.repository.supportingOf(id) : Promise.resolve([]),
      task.leadTaskId !== null && !followsSchools(task) ? this.repository.findById(task.leadTaskId) : Promise.resolve(null),
      this.repository.records(id),
      this.evidenceFiles.filesOf(id),
      this.officerCheck?.officersOf(task) ?? { required: 0, officers: [] },
    ]);
    const related = [...gates, ...supporting, ...(lead ? [lead] : [])];
    const departments = await this.org.departmentNames(related.map((t) => t.departmentId));
    const users = await this.org.userNames([
      task.assigneeId,
      ...history.map((h) => h.userId),
      ...evidence.map((e) => e.uploadedById),
      ...urges.map((u) => u.leaderId),
    ]);
    const ref = (t: Task): TaskRef => ({ id: t.id, title: t.title, status: t.status, departmentName: departments.get(t.departmentId) ?? '' });
    const [[summary], decidesNa] = await Promise.all([this.queries.summaries([task]), this.tasks.decidesNotApplicable(caller, task)]);
    const pendingNa = task.naRequestedAt !== null;
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
      officers,
      can: {
        work: (await this.tasks.mayWorkOn(caller, task)) && isUnfinished(task.status) && !pendingNa,
        review: canReview(caller, task) && task.status === 'submitted',
        reopen: task.status === 'na' ? decidesNa : canReopen(caller, task) && (task.status === 'done' || task.status === 'submitted'),
        requestNotApplicable: canWorkOn(caller, task) && (task.status === 'open' || task.status === 'returned') && !pendingNa,
        decideNotApplicable: decidesNa && pendingNa,
        urge: caller.role === 'leader' && isUnfinished(task.status),
      },
    };
  }
}
