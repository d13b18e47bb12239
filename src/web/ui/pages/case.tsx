import { useState } from 'preact/hooks';
import { api } from '../api';
import { Async, Badge, Card, ErrorBox, Field, fieldErr, PrintButton, StatusBadge, toast, useAction, useLoad, usePageTitle, valueOf } from '../components';
import { date, dateTime } from '../format';
import type { CaseStep, CaseView, Template } from '../types';
import { PlanStateBadge } from './cases';

/** The case page (`#/cases/:id`): its header, anchor dates, the timeline of its steps, corrections and 撤销. */
export function CasePage({ id }: { id: string }) {
  const state = useLoad(() => api.get<CaseView>(`/plans/${id}/steps`), [id]);
  return <Async state={state}>{(view) => <CaseBody view={view} reload={state.reload} />}</Async>;
}

function CaseBody({ view, reload }: { view: CaseView; reload(): void }) {
  const { plan } = view;
  usePageTitle(plan.title);
  const template = useLoad(() => (plan.templateId === null ? Promise.resolve(null) : api.get<Template>(`/templates/${plan.templateId}`)), [plan.templateId]);
  return (
    <article data-testid="case-page">
      <a class="back" href="#/cases">
        ← 事项列表
      </a>
      <header class="task-head">
        <div class="task-head-badges">
          <PlanStateBadge state={plan.state} />
          <Badge tone="muted">{view.templateName}</Badge>
          <PrintButton />
        </div>
        <h1 class="page-title">{plan.title}</h1>
        <dl class="meta-grid">
          <div>
            <dt>文号 / 案号</dt>
            <dd>{plan.reference}</dd>
          </div>
          <div>
            <dt>登记</dt>
            <dd>
              {view.registrarDepartmentName || '管理员代登记'} · {view.registrarName} · {date(plan.createdAt)}
            </dd>
          </div>
          {view.adviserName !== null && (
            <div>
              <dt>法律顾问</dt>
              <dd>{view.adviserName}</dd>
            </div>
          )}
        </dl>
      </header>
      {plan.cancelledAt && (
        <div class="alert alert-warn" data-testid="case-cancelled">
          <strong class="alert-title">
            已撤销（{view.cancelledByName}，{dateTime(plan.cancelledAt)}）
          </strong>
          撤销理由：{plan.cancelReason}
        </div>
      )}
      <Card title="事件日期">{template.data && <AnchorsForm view={view} template={template.data} reload={reload} />}</Card>
      <Card title={`办理步骤（${view.steps.length}）`}>
        <ol class="timeline" data-testid="case-steps">
          {view.steps.map((s) => (
            <StepItem key={s.taskId} step={s} />
          ))}
        </ol>
      </Card>
      {view.can.cancel && <CancelCase planId={plan.id} reload={reload} />}
    </article>
  );
}

function StepItem({ step }: { step: CaseStep }) {
  return (
    <li class={step.status === 'done' ? 'tl-complete' : ''} data-testid="case-step">
      <div class="tl-head">
        <a href={`#/tasks/${step.taskId}`}>{step.title}</a>
        <StatusBadge status={step.status} />
        {step.supporting && <Badge tone="muted">配合</Badge>}
      </div>
      <div class="muted small">
        {step.departmentName}
        {step.assigneeName ? ` · 经办人 ${step.assigneeName}` : ''} · 截止 {step.dueOn ?? step.dueNote ?? '待定'}
        {step.scheduleText ? `（${step.scheduleText}）` : ''}
        {step.completedAt ? ` · 完成于 ${date(step.completedAt)}` : ''}
      </div>
      {step.gates.length > 0 && (
        <div class="small">
          须先完成：
          {step.gates.map((g) => (
            <Badge key={g.taskId} tone={g.satisfied ? 'ok' : 'warn'}>
              {g.title}
              {g.satisfied ? ' ✓' : ''}
            </Badge>
          ))}
        </div>
      )}
    </li>
  );
}

/** Dates of the case: empty ones can be filled in; changing one already set asks for a reason. */
function AnchorsForm({ view, template, reload }: { view: CaseView; template: Template; reload(): void }) {
  const saved = view.plan.anchors;
  const [anchors, setAnchors] = useState<Record<string, string>>(saved);
  const [reason, setReason] = useState('');
  const act = useAction();
  const changed = template.anchors.filter((a) => (anchors[a.key] ?? '') !== (saved[a.key] ?? '') && anchors[a.key]);
  const correcting = changed.some((a) => saved[a.key]);
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = { anchors: Object.fromEntries(changed.map((a) => [a.key, anchors[a.key]])), ...(correcting ? { reason: reason.trim() } : {}) };
    if (await act.run(() => api.patch(`/plans/${view.plan.id}/anchors`, body))) {
      toast(correcting ? '日期已更正，相关任务的期限已调整' : '日期已填写');
      setReason('');
      reload();
    }
  };
  return (
    <form onSubmit={submit} aria-label="事件日期">
      <div class="form-grid">
        {template.anchors.map((a) => (
          <Field key={a.key} label={a.label} hint={saved[a.key] ? undefined : a.required ? '必填' : '尚未填写'} error={fieldErr(act.error, `anchors.${a.key}`)}>
            <input
              class="input"
              type="date"
              name={`anchor-${a.key}`}
              disabled={!view.can.editAnchors}
              value={anchors[a.key] ?? ''}
              onInput={(e) => setAnchors({ ...anchors, [a.key]: valueOf(e) })}
            />
          </Field>
        ))}
        {correcting && (
          <Field label="更正理由（必填）" error={fieldErr(act.error, 'reason')} wide>
            <textarea class="input" name="reason" rows={2} maxLength={500} value={reason} onInput={(e) => setReason(valueOf(e))} />
          </Field>
        )}
      </div>
      <ErrorBox error={act.error} />
      {view.can.editAnchors && (
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" disabled={act.busy || !changed.length} data-testid="save-anchors">
            {correcting ? '更正日期' : '保存日期'}
          </button>
        </div>
      )}
    </form>
  );
}

function CancelCase({ planId, reload }: { planId: number; reload(): void }) {
  const [reason, setReason] = useState('');
  const act = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!window.confirm('撤销后，本事项未完成的任务都将关闭为“已撤销”，不能恢复。确定撤销？')) return;
    if (await act.run(() => api.post(`/plans/${planId}/cancel`, { reason: reason.trim() }))) {
      toast('事项已撤销');
      reload();
    }
  };
  return (
    <Card title="撤销事项">
      <form onSubmit={submit} aria-label="撤销事项">
        <Field label="撤销理由（必填）" error={fieldErr(act.error, 'reason')} wide>
          <textarea class="input" name="cancelReason" rows={2} required maxLength={500} value={reason} onInput={(e) => setReason(valueOf(e))} />
        </Field>
        <ErrorBox error={act.error} />
        <div class="form-actions">
          <button type="submit" class="btn btn-danger" disabled={act.busy} data-testid="cancel-case">
            撤销事项
          </button>
        </div>
      </form>
    </Card>
  );
}
