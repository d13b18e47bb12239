import { useState } from 'preact/hooks';
import { api } from './api';
import { Card, ErrorBox, Select, toast, useAction, useLoad, useSession } from './components';
import type { Page, Plan, TaskDetail, User } from './types';

/**
 * On the task page: the case the task belongs to (with its 撤销), and the head's choice of the
 * task's 经办人 among the department's active head and staff.
 */
export function TaskCaseCard({ detail, reload }: { detail: TaskDetail; reload(): void }) {
  const { me } = useSession();
  const { task } = detail;
  const plan = useLoad(() => api.get<Plan>(`/plans/${task.planId}`).catch(() => null), [task.planId]);
  const isCase = plan.data?.kind === 'event';
  const mayAssign = me.role === 'head' && me.departmentId === task.departmentId;
  if (!isCase && !mayAssign) return null;
  return (
    <Card title={isCase ? '所属事项' : '经办人'}>
      {isCase && plan.data && (
        <p>
          <a href={`#/cases/${plan.data.id}`} data-testid="task-case-link">
            {plan.data.reference} {plan.data.title}
          </a>
          {plan.data.cancelledAt && (
            <span class="text-danger" data-testid="task-case-cancelled">
              {' '}
              （已撤销：{plan.data.cancelReason}）
            </span>
          )}
        </p>
      )}
      {mayAssign ? <AssigneePicker detail={detail} reload={reload} /> : detail.assignee && <p>经办人：{detail.assignee.name}</p>}
    </Card>
  );
}

function AssigneePicker({ detail, reload }: { detail: TaskDetail; reload(): void }) {
  const { task } = detail;
  const people = useLoad(() => api.get<Page<User>>('/users', { departmentId: task.departmentId, status: 'active', pageSize: 100 }), [task.departmentId]);
  const [chosen, setChosen] = useState(detail.assignee ? String(detail.assignee.id) : '');
  const act = useAction();
  const save = async (value: string) => {
    setChosen(value);
    if (await act.run(() => api.patch(`/tasks/${task.id}/assignee`, { assigneeId: value ? Number(value) : null }))) {
      toast(value ? '已指定经办人' : '已取消经办人');
      reload();
    }
  };
  const workers = (people.data?.items ?? []).filter((u) => u.role === 'head' || u.role === 'staff');
  return (
    <label class="field">
      <span class="field-label">经办人</span>
      <Select value={chosen} onChange={save} label="经办人">
        <option value="">（未指定）</option>
        {workers.map((u) => (
          <option key={u.id} value={String(u.id)}>
            {u.name}
          </option>
        ))}
      </Select>
      <ErrorBox error={act.error} />
    </label>
  );
}
