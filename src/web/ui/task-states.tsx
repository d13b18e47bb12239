import { useState } from 'preact/hooks';
import { api, ApiError } from './api';
import { Badge, Card, ErrorBox, Field, toast, useAction, valueOf } from './components';
import { today } from './format';
import type { TaskDetail, TaskSummary } from './types';

/** Can fall overdue: open or returned, not 补录, no 不适用 request pending (as the server's views). */
export const isAlertable = (t: Pick<TaskSummary, 'backfill' | 'naReason' | 'status'>): boolean =>
  (t.status === 'open' || t.status === 'returned') && !t.backfill && t.naReason === null;

/** 补录, 逾期完成 and a pending 不适用 request, wherever a task is shown. */
export function StateBadges({ t }: { t: Pick<TaskSummary, 'backfill' | 'late' | 'naReason' | 'status'> }) {
  return (
    <>
      {t.backfill && (t.status === 'open' || t.status === 'returned') && (
        <Badge tone="muted" title="截止日期早于计划启用日期：不计逾期、不发提醒，可按实际完成日期补录">
          补录
        </Badge>
      )}
      {t.late && (
        <Badge tone="warn" title="完成日期晚于截止日期">
          逾期完成
        </Badge>
      )}
      {t.naReason !== null && (
        <Badge tone="purple" title={`不适用理由：${t.naReason}`}>
          不适用申请中
        </Badge>
      )}
    </>
  );
}

/**
 * 不适用 on the task page: the department asks with a reason; 政策法规股 or a leader accepts or
 * refuses a pending request; an accepted one shows its reason.
 */
export function NotApplicableCard({ detail, reload }: { detail: TaskDetail; reload(): void }) {
  const { task, can } = detail;
  if (task.status === 'na') {
    return (
      <div class="alert alert-info" data-testid="na-state">
        <strong class="alert-title">不适用</strong>
        理由：{task.completionNote}
      </div>
    );
  }
  if (task.naRequestedAt !== null) {
    return (
      <Card title="不适用申请" class="card-accent">
        <div class="alert alert-info" data-testid="na-pending">
          <strong class="alert-title">已申请不适用，等待政策法规股处理</strong>
          理由：{task.naReason}
        </div>
        {can.decideNotApplicable && <NotApplicableDecision taskId={task.id} onDone={reload} />}
      </Card>
    );
  }
  return can.requestNotApplicable ? <NotApplicableRequest taskId={task.id} reload={reload} /> : null;
}

function NotApplicableRequest({ taskId, reload }: { taskId: number; reload(): void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, error, setError, run } = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!reason.trim()) {
      setError(new ApiError(400, '请说明本事项为何不适用'));
      return;
    }
    const ok = await run(() => api.post(`/tasks/${taskId}/not-applicable`, { reason: reason.trim() }).then(() => true));
    if (ok) {
      toast('已申请不适用，等待政策法规股处理');
      setOpen(false);
      reload();
    }
  };
  return (
    <Card title="不适用">
      {open ? (
        <form class="form" onSubmit={submit} aria-label="申请不适用">
          <Field label="不适用理由（必填）" hint="经政策法规股或局领导同意后生效；处理期间不计逾期" wide>
            <textarea class="input" name="naReason" rows={2} maxLength={5000} value={reason} onInput={(e) => setReason(valueOf(e))} />
          </Field>
          <ErrorBox error={error} />
          <div class="form-actions">
            <button class="btn btn-primary" type="submit" disabled={busy}>
              提交申请
            </button>
            <button class="btn btn-ghost" type="button" onClick={() => setOpen(false)}>
              取消
            </button>
          </div>
        </form>
      ) : (
        <>
          <p class="muted">本单位确无此项工作的，可说明理由申请不适用。</p>
          <button type="button" class="btn" onClick={() => setOpen(true)}>
            申请不适用…
          </button>
        </>
      )}
    </Card>
  );
}

/** Accept a pending 不适用 request, or refuse it with a reason (the review queue and the task page). */
export function NotApplicableDecision({ taskId, onDone }: { taskId: number; onDone(): void }) {
  const [reason, setReason] = useState('');
  const { busy, error, setError, run } = useAction();
  const act = async (accept: boolean) => {
    if (!accept && !reason.trim()) {
      setError(new ApiError(400, '不同意时必须填写理由'));
      return;
    }
    const call = accept
      ? api.post(`/tasks/${taskId}/not-applicable/accept`, {})
      : api.post(`/tasks/${taskId}/not-applicable/reject`, { reason: reason.trim() });
    if (await run(() => call.then(() => true))) {
      toast(accept ? '已同意，任务记为不适用' : '已不同意，任务退回承办单位');
      onDone();
    }
  };
  return (
    <div class="review-panel" data-testid="na-decision">
      <label class="field field-wide">
        <span class="field-label">不同意的理由</span>
        <textarea class="input" rows={2} maxLength={5000} value={reason} onInput={(e) => setReason(valueOf(e))} aria-label="不同意的理由" />
      </label>
      <ErrorBox error={error} />
      <div class="form-actions">
        <button type="button" class="btn btn-primary" disabled={busy} onClick={() => act(true)}>
          同意不适用
        </button>
        <button type="button" class="btn btn-danger" disabled={busy} onClick={() => act(false)}>
          不同意
        </button>
      </div>
    </div>
  );
}

/** The day the work was done (default today); a 补录 task may give any day of its year. */
export function DoneOnField({ task, value, onChange, error }: { task: TaskDetail['task']; value: string; onChange(v: string): void; error?: string }) {
  const max = today();
  const min = `${(task.dueOn ?? max).slice(0, 4)}-01-01`;
  const hint = task.backfill ? '补录事项：请填写工作实际完成的日期' : '默认今天；晚于截止日期的记为逾期完成';
  return (
    <Field label="完成日期" hint={hint} error={error}>
      <input class="input" type="date" name="doneOn" required min={min} max={max} value={value} onInput={(e) => onChange(valueOf(e))} />
    </Field>
  );
}

/** 启用日期 of a year's plan: items due before it are issued as 补录. Empty: the server's default. */
export function StartOnField({ year, value, onChange, error }: { year: string; value: string; onChange(v: string): void; error?: string }) {
  const valid = /^\d{4}$/.test(year);
  return (
    <Field label="启用日期" hint="此日期前到期的事项作为补录，不计逾期、不发提醒（不填：当年为今天，其他年度为1月1日）" error={error}>
      <input
        class="input"
        type="date"
        name="startOn"
        min={valid ? `${year}-01-01` : undefined}
        max={valid ? `${year}-12-31` : undefined}
        value={value}
        onInput={(e) => onChange(valueOf(e))}
      />
    </Field>
  );
}
