import { useState } from 'preact/hooks';
import { api } from '../../api';
import type { components } from '../../api-types';
import { Async, Badge, Card, Empty, ErrorBox, Field, useAction, useLoad, usePageTitle, valueOf } from '../../components';
import { ExportButton, ImportBox } from '../../excel';
import type { Page } from '../../types';

type Finding = components['schemas']['FindingView'];
type FindingDetail = components['schemas']['FindingDetailView'];
type FindingImportResult = components['schemas']['FindingImportResult'];

const TONES: Record<Finding['status'], string> = { open: 'warn', in_progress: 'info', rectified: 'info', closed: 'ok', cancelled: 'muted' };

function FindingStatus({ f }: { f: Finding }) {
  return (
    <>
      <Badge tone={TONES[f.status]}>{f.statusName}</Badge> {f.overdue ? <Badge tone="danger">逾期</Badge> : null}
    </>
  );
}

/** `#/registers/findings`: the list with search, status and overdue filters, export and import. */
function FindingList() {
  usePageTitle('整改台账');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState('');
  const [overdue, setOverdue] = useState(false);
  const [reload, setReload] = useState(0);
  const query = { q: q || undefined, status: status || undefined, overdue: overdue || undefined, sort: 'deadlineOn', pageSize: 100 };
  const list = useLoad(() => api.get<Page<Finding>>('/findings', query), [q, status, overdue, reload]);
  return (
    <>
      <div class="page-head">
        <h1>整改台账</h1>
        <a class="btn btn-primary" href="#/registers/findings/new" data-testid="new-finding">
          登记问题
        </a>
        <ExportButton path="/findings/export.xlsx" query={query} />
      </div>
      <div class="filters">
        <input class="input" type="search" value={q} placeholder="问题描述或来源" aria-label="搜索整改问题" onInput={(e) => setQ(valueOf(e).trim())} />
        <select class="input" value={status} aria-label="状态" onChange={(e) => setStatus(valueOf(e))}>
          <option value="">全部状态</option>
          <option value="open">待整改</option>
          <option value="in_progress">整改中</option>
          <option value="rectified">已整改</option>
          <option value="closed">已销号</option>
        </select>
        <label>
          <input type="checkbox" checked={overdue} onChange={(e) => setOverdue(e.currentTarget.checked)} /> 只看逾期
        </label>
      </div>
      <Card>
        <Async state={list}>
          {(page) =>
            page.items.length ? (
              <table class="table" data-testid="finding-list">
                <thead>
                  <tr>
                    <th>编号</th>
                    <th>来源</th>
                    <th>问题</th>
                    <th>责任股室</th>
                    <th>整改期限</th>
                    <th>状态</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((f) => (
                    <tr key={f.id}>
                      <td>{f.code}</td>
                      <td>{f.sourceName}</td>
                      <td>
                        <a href={`#/registers/findings/${f.id}`}>{f.description}</a>
                      </td>
                      <td>{f.departmentName}</td>
                      <td>{f.deadlineOn}</td>
                      <td>
                        <FindingStatus f={f} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <Empty>暂无整改问题</Empty>
            )
          }
        </Async>
      </Card>
      <Card title="从 Excel 导入">
        <ImportBox<FindingImportResult>
          path="/findings/import"
          templatePath="/findings/import-template.xlsx"
          what="整改问题"
          onDone={() => setReload(reload + 1)}
        />
      </Card>
    </>
  );
}

/** A finding: its fields, its task (evidence is uploaded there), history and the step the caller may take. */
function FindingPage({ id }: { id: string }) {
  const [reload, setReload] = useState(0);
  const detail = useLoad(() => api.get<FindingDetail>(`/findings/${id}`), [id, reload]);
  const action = useAction();
  const [text, setText] = useState('');
  const act = (path: string, body: unknown) => action.run(() => api.post(`/findings/${id}/${path}`, body)).then(() => setReload(reload + 1));
  usePageTitle('整改问题');
  return (
    <Async state={detail}>
      {({ finding: f, can, evidence, history }) => (
        <>
          <div class="page-head">
            <h1>
              {f.code} {f.description}
            </h1>
            <FindingStatus f={f} />
          </div>
          <Card title="问题">
            <p>
              来源：{f.sourceName} {f.sourceRef} · 发现日期 {f.foundOn} · 责任股室 {f.departmentName} · 整改期限 {f.deadlineOn}
            </p>
            <p>整改措施：{f.measures || '（未填写）'}</p>
            <p>
              整改任务：<a href={`#/tasks/${f.taskId}`}>查看任务并上传佐证材料</a>
            </p>
          </Card>
          <Card title="佐证材料">
            {evidence.length ? (
              <ul>
                {evidence.map((e) => (
                  <li key={e.id}>{e.fileName}</li>
                ))}
              </ul>
            ) : (
              <Empty>尚未上传佐证材料</Empty>
            )}
          </Card>
          {can.report || can.verify ? (
            <Card title={can.report ? '报告整改完成' : '销号审核'}>
              <Field label={can.report ? '整改完成情况' : '意见或退回理由'}>
                <textarea class="input" value={text} onInput={(e) => setText(valueOf(e))} />
              </Field>
              <ErrorBox error={action.error} />
              {can.report ? (
                <button class="btn btn-primary" disabled={action.busy} onClick={() => act('report', { note: text })}>
                  报告整改完成
                </button>
              ) : (
                <>
                  <button class="btn btn-primary" disabled={action.busy} onClick={() => act('close', { note: text })}>
                    销号
                  </button>{' '}
                  <button class="btn" disabled={action.busy} onClick={() => act('send-back', { reason: text })}>
                    退回整改
                  </button>
                </>
              )}
            </Card>
          ) : null}
          <Card title="历史">
            <ul data-testid="finding-history">
              {history.map((h, i) => (
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

/** Recording a finding (政策法规股, leaders, admins; a department its own 自查). */
function NewFinding() {
  usePageTitle('登记整改问题');
  const action = useAction();
  const [form, setForm] = useState({ source: 'self_check', sourceRef: '', foundOn: '', description: '', departmentId: '', measures: '', deadlineOn: '' });
  const set = (k: keyof typeof form) => (e: Parameters<typeof valueOf>[0]) => setForm({ ...form, [k]: valueOf(e) });
  const departments = useLoad(() => api.get<{ id: number; name: string }[]>('/departments'), []);
  const submit = async (e: Event) => {
    e.preventDefault();
    const created = await action.run(() => api.post<FindingDetail>('/findings', { ...form, departmentId: Number(form.departmentId) }));
    if (created) location.hash = `#/registers/findings/${created.finding.id}`;
  };
  return (
    <form onSubmit={submit}>
      <h1>登记整改问题</h1>
      <Field label="问题来源">
        <select class="input" value={form.source} onChange={set('source')}>
          {Object.entries({
            self_check: '自查',
            oversight: '督察',
            case_review: '案卷评查',
            petition: '信访',
            audit: '审计',
            inspection: '双随机检查',
            other: '其他',
          }).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </Field>
      <Field label="来源说明">
        <input class="input" value={form.sourceRef} onInput={set('sourceRef')} />
      </Field>
      <Field label="发现日期">
        <input class="input" type="date" value={form.foundOn} onInput={set('foundOn')} />
      </Field>
      <Field label="问题描述">
        <textarea class="input" value={form.description} onInput={set('description')} />
      </Field>
      <Field label="责任股室">
        <select class="input" value={form.departmentId} onChange={set('departmentId')}>
          <option value="">请选择</option>
          {(departments.data ?? []).map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="整改措施">
        <textarea class="input" value={form.measures} onInput={set('measures')} />
      </Field>
      <Field label="整改期限">
        <input class="input" type="date" value={form.deadlineOn} onInput={set('deadlineOn')} />
      </Field>
      <ErrorBox error={action.error} />
      <button class="btn btn-primary" type="submit" disabled={action.busy}>
        登记并生成整改任务
      </button>
    </form>
  );
}

export function FindingsRegister({ rest }: { rest: string[] }) {
  if (rest[0] === 'new') return <NewFinding />;
  if (rest[0]) return <FindingPage id={rest[0]} />;
  return <FindingList />;
}
