import { useState } from 'preact/hooks';
import { Badge, DueChip, StatusBadge } from './components';
import { date } from './format';
import { ProgressText } from './target-panel';
import { isAlertable, StateBadges } from './task-states';
import type { TaskSummary } from './types';
import { UrgeForm } from './urge';

/** 催办 mark: an open task's latest urge, who and when ("已催办 · 张三 12-01"). */
export function UrgeMark({ t }: { t: Pick<TaskSummary, 'urgedAt' | 'urgedByName'> }) {
  if (!t.urgedAt) return null;
  return (
    <span class="badge badge-danger urge-mark" data-testid="urge-mark" title={`最近一次催办：${t.urgedByName ?? ''} ${date(t.urgedAt)}`}>
      已催办 · {t.urgedByName} {date(t.urgedAt).slice(5)}
    </span>
  );
}

/** One task in a list: title and period, work point, department, due date and state; 催办 for leaders. */
export function TaskRow({ t, showDept, canUrge, onChanged }: { t: TaskSummary; showDept: boolean; canUrge?: boolean; onChanged?: () => void }) {
  const [urging, setUrging] = useState(false);
  const overdue = isAlertable(t) && t.daysLeft !== null && t.daysLeft < 0;
  return (
    <li class={`task-row${overdue ? ' task-row-overdue' : ''}`} data-task-id={t.id}>
      <div class="task-main">
        <a class="task-title" href={`#/tasks/${t.id}`}>
          {t.title}
        </a>
        <div class="task-meta">
          {showDept && <span class="task-dept">{t.departmentName}</span>}
          <span class="chip">{t.workPointName}</span>
          {/* Event items are named by their case (文号、案号), annual ones by their period. */}
          <span>{/\d/.test(t.periodLabel) ? t.periodLabel : t.planTitle}</span>
          {t.supporting && <Badge tone="muted">配合</Badge>}
          {t.needsReview && t.status !== 'done' && <Badge tone="muted">需审核</Badge>}
          <UrgeMark t={t} />
        </div>
      </div>
      <div class="task-side">
        <span class="task-due" title="截止日期">
          {t.dueOn ?? '期限待定'}
        </span>
        <DueChip task={t} />
        <StateBadges t={t} />
        {t.status !== 'open' && <StatusBadge status={t.status} />}
        <ProgressText t={t} />
        {canUrge && t.status !== 'done' && !urging && (
          <button type="button" class="btn btn-urge btn-small" onClick={() => setUrging(true)}>
            催办
          </button>
        )}
      </div>
      {urging && (
        <div class="task-expand">
          <UrgeForm
            taskId={t.id}
            departmentName={t.departmentName}
            onCancel={() => setUrging(false)}
            onDone={() => {
              setUrging(false);
              onChanged?.();
            }}
          />
        </div>
      )}
    </li>
  );
}
