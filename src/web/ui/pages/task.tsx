import { useState } from 'preact/hooks';
import { api, ApiError } from '../api';
import { AnnualReportLink } from './annual-report';
import { TaskCaseCard } from '../case-task';
import {
  Badge,
  Card,
  DueChip,
  Empty,
  ErrorBox,
  Field,
  fieldErr,
  Loading,
  PrintButton,
  StatusBadge,
  toast,
  useAction,
  useLoad,
  usePageTitle,
  useSession,
  valueOf,
} from '../components';
import { ACTION_NAMES, date, dateTime, fileSize, today } from '../format';
import { ReviewPanel } from '../review-panel';
import { canGoBack } from '../router';
import { DoneOnField, isAlertable, NotApplicableCard, StateBadges } from '../task-states';
import { UrgeMark } from '../tasklist';
import type { TaskDetail, TaskRef } from '../types';
import { MinimumPeriod } from '../minimum-period';
import { belowTarget, shortfallHint, TargetPanel } from '../target-panel';
import { EvidenceUpload } from '../upload';
import { UrgeButton } from '../urge';
import { OfficerPicker, RecordedOfficers } from './registers/task-officers';

/** One task: what to do and why, its gates, progress, evidence, and the actions the user may take. */
export function TaskPage({ id }: { id: string }) {
  const valid = /^\d+$/.test(id);
  const state = useLoad<TaskDetail>(
    () => (valid ? api.get<TaskDetail>(`/tasks/${id}`) : Promise.reject(new ApiError(404, `任务 ${id} 不存在或无权查看`))),
    [id],
  );
  usePageTitle(state.data?.task.title ?? '任务');

  if (state.data === undefined || (state.error && state.error.status === 404)) {
    if (state.error) {
      const missing = state.error.status === 404 || state.error.status === 403;
      return (
        <div class="notice-page" data-testid="task-error">
          <h1>{missing ? '无法查看此任务' : '加载失败'}</h1>
          <ErrorBox error={state.error} onRetry={missing ? undefined : state.reload} />
          <BackLink />
        </div>
      );
    }
    return <Loading />;
  }
  return <TaskView detail={state.data} reload={state.reload} />;
}

function BackLink() {
  return (
    <a
      class="back"
      href="#/tasks"
      onClick={(e) => {
        if (canGoBack()) {
          e.preventDefault();
          history.back();
        }
      }}
    >
      ← 返回
    </a>
  );
}

function TaskView({ detail, reload }: { detail: TaskDetail; reload(): void }) {
  const { deptName } = useSession();
  const { task, summary, can } = detail;
  const lastReturn = [...detail.history].reverse().find((h) => h.action === 'return' || h.action === 'reopen');
  const openGates = detail.gates.filter((g) => g.status !== 'done');

  return (
    <article class="task-page" data-testid="task-page">
      <BackLink />
      <header class="task-head">
        <div class="task-head-badges">
          <StatusBadge status={task.status} />
          <DueChip task={summary} />
          <StateBadges t={summary} />
          {summary.supporting && <Badge tone="muted">配合任务</Badge>}
          {task.needsReview && <Badge tone="muted">需{deptName(task.reviewerDepartmentId) || '审核'}审核</Badge>}
          <UrgeMark t={summary} />
          <PrintButton />
        </div>
        <h1 class="page-title">{task.title}</h1>
        <AnnualReportLink task={task} />
        <dl class="meta-grid">
          <div>
            <dt>承办单位</dt>
            <dd>{summary.departmentName}</dd>
          </div>
          <div>
            <dt>截止日期</dt>
            <dd class={summary.daysLeft !== null && summary.daysLeft < 0 && isAlertable(summary) ? 'text-danger' : ''}>
              {task.dueOn ?? <span class="muted">{task.dueNote || '期限待定'}</span>}
            </dd>
          </div>
          <div>
            <dt>时限要求</dt>
            <dd>{task.scheduleText || '—'}</dd>
          </div>
          <MinimumPeriod task={task} />
          <div>
            <dt>工作要点</dt>
            <dd>
              <a href={`#/tasks?wp=${summary.workPointId}`}>{summary.workPointName}</a>
            </dd>
          </div>
          <div>
            <dt>计划</dt>
            <dd>{summary.planTitle}</dd>
          </div>
          <div>
            <dt>期次</dt>
            <dd>{task.periodLabel}</dd>
          </div>
        </dl>
      </header>

      {task.status === 'returned' && (
        <div class="alert alert-danger" data-testid="return-reason">
          <strong class="alert-title">已退回{lastReturn ? `（${lastReturn.userName}，${dateTime(lastReturn.at)}）` : ''}</strong>
          退回理由：{task.returnReason}
          <div class="alert-foot">请按理由补充或修改后重新提交。</div>
        </div>
      )}
      {task.status === 'open' && task.returnReason && lastReturn?.action === 'reopen' && (
        <div class="alert alert-warn">
          <strong class="alert-title">已重新打开{lastReturn ? `（${lastReturn.userName}，${dateTime(lastReturn.at)}）` : ''}</strong>
          理由：{task.returnReason}
        </div>
      )}
      {task.status === 'submitted' && (
        <div class="alert alert-info">
          <strong class="alert-title">已提交审核</strong>
          等待{deptName(task.reviewerDepartmentId) || '审核人'}审核。
        </div>
      )}
      {task.status === 'done' && (
        <div class="alert alert-ok">
          <strong class="alert-title">已完成{task.doneOn ? `（${task.doneOn}）` : task.completedAt ? `（${date(task.completedAt)}）` : ''}</strong>
          {task.completionNote && <div>完成情况：{task.completionNote}</div>}
          {task.shortfallReason && <div>未达标说明：{task.shortfallReason}</div>}
          <RecordedOfficers officers={detail.officers} />
        </div>
      )}

      <div class="task-columns">
        <div class="task-col-main">
          <Card title="事项说明">
            <div class="prose">
              {task.description ? <p>{task.description}</p> : <p class="muted">无说明</p>}
              <h3>依据</h3>
              <p>{task.basis || <span class="muted">—</span>}</p>
              <h3>佐证材料要求</h3>
              <p>{task.evidenceHint || <span class="muted">—</span>}</p>
            </div>
          </Card>

          {(detail.gates.length > 0 || detail.leadTask || detail.supportingTasks.length > 0) && (
            <Card title="关联事项">
              {detail.gates.length > 0 && (
                <>
                  <h3 class="sub-title">前置事项（须先完成）</h3>
                  <RefList refs={detail.gates} />
                </>
              )}
              {detail.leadTask && (
                <>
                  <h3 class="sub-title">牵头任务</h3>
                  <RefList refs={[detail.leadTask]} />
                </>
              )}
              {detail.supportingTasks.length > 0 && (
                <>
                  <h3 class="sub-title">配合单位的任务</h3>
                  <RefList refs={detail.supportingTasks} />
                </>
              )}
            </Card>
          )}

          <TargetPanel detail={detail} reload={reload} />

          <Card title={`佐证材料（${detail.evidence.length}）`}>
            {detail.evidence.length ? (
              <ul class="file-list">
                {detail.evidence.map((f) => (
                  <li key={f.id}>
                    <a href={`/evidence/${f.id}`} download={f.fileName} class="file-name">
                      {f.fileName}
                    </a>
                    <span class="file-meta">
                      {fileSize(f.size)} · 材料日期 {f.effectiveOn} · {f.uploadedByName} 上传于 {dateTime(f.uploadedAt)}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <Empty>还没有上传佐证材料</Empty>
            )}
            {can.work && <EvidenceUpload taskId={task.id} onUploaded={reload} />}
          </Card>

          {can.work && (task.status === 'open' || task.status === 'returned') && <CompleteCard detail={detail} openGates={openGates} reload={reload} />}
          <NotApplicableCard detail={detail} reload={reload} />
          {can.review && (
            <Card title="审核" class="card-accent">
              <ReviewPanel taskId={task.id} onDone={reload} />
            </Card>
          )}
        </div>

        <aside class="task-col-side">
          {(can.urge || detail.urges.length > 0) && (
            <Card title={`催办（${detail.urges.length}）`}>
              {detail.urges.length > 0 && (
                <ul class="urge-list">
                  {detail.urges.map((u) => (
                    <li key={u.id}>
                      <div class="urge-head">
                        <b>{u.leaderName}</b> <span class="muted">{dateTime(u.createdAt)}</span>
                      </div>
                      <div>{u.message}</div>
                    </li>
                  ))}
                </ul>
              )}
              {can.urge && <UrgeButton taskId={task.id} departmentName={summary.departmentName} onDone={reload} />}
            </Card>
          )}
          <TaskCaseCard detail={detail} reload={reload} />
          {can.reopen && <ReopenCard taskId={task.id} withdraw={task.status === 'submitted'} reload={reload} />}
          <Card title="办理记录">
            {detail.history.length ? (
              <ol class="timeline">
                {[...detail.history].reverse().map((h) => (
                  <li key={h.id} class={`tl-${h.action}`}>
                    <div class="tl-head">
                      <b>{ACTION_NAMES[h.action] ?? h.action}</b>
                      <span class="muted">
                        {h.userName} · {dateTime(h.at)}
                      </span>
                    </div>
                    {h.note && <div class="tl-note">{h.note}</div>}
                  </li>
                ))}
              </ol>
            ) : (
              <Empty>尚无办理记录</Empty>
            )}
          </Card>
        </aside>
      </div>
    </article>
  );
}

function RefList({ refs }: { refs: TaskRef[] }) {
  return (
    <ul class="ref-list">
      {refs.map((r) => (
        <li key={r.id}>
          <a href={`#/tasks/${r.id}`}>{r.title}</a>
          <span class="muted">{r.departmentName}</span>
          <StatusBadge status={r.status} />
        </li>
      ))}
    </ul>
  );
}

function CompleteCard({ detail, openGates, reload }: { detail: TaskDetail; openGates: TaskRef[]; reload(): void }) {
  const { task } = detail;
  const [note, setNote] = useState('');
  const [shortfall, setShortfall] = useState('');
  const [doneOn, setDoneOn] = useState(today());
  const [officers, setOfficers] = useState<number[]>([]);
  const { busy, error, setError, run } = useAction();
  const below = belowTarget(task);
  const verb = task.needsReview ? '提交审核' : '办结';

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!note.trim()) {
      setError(new ApiError(400, '请填写完成情况'));
      return;
    }
    const body = {
      note: note.trim(),
      doneOn,
      ...(below && shortfall.trim() ? { shortfallReason: shortfall.trim() } : {}),
      ...(detail.officers.required ? { officerCertificateIds: officers } : {}),
    };
    const ok = await run(() => api.post(`/tasks/${task.id}/complete`, body).then(() => true));
    if (ok) {
      toast(task.needsReview ? '已提交审核' : '已办结');
      setNote('');
      setShortfall('');
      reload();
    }
  };

  return (
    <Card title={task.needsReview ? '完成并提交审核' : '办结'} class="card-accent" id="complete">
      {openGates.length > 0 && (
        <div class="alert alert-warn">
          前置事项尚未完成，暂不能{verb}：{openGates.map((g) => g.title).join('、')}
        </div>
      )}
      <form class="form" onSubmit={submit} aria-label={verb}>
        <Field label="完成情况（必填）" hint="写明做了什么、何时完成、材料在哪里" error={fieldErr(error, 'note')} wide>
          <textarea class="input" name="note" rows={3} maxLength={5000} value={note} onInput={(e) => setNote(valueOf(e))} />
        </Field>
        <DoneOnField task={task} value={doneOn} onChange={setDoneOn} error={fieldErr(error, 'doneOn')} />
        {detail.officers.required > 0 && (
          <OfficerPicker
            required={detail.officers.required}
            on={doneOn}
            value={officers}
            onChange={setOfficers}
            error={fieldErr(error, 'officerCertificateIds')}
          />
        )}
        {below && (
          <Field label="未达标说明（必填）" hint={shortfallHint(task)} error={fieldErr(error, 'shortfallReason')} wide>
            <textarea class="input" name="shortfallReason" rows={2} maxLength={5000} value={shortfall} onInput={(e) => setShortfall(valueOf(e))} />
          </Field>
        )}
        <ErrorBox error={error} />
        <div class="form-actions">
          <button class="btn btn-primary" type="submit" disabled={busy || openGates.length > 0}>
            {busy ? '正在提交…' : verb}
          </button>
          {detail.evidence.length === 0 && <span class="muted">提示：还没有上传佐证材料</span>}
        </div>
      </form>
    </Card>
  );
}

function ReopenCard({ taskId, withdraw, reload }: { taskId: number; withdraw: boolean; reload(): void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, error, setError, run } = useAction();
  const verb = withdraw ? '撤回审核' : '重新打开';
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!reason.trim()) {
      setError(new ApiError(400, `${verb}须说明理由`));
      return;
    }
    const ok = await run(() => api.post(`/tasks/${taskId}/reopen`, { reason: reason.trim() }).then(() => true));
    if (ok) {
      toast(withdraw ? '已撤回，可修改后重新提交' : '已重新打开，材料保留');
      setOpen(false);
      setReason('');
      reload();
    }
  };
  return (
    <Card title={verb}>
      {open ? (
        <form class="form" onSubmit={submit} aria-label={verb}>
          <Field label="理由（必填）" hint="已上传的材料和活动记录会保留" wide>
            <textarea class="input" rows={2} maxLength={5000} value={reason} onInput={(e) => setReason(valueOf(e))} />
          </Field>
          <ErrorBox error={error} />
          <div class="form-actions">
            <button class="btn btn-danger" type="submit" disabled={busy}>
              确认{verb}
            </button>
            <button class="btn btn-ghost" type="button" onClick={() => setOpen(false)}>
              取消
            </button>
          </div>
        </form>
      ) : (
        <>
          <p class="muted">{withdraw ? '审核前发现需要修改，可撤回后重新提交。' : '发现问题需要补充时，可重新打开此任务。'}</p>
          <button type="button" class="btn" onClick={() => setOpen(true)}>
            {verb}…
          </button>
        </>
      )}
    </Card>
  );
}
