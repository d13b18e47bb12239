import { useState } from 'preact/hooks';
import { api } from '../../api';
import type { components } from '../../api-types';
import { Async, Card, useLoad, valueOf } from '../../components';

type Schemas = components['schemas'];
type YearPlan = Schemas['YearPlanView'];
type Coverage = Schemas['InspectionCoverageView'];

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
