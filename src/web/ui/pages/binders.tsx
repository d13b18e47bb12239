import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import { Async, Badge, Card, Empty, ErrorBox, Field, Select, toast, useAction, useLoad, useSession } from '../components';
import { dateTime, fileSize } from '../format';
import type { Binder, WorkPoint } from '../types';

/** How often the list is re-read while a binder is being built. */
const POLL_MS = 2_000;

const STATUS: Record<Binder['status'], [string, string]> = {
  queued: ['排队中', 'muted'],
  running: ['生成中', 'warn'],
  done: ['已完成', 'ok'],
  failed: ['失败', 'danger'],
};

/**
 * 佐证材料汇编: request a .zip of a year's evidence (工作要点/事项/单位 folders plus index.xlsx) and
 * download it once the background job has built it. The API decides the scope a caller may bind.
 */
export function BindersPage() {
  const { me, departments } = useSession();
  const whole = me.role === 'admin' || me.role === 'leader';
  const binders = useLoad(() => api.get<Binder[]>('/binders'), []);
  const workPoints = useLoad(() => api.get<WorkPoint[]>('/work-points'), []);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [workPoint, setWorkPoint] = useState('');
  const [department, setDepartment] = useState(whole || me.departmentId === null ? '' : String(me.departmentId));
  const act = useAction();

  const building = binders.data?.some((b) => b.status === 'queued' || b.status === 'running') ?? false;
  useEffect(() => {
    if (!building) return;
    const timer = setInterval(binders.reload, POLL_MS);
    return () => clearInterval(timer);
  }, [building, binders.reload]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const body = { year: Number(year), ...(workPoint ? { workPointId: Number(workPoint) } : {}), ...(department ? { departmentId: Number(department) } : {}) };
    if (await act.run(() => api.post<Binder>('/binders', body))) {
      toast('已提交，汇编在后台生成，完成后可下载');
      binders.reload();
    }
  };

  return (
    <>
      <h1>佐证材料汇编</h1>
      <form onSubmit={submit}>
        <Card title="生成汇编">
          <p class="muted small">
            把一个年度的佐证材料打包为 zip：按“工作要点 / 事项 / 单位”分文件夹，保留原文件名，并附目录
            index.xlsx。局领导、管理员和政策法规股可汇编全局，股室负责人汇编本股室。
          </p>
          <ErrorBox error={act.error} />
          <div class="form-grid">
            <Field label="年度">
              <input class="input" type="number" required min={2000} max={2100} value={year} onInput={(e) => setYear((e.target as HTMLInputElement).value)} />
            </Field>
            <Field label="工作要点">
              <Select value={workPoint} onChange={setWorkPoint} label="工作要点">
                <option value="">全部工作要点</option>
                {(workPoints.data ?? []).map((w) => (
                  <option key={w.id} value={String(w.id)}>
                    {w.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="单位">
              <Select value={department} onChange={setDepartment} label="单位">
                <option value="">全部单位</option>
                {departments.map((d) => (
                  <option key={d.id} value={String(d.id)}>
                    {d.name}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <button type="submit" class="btn btn-primary" disabled={act.busy} data-testid="request-binder">
            生成汇编
          </button>
        </Card>
      </form>
      <Card title="我的汇编">
        <Async state={binders}>
          {(list) =>
            list.length ? (
              <div class="table-wrap">
                <table class="table" data-testid="binders">
                  <thead>
                    <tr>
                      <th>年度</th>
                      <th>范围</th>
                      <th>状态</th>
                      <th>进度</th>
                      <th>申请时间</th>
                      <th />
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((b) => (
                      <BinderRow key={b.id} binder={b} />
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <Empty>还没有生成过汇编。</Empty>
            )
          }
        </Async>
      </Card>
    </>
  );
}

function BinderRow({ binder: b }: { binder: Binder }) {
  const [label, tone] = STATUS[b.status];
  const pct = b.filesTotal ? Math.round((b.filesDone / b.filesTotal) * 100) : b.status === 'done' ? 100 : 0;
  return (
    <tr data-binder-id={b.id}>
      <td>{b.year}</td>
      <td>{[b.workPointName ?? '全部工作要点', b.departmentName ?? '全部单位'].join(' · ')}</td>
      <td>
        <Badge tone={tone}>{label}</Badge>
        {b.error && <div class="small muted">{b.error}</div>}
      </td>
      <td>
        <div class="bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-label="生成进度">
          <div class="bar-fill" style={{ width: `${pct}%` }} />
        </div>
        <span class="small muted">
          {b.filesDone} / {b.filesTotal} 个文件{b.status === 'done' ? `，${fileSize(b.bytes)}` : ''}
        </span>
      </td>
      <td class="muted">{dateTime(b.createdAt)}</td>
      <td class="row-actions">
        {b.status === 'done' && (
          <a class="btn btn-small" href={`/binders/${b.id}/download`} download>
            下载
          </a>
        )}
      </td>
    </tr>
  );
}
