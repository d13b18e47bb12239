import { useState } from 'preact/hooks';
import { api, download } from '../../api';
import type { components } from '../../api-types';
import { Async, Badge, Card, ErrorBox, Fact, Field, fieldErr, Select, toast, useAction, useLoad, valueOf } from '../../components';
import { DrawForm } from './inspection-draws';
import { useMayEdit } from './inspection-shared';

type Draw = components['schemas']['DrawView'];
type Verify = components['schemas']['VerifyView'];

const OUTCOMES: [string, string][] = [
  ['clear', '未发现问题'],
  ['rectify', '责令整改'],
  ['case', '立案查处'],
  ['transfer', '移送'],
];

/** One draw: its inputs, hashes, seed and result, the verify button, results per target and the re-draw. */
export function DrawPage({ id }: { id: number }) {
  const draw = useLoad(() => api.get<Draw>(`/inspections/draws/${id}`), [id]);
  const mayEdit = useMayEdit();
  return (
    <Async state={draw}>
      {(d) => (
        <>
          <div class="page-head">
            <h1>
              抽取记录第 {d.id} 号 {d.supersededById !== null && <Badge>已被第 {d.supersededById} 号替代</Badge>}
            </h1>
            <a class="btn btn-small" href="#/registers/inspections?tab=draws">
              返回抽查记录
            </a>
          </div>
          <Card title="输入与校验" actions={<VerifyButton id={d.id} />}>
            <dl class="meta-grid" data-testid="draw-inputs">
              <Fact label="抽查">
                <a href={`#/cases/${d.planId}`}>{d.planTitle}</a>
              </Fact>
              <Fact label="抽查事项">{d.itemTitle}</Fact>
              <Fact label="抽取日期">{d.drawnOn}</Fact>
              <Fact label="抽取数量">
                {d.countMode === 'ratio' ? `按比例 ${d.ratioPercent}%：` : '按数量：'}
                {d.targetCount} / {d.eligibleTargets} 个对象，每个 {d.inspectorsPerTarget} 名检查人员（{d.eligibleInspectors} 名持有效执法证）
              </Fact>
              <Fact label="监管股室回避">{d.excludeSupervisingDepartment ? '是' : '否'}</Fact>
              <Fact label="种子文字">{d.seedText}</Fact>
              <Fact label="检查对象快照 SHA-256" mono>
                {d.hashes.targets}
              </Fact>
              <Fact label="检查人员快照 SHA-256" mono>
                {d.hashes.inspectors}
              </Fact>
              <Fact label="回避清单快照 SHA-256" mono>
                {d.hashes.conflicts}
              </Fact>
              <Fact label="随机种子" mono>
                {d.seed}
              </Fact>
              {d.redrawReason && <Fact label="重新抽取理由">{d.redrawReason}</Fact>}
            </dl>
            <button
              type="button"
              class="btn btn-ghost btn-small"
              onClick={() => void download(`/inspections/draws/${d.id}/export.json`, {}, `draw-${d.id}.json`)}
            >
              导出抽取数据（JSON，可用 scripts/verify-draw.ts 离线复核）
            </button>
            {mayEdit && d.supersededById === null && <InspectionEndForm draw={d} onDone={draw.reload} />}
          </Card>
          <Card title="抽取结果与检查结果">
            <table class="table" data-testid="draw-result">
              <thead>
                <tr>
                  <th>序号</th>
                  <th>检查对象</th>
                  <th>检查人员</th>
                  <th>检查结果</th>
                </tr>
              </thead>
              <tbody>
                {d.targets.map((t) => (
                  <tr key={t.position}>
                    <td>{t.position + 1}</td>
                    <td>{t.targetName}</td>
                    <td>{t.inspectors.map((i) => `${i.holderName}（${i.certificateNo}）`).join('、')}</td>
                    <td>
                      <span data-testid="outcome">
                        {t.outcomeLabel ? `${t.outcomeLabel}（${t.outcomeOn}）${t.outcomeNote ? `：${t.outcomeNote}` : ''}` : '—'}
                      </span>
                      {mayEdit && d.supersededById === null && <OutcomeForm drawId={d.id} position={t.position} onDone={draw.reload} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
          {mayEdit && d.supersededById === null && <DrawForm redrawOf={d} />}
        </>
      )}
    </Async>
  );
}

function VerifyButton({ id }: { id: number }) {
  const act = useAction();
  const [result, setResult] = useState<Verify | null>(null);
  return (
    <span data-testid="verify">
      <button
        type="button"
        class="btn btn-small"
        disabled={act.busy}
        onClick={() => void act.run(() => api.get<Verify>(`/inspections/draws/${id}/verify`)).then((r) => r && setResult(r))}
      >
        验证
      </button>
      {result && (result.matches ? <Badge tone="ok">通过</Badge> : <Badge tone="danger">不通过：{result.problems.join('；')}</Badge>)}
      <ErrorBox error={act.error} />
    </span>
  );
}

function OutcomeForm({ drawId, position, onDone }: { drawId: number; position: number; onDone(): void }) {
  const act = useAction();
  const [form, setForm] = useState({ outcome: 'clear', note: '', outcomeOn: '' });
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await act.run(() => api.put<Draw>(`/inspections/draws/${drawId}/targets/${position}/outcome`, { ...form, note: form.note || undefined }))) onDone();
  };
  return (
    <form class="inline-form" onSubmit={submit} aria-label={`登记第${position + 1}个对象的检查结果`}>
      <Select value={form.outcome} onChange={(outcome) => setForm({ ...form, outcome })} label="检查结果">
        {OUTCOMES.map(([k, v]) => (
          <option key={k} value={k}>
            {v}
          </option>
        ))}
      </Select>
      <input class="input" type="date" aria-label="检查日期" value={form.outcomeOn} onInput={(e) => setForm({ ...form, outcomeOn: valueOf(e) })} />
      <input class="input" placeholder="说明" aria-label="说明" value={form.note} onInput={(e) => setForm({ ...form, note: valueOf(e) })} />
      <button type="submit" class="btn btn-small" disabled={act.busy}>
        登记
      </button>
      <ErrorBox error={act.error} />
    </form>
  );
}

/** 检查结束日期: written to the case, whose engine then issues the publicity task (20 working days). */
function InspectionEndForm({ draw, onDone }: { draw: Draw; onDone(): void }) {
  const act = useAction();
  const [day, setDay] = useState(draw.inspectionEndOn ?? '');
  const [reason, setReason] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await act.run(() => api.put<Draw>(`/inspections/draws/${draw.id}/inspection-end`, { inspectionEndOn: day, reason: reason || undefined }))) {
      toast('已填写检查结束日期，结果公示任务已按期限生成');
      onDone();
    }
  };
  return (
    <form class="inline-form" onSubmit={submit} aria-label="检查结束日期">
      <Field label="检查结束日期" hint="结束后20个工作日内公示检查结果" error={fieldErr(act.error, 'inspectionEndOn')}>
        <input class="input" type="date" value={day} onInput={(e) => setDay(valueOf(e))} />
      </Field>
      {draw.inspectionEndOn && <input class="input" placeholder="更正理由" aria-label="更正理由" value={reason} onInput={(e) => setReason(valueOf(e))} />}
      <button type="submit" class="btn btn-small" disabled={act.busy || !day}>
        保存
      </button>
      <ErrorBox error={act.error} />
    </form>
  );
}
