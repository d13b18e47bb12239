import { useState } from 'preact/hooks';
import { api } from '../../api';
import type { components } from '../../api-types';
import { Async, Badge, Card, Empty, ErrorBox, Field, fieldErr, Select, toast, useAction, useLoad, valueOf } from '../../components';
import { ExportButton } from '../../excel';
import { navigate } from '../../router';
import type { Page, Plan, Template } from '../../types';
import { useMayEdit } from './inspection-shared';

type Schemas = components['schemas'];
type DrawSummary = Schemas['DrawSummaryView'];
type Draw = Schemas['DrawView'];
type Item = Schemas['ItemView'];

/** 抽查记录: every draw (superseded ones too) and the form for a new draw. */
export function DrawsTab() {
  const list = useLoad(() => api.get<DrawSummary[]>('/inspections/draws'), []);
  return (
    <>
      <Card title="抽查记录" actions={<ExportButton path="/inspections/draws/export.xlsx" label="导出抽取结果台账" />}>
        <Async state={list}>
          {(rows) =>
            rows.length ? (
              <table class="table" data-testid="draw-list">
                <thead>
                  <tr>
                    <th>编号</th>
                    <th>抽查</th>
                    <th>抽查事项</th>
                    <th>抽取日期</th>
                    <th>对象数</th>
                    <th>状态</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((d) => (
                    <tr key={d.id}>
                      <td>
                        <a href={`#/registers/inspections/draws/${d.id}`}>第 {d.id} 号</a>
                      </td>
                      <td>{d.planTitle}</td>
                      <td>{d.itemTitle}</td>
                      <td>{d.drawnOn}</td>
                      <td>{d.targetCount}</td>
                      <td>{d.supersededById === null ? <Badge tone="ok">有效</Badge> : <Badge>已被第 {d.supersededById} 号替代</Badge>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <Empty>还没有抽取记录</Empty>
            )
          }
        </Async>
      </Card>
      {useMayEdit() && <DrawForm />}
    </>
  );
}

/** The inspections (random-inspection cases) the caller sees, for the draw form. */
function useInspections() {
  return useLoad(async () => {
    const templates = await api.get<Template[]>('/plans/registrable');
    const template = templates.find((t) => t.key === 'random-inspection');
    const plans = await api.get<Page<Plan>>('/plans', { kind: 'event', pageSize: 100, sort: '-createdAt' });
    return plans.items.filter((p) => template && p.templateId === template.id);
  }, []);
}

export function DrawForm({ redrawOf }: { redrawOf?: Draw }) {
  const inspections = useInspections();
  const items = useLoad(() => api.get<Item[]>('/inspections/items'), []);
  const act = useAction();
  const [form, setForm] = useState({
    planId: redrawOf ? String(redrawOf.planId) : '',
    itemId: redrawOf ? String(redrawOf.itemId) : '',
    targetCount: '',
    inspectorsPerTarget: '2',
    seedText: '',
    exclude: true,
    reason: '',
  });
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = {
      planId: Number(form.planId),
      itemId: Number(form.itemId),
      ...(form.targetCount ? { targetCount: Number(form.targetCount) } : {}),
      inspectorsPerTarget: Number(form.inspectorsPerTarget),
      seedText: form.seedText,
      excludeSupervisingDepartment: form.exclude,
      ...(redrawOf ? { reason: form.reason } : {}),
    };
    const draw = await act.run(() => api.post<Draw>(redrawOf ? `/inspections/draws/${redrawOf.id}/redraw` : '/inspections/draws', body));
    if (draw) {
      toast(`已完成抽取（第 ${draw.id} 号）`);
      navigate(`/registers/inspections/draws/${draw.id}`);
    }
  };
  const set = (key: keyof typeof form) => (e: Parameters<typeof valueOf>[0]) => setForm({ ...form, [key]: valueOf(e) });
  return (
    <Card title={redrawOf ? '重新抽取' : '新的抽取'}>
      <form class="form" onSubmit={submit} aria-label={redrawOf ? '重新抽取' : '抽取'}>
        {!redrawOf && (
          <>
            <Field label="抽查（双随机抽查事项）" hint="先在“事项登记”中登记一次“双随机抽查（单次）”" error={fieldErr(act.error, 'planId')}>
              <Select value={form.planId} onChange={(planId) => setForm({ ...form, planId })} label="抽查">
                <option value="">请选择</option>
                {(inspections.data ?? []).map((p) => (
                  <option key={p.id} value={String(p.id)}>
                    {p.reference} {p.title}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="抽查事项" error={fieldErr(act.error, 'itemId')}>
              <Select value={form.itemId} onChange={(itemId) => setForm({ ...form, itemId })} label="抽查事项">
                <option value="">请选择</option>
                {(items.data ?? []).map((i) => (
                  <option key={i.id} value={String(i.id)}>
                    {i.title}（{i.categoryLabel}，{i.ratioPercent}%）
                  </option>
                ))}
              </Select>
            </Field>
          </>
        )}
        <Field label="抽取对象数" hint="不填则按抽查事项的比例" error={fieldErr(act.error, 'targetCount')}>
          <input class="input" type="number" min={1} value={form.targetCount} onInput={set('targetCount')} />
        </Field>
        <Field label="每个对象的检查人员数" error={fieldErr(act.error, 'inspectorsPerTarget')}>
          <input class="input" type="number" min={2} value={form.inspectorsPerTarget} onInput={set('inspectorsPerTarget')} />
        </Field>
        <Field label="种子文字" hint="抽取会议现场共同确定（如骰子点数），与名录快照哈希一起决定结果" error={fieldErr(act.error, 'seedText')}>
          <input class="input" value={form.seedText} onInput={set('seedText')} aria-label="种子文字" />
        </Field>
        <label class="check">
          <input type="checkbox" checked={form.exclude} onChange={(e) => setForm({ ...form, exclude: e.currentTarget.checked })} /> 监管股室人员回避
        </label>
        {redrawOf && (
          <Field label="重新抽取理由" error={fieldErr(act.error, 'reason')}>
            <input class="input" value={form.reason} onInput={set('reason')} aria-label="重新抽取理由" />
          </Field>
        )}
        <button type="submit" class="btn btn-primary" disabled={act.busy}>
          {redrawOf ? '重新抽取' : '抽取'}
        </button>
        <ErrorBox error={act.error} title="未抽取" />
      </form>
    </Card>
  );
}
