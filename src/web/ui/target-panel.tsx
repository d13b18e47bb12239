import { useState } from 'preact/hooks';
import { api } from './api';
import { Card, Empty, ErrorBox, Field, fieldErr, toast, useAction } from './components';
import { today } from './format';
import { SchoolProgress } from './coverage-panel';
import type { Activity, Task, TaskDetail } from './types';

/** Whether completing needs a shortfall reason (the server checks the same). */
export function belowTarget(task: Task): boolean {
  if (task.targetCount === null) return false;
  if (task.targetKind === 'count') return task.activityCount < task.targetCount;
  if (task.targetKind === 'percent') return task.percent === null || task.percent < task.targetCount;
  return false;
}

/** The short progress a task list shows: n/target activities, or the rate against its target. */
export function ProgressText({ t }: { t: Pick<Task, 'targetKind' | 'targetCount' | 'activityCount' | 'percent'> }) {
  if (t.targetCount === null) return null;
  const rate = t.targetKind === 'percent';
  const ok = rate ? t.percent !== null && t.percent >= t.targetCount : t.activityCount >= t.targetCount;
  return (
    <span class={`progress-text${ok ? ' ok' : ''}`}>{rate ? `进度 ${t.percent ?? '—'}%/${t.targetCount}%` : `进度 ${t.activityCount}/${t.targetCount}`}</span>
  );
}

/** What the shortfall hint says for the task's kind of target. */
export function shortfallHint(task: Task): string {
  return task.targetKind === 'percent'
    ? `当前 ${task.percent ?? '—'}%，目标 ${task.targetCount}${task.targetUnit}，未达到目标，请说明原因`
    : `已记录 ${task.activityCount}/${task.targetCount} ${task.targetUnit}，未达到目标数量，请说明原因`;
}

/** The task's target by kind: activities towards a count, the two numbers of a rate, or a school's coverage item. */
export function TargetPanel({ detail, reload }: { detail: TaskDetail; reload(): void }) {
  const { task } = detail;
  const followsSchools = task.leadTaskId !== null && task.leadDepartmentId === null;
  if (task.targetKind === 'count') return <CountCard detail={detail} reload={reload} />;
  if (task.targetKind === 'percent') return <PercentCard detail={detail} reload={reload} />;
  if (task.targetKind === 'perSchool' || followsSchools) {
    return (
      <Card title="学校覆盖率">
        {task.targetKind === 'perSchool' && <p data-testid="per-school-note">本校完成即可，覆盖率由教育局汇总</p>}
        <SchoolProgress taskId={task.id} />
      </Card>
    );
  }
  return null;
}

function Progress({ value, target, label }: { value: number; target: number; label: string }) {
  const pct = target ? Math.min(100, Math.round((value / target) * 100)) : 0;
  return (
    <div class="bar bar-lg" role="progressbar" aria-valuemin={0} aria-valuemax={target} aria-valuenow={value} aria-label={label}>
      <div class={`bar-fill${value >= target ? ' bar-ok' : ''}`} style={{ width: `${pct}%` }} />
    </div>
  );
}

function PercentCard({ detail, reload }: { detail: TaskDetail; reload(): void }) {
  const { task, can } = detail;
  const target = task.targetCount ?? 0;
  const [form, setForm] = useState({ numerator: String(task.numerator ?? ''), denominator: String(task.denominator ?? '') });
  const { busy, error, run } = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = { numerator: Number(form.numerator), denominator: Number(form.denominator) };
    if (await run(() => api.put(`/tasks/${task.id}/measure`, body).then(() => true))) {
      toast('已保存');
      reload();
    }
  };
  const set = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });
  return (
    <Card title="目标进度">
      <div class="target">
        <div class="target-num" data-testid="target-progress">
          <b>{task.percent === null ? '—' : `${task.percent}%`}</b> / 目标 {target}
          {task.targetUnit}
        </div>
        <Progress value={task.percent ?? 0} target={target} label="目标进度" />
        <div class="muted">
          {task.numerator === null
            ? `尚未填写${task.numeratorLabel}和${task.denominatorLabel}`
            : `${task.numeratorLabel} ${task.numerator} / ${task.denominatorLabel} ${task.denominator}`}
        </div>
      </div>
      {can.work && (
        <form class="form form-grid" onSubmit={submit} aria-label="填写完成比率">
          <Field label={task.numeratorLabel || '分子'} error={fieldErr(error, 'numerator')}>
            <input class="input" type="number" min={0} step={1} required value={form.numerator} onInput={set('numerator')} />
          </Field>
          <Field label={task.denominatorLabel || '分母'} error={fieldErr(error, 'denominator')}>
            <input class="input" type="number" min={1} step={1} required value={form.denominator} onInput={set('denominator')} />
          </Field>
          <div class="field-wide">
            <ErrorBox error={error} />
            <div class="form-actions">
              <button class="btn btn-primary" type="submit" disabled={busy}>
                {busy ? '正在保存…' : '保存'}
              </button>
              <span class="muted">请同时上传佐证材料（名单、台账等）</span>
            </div>
          </div>
        </form>
      )}
    </Card>
  );
}

function CountCard({ detail, reload }: { detail: TaskDetail; reload(): void }) {
  const { task, can } = detail;
  const target = task.targetCount ?? 0;
  const n = task.activityCount;
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ occurredOn: today(), title: '', participants: '', note: '' });
  const { busy, error, run } = useAction();
  const set = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    const body = {
      occurredOn: form.occurredOn,
      title: form.title.trim(),
      ...(form.participants.trim() ? { participants: form.participants.trim() } : {}),
      ...(form.note.trim() ? { note: form.note.trim() } : {}),
    };
    const ok = await run(() => api.post(`/tasks/${task.id}/activities`, body).then(() => true));
    if (ok) {
      toast('已记录一次活动');
      setForm({ occurredOn: today(), title: '', participants: '', note: '' });
      setOpen(false);
      reload();
    }
  };

  return (
    <Card title="目标进度">
      <div class="target">
        <div class="target-num" data-testid="target-progress">
          <b>{n}</b>/{target} {task.targetUnit}
        </div>
        <Progress value={n} target={target} label="目标进度" />
        <div class="muted">{n >= target ? '已达到目标数量' : `还差 ${target - n} ${task.targetUnit}`}</div>
      </div>
      {detail.activities.length > 0 ? (
        <ul class="activity-list">
          {detail.activities.map((a) => (
            <ActivityRow key={a.id} a={a} taskId={task.id} canWithdraw={can.work} reload={reload} />
          ))}
        </ul>
      ) : (
        <Empty>还没有记录活动</Empty>
      )}
      {can.work &&
        (open ? (
          <form class="form form-grid" onSubmit={submit} aria-label="记录活动">
            <Field label="活动日期" hint="须在本任务的期间内，且不晚于今天" error={fieldErr(error, 'occurredOn')}>
              <input class="input" type="date" required value={form.occurredOn} max={today()} onInput={set('occurredOn')} />
            </Field>
            <Field label="活动名称" error={fieldErr(error, 'title')}>
              <input class="input" required maxLength={200} placeholder="如：党组会会前学法：学习《行政复议法》" value={form.title} onInput={set('title')} />
            </Field>
            <Field label="参加人员" wide>
              <input class="input" maxLength={2000} value={form.participants} onInput={set('participants')} />
            </Field>
            <Field label="备注" wide>
              <textarea class="input" rows={2} maxLength={5000} value={form.note} onInput={set('note')} />
            </Field>
            <div class="field-wide">
              <ErrorBox error={error} />
              <div class="form-actions">
                <button class="btn btn-primary" type="submit" disabled={busy}>
                  {busy ? '正在保存…' : '保存活动'}
                </button>
                <button class="btn btn-ghost" type="button" onClick={() => setOpen(false)}>
                  取消
                </button>
              </div>
            </div>
          </form>
        ) : (
          <button type="button" class="btn" onClick={() => setOpen(true)}>
            ＋ 记录一次活动
          </button>
        ))}
    </Card>
  );
}

/** One activity; a withdrawn one stays listed as 已撤回 with its reason. */
function ActivityRow({ a, taskId, canWithdraw, reload }: { a: Activity; taskId: number; canWithdraw: boolean; reload(): void }) {
  const { busy, error, run } = useAction();
  const withdraw = async () => {
    const reason = window.prompt('撤回理由（必填）：撤回后该活动不再计入目标，记录保留')?.trim();
    if (!reason) return;
    if (await run(() => api.post(`/tasks/${taskId}/activities/${a.id}/withdraw`, { reason }).then(() => true))) {
      toast('已撤回');
      reload();
    }
  };
  return (
    <li class={a.withdrawnAt ? 'activity-withdrawn' : undefined}>
      <span class="activity-date">{a.occurredOn}</span>
      <div>
        <div>
          {a.withdrawnAt ? <s>{a.title}</s> : a.title}
          {a.withdrawnAt && <span class="badge"> 已撤回</span>}
        </div>
        {a.participants && <div class="muted">参加人员：{a.participants}</div>}
        {a.note && <div class="muted">{a.note}</div>}
        {a.withdrawReason && <div class="muted">撤回理由：{a.withdrawReason}</div>}
        <ErrorBox error={error} />
      </div>
      {canWithdraw && !a.withdrawnAt && (
        <button type="button" class="btn btn-ghost btn-small" disabled={busy} onClick={withdraw}>
          撤回
        </button>
      )}
    </li>
  );
}
