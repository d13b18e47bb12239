import { useState } from 'preact/hooks';
import { api } from '../../api';
import type { components } from '../../api-types';
import { Async, Card, Empty, ErrorBox, Field, fieldErr, Select, toast, useAction, useLoad, valueOf } from '../../components';
import { date } from '../../format';
import type { Page } from '../../types';
import { useMayEdit } from './inspection-shared';

type Schemas = components['schemas'];
type Conflict = Schemas['ConflictView'];
type Inspector = Schemas['InspectorView'];
type Target = Schemas['TargetView'];

/** 执法检查人员名录库 (valid certificate holders today) and the 回避 declared against targets. */
export function ConflictsTab() {
  const mayEdit = useMayEdit();
  const inspectors = useLoad(() => api.get<Inspector[]>('/inspections/inspectors'), []);
  const conflicts = useLoad(() => api.get<Conflict[]>('/inspections/conflicts'), []);
  const act = useAction();
  const withdraw = async (c: Conflict) => {
    if (await act.run(() => api.delete<void>(`/inspections/conflicts/${c.id}`).then(() => true))) {
      toast('已撤回回避申报');
      conflicts.reload();
    }
  };
  return (
    <>
      <Card title="执法检查人员名录库">
        <p class="muted">来自执法证台账：今天持有效执法证的人员。抽取时以抽取日期为准。</p>
        <Async state={inspectors}>
          {(rows) =>
            rows.length ? (
              <table class="table" data-testid="inspector-list">
                <thead>
                  <tr>
                    <th>姓名</th>
                    <th>执法证号</th>
                    <th>所在股室</th>
                    <th>执法类别</th>
                    <th>有效期至</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((i) => (
                    <tr key={i.certificateId}>
                      <td>{i.holderName}</td>
                      <td>{i.certificateNo}</td>
                      <td>{i.departmentName}</td>
                      <td>{i.category}</td>
                      <td>{i.expiresOn}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <Empty>执法证台账中没有有效的执法证</Empty>
            )
          }
        </Async>
      </Card>
      <Card title="回避申报">
        <p class="muted">与检查对象有利害关系的检查人员事先申报回避，抽取时自动排除；抽取时还可启用“监管股室人员回避”。</p>
        <Async state={conflicts}>
          {(rows) =>
            rows.length ? (
              <table class="table" data-testid="conflict-list">
                <thead>
                  <tr>
                    <th>检查对象</th>
                    <th>回避人员</th>
                    <th>理由</th>
                    <th>申报日期</th>
                    {mayEdit && <th />}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((c) => (
                    <tr key={c.id}>
                      <td>{c.targetName}</td>
                      <td>{c.inspectorLabel}</td>
                      <td>{c.reason}</td>
                      <td>{date(c.createdAt)}</td>
                      {mayEdit && (
                        <td>
                          <button type="button" class="btn btn-ghost btn-small" disabled={act.busy} onClick={() => void withdraw(c)}>
                            撤回
                          </button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <Empty>没有回避申报</Empty>
            )
          }
        </Async>
        <ErrorBox error={act.error} />
        {mayEdit && <ConflictForm inspectors={inspectors.data ?? []} onDone={conflicts.reload} />}
      </Card>
    </>
  );
}

function ConflictForm({ inspectors, onDone }: { inspectors: Inspector[]; onDone(): void }) {
  const targets = useLoad(() => api.get<Page<Target>>('/inspections/targets', { active: 'true', pageSize: 200, sort: 'name' }), []);
  const act = useAction();
  const [form, setForm] = useState({ targetId: '', certificateId: '', reason: '' });
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = { targetId: Number(form.targetId), certificateId: Number(form.certificateId), reason: form.reason };
    if (await act.run(() => api.post<Conflict>('/inspections/conflicts', body))) {
      toast('已申报回避');
      setForm({ ...form, reason: '' });
      onDone();
    }
  };
  return (
    <form class="form" onSubmit={submit} aria-label="申报回避">
      <Field label="检查对象" error={fieldErr(act.error, 'targetId')}>
        <Select value={form.targetId} onChange={(targetId) => setForm({ ...form, targetId })} label="检查对象">
          <option value="">请选择</option>
          {(targets.data?.items ?? []).map((t) => (
            <option key={t.id} value={String(t.id)}>
              {t.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="回避人员" error={fieldErr(act.error, 'certificateId')}>
        <Select value={form.certificateId} onChange={(certificateId) => setForm({ ...form, certificateId })} label="回避人员">
          <option value="">请选择</option>
          {inspectors.map((i) => (
            <option key={i.certificateId} value={String(i.certificateId)}>
              {i.holderName}（{i.certificateNo}）
            </option>
          ))}
        </Select>
      </Field>
      <Field label="理由" error={fieldErr(act.error, 'reason')}>
        <input class="input" value={form.reason} aria-label="回避理由" onInput={(e) => setForm({ ...form, reason: valueOf(e) })} />
      </Field>
      <button type="submit" class="btn btn-primary" disabled={act.busy || !form.targetId || !form.certificateId}>
        申报回避
      </button>
      <ErrorBox error={act.error} />
    </form>
  );
}
