import { useState } from 'preact/hooks';
import { api } from '../../api';
import { Async, Badge, Card, Empty, ErrorBox, Field, fieldErr, toast, useAction, useLoad, usePageTitle, valueOf, type InputEvent } from '../../components';
import type { components } from '../../api-types';

export type Finding = components['schemas']['FindingView'];
export type FindingDetail = components['schemas']['FindingDetailView'];
export type FindingImportResult = components['schemas']['FindingImportResult'];

const TONES: Record<Finding['status'], string> = { open: 'warn', in_progress: 'info', rectified: 'info', closed: 'ok', cancelled: 'muted' };

export function FindingStatus({ f }: { f: Finding }) {
  return (
    <>
      <Badge tone={TONES[f.status]}>{f.statusName}</Badge> {f.overdue ? <Badge tone="danger">逾期</Badge> : null}
    </>
  );
}

export const STATUSES: [Finding['status'], string][] = [
  ['open', '待整改'],
  ['in_progress', '整改中'],
  ['rectified', '已整改'],
  ['closed', '已销号'],
  ['cancelled', '已撤销'],
];

export const SOURCES: [Finding['source'], string][] = [
  ['self_check', '自查'],
  ['oversight', '督察'],
  ['case_review', '案卷评查'],
  ['petition', '信访'],
  ['audit', '审计'],
  ['inspection', '双随机检查'],
  ['other', '其他'],
];

/** A finding: its fields, its task (evidence is uploaded there), history and the step the caller may take. */
export function FindingPage({ id }: { id: string }) {
  const [reload, setReload] = useState(0);
  const detail = useLoad(() => api.get<FindingDetail>(`/findings/${id}`), [id, reload]);
  usePageTitle('整改问题');
  return (
    <Async state={detail}>
      {(d) => (
        <>
          <div class="page-head">
            <h1>
              {d.finding.code} {d.finding.description}
            </h1>
            <span data-testid="finding-status">
              <FindingStatus f={d.finding} />
            </span>
          </div>
          <Card title="问题">
            <p>
              来源：{d.finding.sourceName} {d.finding.sourceRef} · 发现日期 {d.finding.foundOn} · 责任股室 {d.finding.departmentName} · 整改期限{' '}
              {d.finding.deadlineOn}
            </p>
            <p>整改措施：{d.finding.measures || '（未填写）'}</p>
            <p>
              <a href={`#/tasks/${d.finding.taskId}`} data-testid="finding-task-link">
                整改任务：查看任务、上传佐证材料
              </a>
            </p>
          </Card>
          <Card title="佐证材料">
            {d.evidence.length ? (
              <ul>
                {d.evidence.map((e) => (
                  <li key={e.id}>{e.fileName}</li>
                ))}
              </ul>
            ) : (
              <Empty>尚未上传佐证材料（在整改任务中上传）</Empty>
            )}
          </Card>
          <FindingSteps detail={d} onDone={() => setReload(reload + 1)} />
          {d.can.editMeasures ? <EditFinding detail={d} onDone={() => setReload(reload + 1)} /> : null}
          <Card title="历史">
            <ul data-testid="finding-history">
              {d.history.map((h, i) => (
                <li key={i}>
                  {new Date(h.at).toLocaleString('zh-CN')} {h.userName} {h.action} {h.note}
                </li>
              ))}
            </ul>
          </Card>
        </>
      )}
    </Async>
  );
}

/** 报告整改完成 for the owner department; 销号 or 退回 for the reviewer. */
function FindingSteps({ detail, onDone }: { detail: FindingDetail; onDone(): void }) {
  const action = useAction();
  const [text, setText] = useState('');
  const { can, finding } = detail;
  if (!can.report && !can.verify) return null;
  const act = async (path: string, body: unknown, done: string) => {
    if (await action.run(() => api.post(`/findings/${finding.id}/${path}`, body))) {
      toast(done);
      setText('');
      onDone();
    }
  };
  return (
    <Card title={can.report ? '报告整改完成' : '销号审核'}>
      <Field label={can.report ? '整改完成情况' : '审核意见（退回时必填）'}>
        <textarea class="input" name="stepNote" value={text} onInput={(e) => setText(valueOf(e))} />
      </Field>
      <ErrorBox error={action.error} />
      {can.report ? (
        <button class="btn btn-primary" data-testid="report-finding" disabled={action.busy} onClick={() => act('report', { note: text }, '已报告整改完成')}>
          报告整改完成
        </button>
      ) : (
        <>
          <button class="btn btn-primary" data-testid="close-finding" disabled={action.busy} onClick={() => act('close', { note: text }, '已销号')}>
            销号
          </button>{' '}
          <button class="btn" data-testid="send-back-finding" disabled={action.busy} onClick={() => act('send-back', { reason: text }, '已退回整改')}>
            退回整改
          </button>
        </>
      )}
    </Card>
  );
}

/** The owner edits its measures; 政策法规股 and admins also move the deadline (with a reason). */
function EditFinding({ detail, onDone }: { detail: FindingDetail; onDone(): void }) {
  const action = useAction();
  const { finding, can } = detail;
  const [measures, setMeasures] = useState(finding.measures);
  const [deadlineOn, setDeadlineOn] = useState(finding.deadlineOn);
  const [reason, setReason] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    const moved = deadlineOn !== finding.deadlineOn;
    const body = can.edit && moved ? { measures, deadlineOn, reason } : { measures };
    if (await action.run(() => api.patch(`/findings/${finding.id}`, body))) {
      toast('已保存');
      onDone();
    }
  };
  return (
    <Card title="修改">
      <form onSubmit={submit}>
        <Field label="整改措施" error={fieldErr(action.error, 'measures')}>
          <textarea class="input" name="measures" value={measures} onInput={(e) => setMeasures(valueOf(e))} />
        </Field>
        {can.edit ? (
          <>
            <Field label="整改期限" error={fieldErr(action.error, 'deadlineOn')}>
              <input class="input" type="date" name="deadlineOn" value={deadlineOn} onInput={(e) => setDeadlineOn(valueOf(e))} />
            </Field>
            <Field label="变更期限的理由" error={fieldErr(action.error, 'reason')}>
              <textarea class="input" name="reason" value={reason} onInput={(e) => setReason(valueOf(e))} />
            </Field>
          </>
        ) : null}
        <button class="btn" type="submit" data-testid="save-finding" disabled={action.busy}>
          保存
        </button>
      </form>
    </Card>
  );
}

/** Recording a finding (政策法规股, leaders, admins; a department its own 自查). */
export function NewFinding() {
  usePageTitle('登记整改问题');
  const action = useAction();
  const [form, setForm] = useState({ source: 'oversight', sourceRef: '', foundOn: '', description: '', departmentId: '', measures: '', deadlineOn: '' });
  const set = (k: keyof typeof form) => (e: InputEvent) => setForm({ ...form, [k]: valueOf(e) });
  const departments = useLoad(() => api.get<{ id: number; name: string }[]>('/departments'), []);
  const err = (field: string) => fieldErr(action.error, field);
  const submit = async (e: Event) => {
    e.preventDefault();
    const created = await action.run(() => api.post<FindingDetail>('/findings', { ...form, departmentId: Number(form.departmentId) || undefined }));
    if (created) location.hash = `#/registers/findings/${created.finding.id}`;
  };
  return (
    <>
      <div class="page-head">
        <h1>登记整改问题</h1>
      </div>
      <Card>
        <form onSubmit={submit} data-testid="finding-form">
          <Field label="问题来源" error={err('source')}>
            <select class="input" name="source" value={form.source} onChange={set('source')}>
              {SOURCES.map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </Field>
          <Field label="来源说明" error={err('sourceRef')}>
            <input class="input" name="sourceRef" value={form.sourceRef} onInput={set('sourceRef')} />
          </Field>
          <Field label="发现日期" error={err('foundOn')}>
            <input class="input" type="date" name="foundOn" value={form.foundOn} onInput={set('foundOn')} />
          </Field>
          <Field label="问题描述" error={err('description')} wide>
            <textarea class="input" name="description" value={form.description} onInput={set('description')} />
          </Field>
          <Field label="责任股室" error={err('departmentId')}>
            <select class="input" name="departmentId" value={form.departmentId} onChange={set('departmentId')}>
              <option value="">请选择</option>
              {(departments.data ?? []).map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="整改措施" error={err('measures')} wide>
            <textarea class="input" name="measures" value={form.measures} onInput={set('measures')} />
          </Field>
          <Field label="整改期限" error={err('deadlineOn')}>
            <input class="input" type="date" name="deadlineOn" value={form.deadlineOn} onInput={set('deadlineOn')} />
          </Field>
          <ErrorBox error={action.error} />
          <button class="btn btn-primary" type="submit" data-testid="submit-finding" disabled={action.busy}>
            登记并生成整改任务
          </button>
        </form>
      </Card>
    </>
  );
}
