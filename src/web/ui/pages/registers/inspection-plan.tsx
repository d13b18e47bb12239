import { useState } from 'preact/hooks';
import { api } from '../../api';
import type { components } from '../../api-types';
import { Async, Card, Empty, useLoad, valueOf } from '../../components';
import { date } from '../../format';

type Schemas = components['schemas'];
type Conflict = Schemas['ConflictView'];
type YearPlan = Schemas['YearPlanView'];
type Coverage = Schemas['CoverageView'];

export function ConflictsTab() {
  const list = useLoad(() => api.get<Conflict[]>('/inspections/conflicts'), []);
  return (
    <Card title="回避申报">
      <p class="muted">与检查对象有利害关系的检查人员事先申报回避，抽取时自动排除；抽取时还可启用“监管股室人员回避”。</p>
      <Async state={list}>
        {(rows) =>
          rows.length ? (
            <table class="table" data-testid="conflict-list">
              <thead>
                <tr>
                  <th>检查对象</th>
                  <th>回避人员</th>
                  <th>理由</th>
                  <th>申报日期</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.id}>
                    <td>{c.targetName}</td>
                    <td>{c.inspectorLabel}</td>
                    <td>{c.reason}</td>
                    <td>{date(c.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <Empty>没有回避申报</Empty>
          )
        }
      </Async>
    </Card>
  );
}

export function PlanTab() {
  const [year, setYear] = useState(new Date().getFullYear());
  const plan = useLoad(() => api.get<YearPlan>(`/inspections/plan/${year}`), [year]);
  const coverage = useLoad(() => api.get<Coverage>('/inspections/coverage'), []);
  return (
    <>
      <Card
        title={`${year} 年度抽查计划`}
        actions={<input class="input" type="number" aria-label="年度" value={year} onChange={(e) => setYear(Number(valueOf(e)))} />}
      >
        <Async state={plan}>
          {(p) => (
            <table class="table" data-testid="year-plan">
              <thead>
                <tr>
                  <th>抽查事项</th>
                  <th>对象类别（在库数）</th>
                  <th>比例</th>
                  <th>已抽取 / 计划次数</th>
                </tr>
              </thead>
              <tbody>
                {p.items.map((i) => (
                  <tr key={i.id}>
                    <td>{i.title}</td>
                    <td>
                      {i.categoryLabel}（{i.targetsInCategory}）
                    </td>
                    <td>{i.ratioPercent}%</td>
                    <td>
                      {i.drawsDone} / {i.roundsPlanned}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Async>
      </Card>
      <Card title="覆盖情况">
        <Async state={coverage}>
          {(c) => (
            <>
              <p class="muted">
                {c.since} 以来（{c.years} 年内）未被抽中的在库检查对象：{c.notInspected.length} 个
              </p>
              <ul data-testid="not-covered">
                {c.notInspected.map((t) => (
                  <li key={t.id}>
                    {t.name}（{t.categoryLabel}，最近抽中：{t.lastInspectedOn ?? '从未'}）
                  </li>
                ))}
              </ul>
            </>
          )}
        </Async>
      </Card>
    </>
  );
}
