import { useState } from 'preact/hooks';
import { api } from '../../api';
import type { components } from '../../api-types';
import { Async, Badge, Card, Empty, Select, useLoad } from '../../components';
import { thisYear, YearOptions } from './adviser-options';

type Schemas = components['schemas'];
type Figures = Schemas['AdviserFiguresView'];
type Coverage = Schemas['AdviserCoverageView'];

function TallyCells({ t }: { t: Schemas['TallyView'] }) {
  return (
    <>
      <td>{t.total}</td>
      <td>{t.onTime}</td>
      <td>{t.late}</td>
      <td>{t.pending}</td>
      <td>{t.averageTurnaround ?? '—'}</td>
    </>
  );
}

const TALLY_HEAD = ['件数', '按时', '超时', '审查中', '平均用时（工作日）'];

/** 年度统计: the year's requests per kind and per adviser. */
export function FiguresTab() {
  const [year, setYear] = useState(thisYear());
  const figures = useLoad(() => api.get<Figures>(`/advisers/figures/${year}`), [year]);
  return (
    <>
      <div class="filters">
        <label class="filter">
          <span>年份</span>
          <Select value={String(year)} onChange={(v) => setYear(Number(v))} label="年份">
            <YearOptions />
          </Select>
        </label>
      </div>
      <Async state={figures}>
        {(f) => (
          <>
            <Card title={`${f.year}年 按事项类型（时限 ${f.limitWorkingDays} 个工作日）`}>
              <table class="table" data-testid="figures-by-kind">
                <thead>
                  <tr>
                    <th>类型</th>
                    {TALLY_HEAD.map((h) => (
                      <th key={h}>{h}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {f.byKind.map((k) => (
                    <tr key={k.kindName}>
                      <td>{k.kindName}</td>
                      <TallyCells t={k} />
                    </tr>
                  ))}
                  <tr>
                    <th>合计</th>
                    <TallyCells t={f.all} />
                  </tr>
                </tbody>
              </table>
            </Card>
            <Card title="按法律顾问">
              {f.byAdviser.length ? (
                <table class="table">
                  <thead>
                    <tr>
                      <th>法律顾问</th>
                      {TALLY_HEAD.map((h) => (
                        <th key={h}>{h}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {f.byAdviser.map((a) => (
                      <tr key={a.adviserId ?? 0}>
                        <td>{a.adviserName}</td>
                        <TallyCells t={a} />
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <Empty>本年度没有审查记录</Empty>
              )}
            </Card>
          </>
        )}
      </Async>
    </>
  );
}

/** 学校覆盖: schools with and without an adviser engagement in force today. */
export function CoverageTab() {
  const coverage = useLoad(() => api.get<Coverage>('/advisers/coverage'), []);
  return (
    <Async state={coverage}>
      {(c) => (
        <Card title={`学校法律顾问覆盖（${c.today}）`}>
          <p data-testid="coverage-rate">
            已覆盖 {c.covered}/{c.schools} 所学校，覆盖率 {c.rate}%（目标 100%，一校一聘）
          </p>
          <table class="table" data-testid="coverage-list">
            <thead>
              <tr>
                <th>学校</th>
                <th>状态</th>
                <th>有效聘任</th>
              </tr>
            </thead>
            <tbody>
              {c.list.map((s) => (
                <tr key={s.departmentId}>
                  <td>{s.name}</td>
                  <td>{s.covered ? <Badge tone="ok">已覆盖</Badge> : <Badge tone="danger">未覆盖</Badge>}</td>
                  <td>{s.engagements.join('、') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </Async>
  );
}
