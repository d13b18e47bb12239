import { api } from './api';
import { Async, Card, Empty, StatusBadge, useLoad } from './components';
import type { CoverageRow, SchoolProgressView } from './types';

function CoverageFigure({ row }: { row: CoverageRow }) {
  return (
    <span data-testid="coverage-figure">
      {row.done}/{row.total} 所学校完成，覆盖率 <b>{row.percent}%</b>
      {row.target !== null && (
        <>
          {' '}
          （目标 {row.target}%{row.met ? '，已达到' : '，未达到'}）
        </>
      )}
    </span>
  );
}

/** On a task of a school-led item: the coverage, and (for the supporting department and leaders) each school's task. */
export function SchoolProgress({ taskId }: { taskId: number }) {
  const state = useLoad(() => api.get<SchoolProgressView>(`/tasks/${taskId}/schools`), [taskId]);
  return (
    <Async state={state}>
      {(p) => (
        <>
          <p>
            <CoverageFigure row={p.coverage} />
          </p>
          {p.schools.length > 0 && (
            <ul class="ref-list" aria-label="各校任务">
              {p.schools.map((s) => (
                <li key={s.id}>
                  <a href={`#/tasks/${s.id}`}>{s.departmentName}</a> <StatusBadge status={s.status} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Async>
  );
}

/** 督办看板: coverage of the school-led items of the year (学校章程、法律顾问、法治副校长). */
export function CoveragePanel({ year }: { year: string }) {
  const state = useLoad(() => api.get<CoverageRow[]>('/oversight/coverage', year ? { year } : {}), [year]);
  return (
    <Card title="学校覆盖率">
      <Async state={state}>
        {(rows) =>
          rows.length ? (
            <table class="table" aria-label="学校覆盖率">
              <thead>
                <tr>
                  <th>事项</th>
                  <th>期次</th>
                  <th>完成 / 学校数</th>
                  <th>覆盖率</th>
                  <th>目标</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.templateItemId}-${r.periodKey}`}>
                    <td>{r.title}</td>
                    <td>{r.periodLabel}</td>
                    <td>
                      {r.done} / {r.total}
                    </td>
                    <td class={r.met ? 'ok' : 'danger'}>{r.percent}%</td>
                    <td>{r.target === null ? '—' : `${r.target}%`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <Empty>本年度没有学校覆盖率事项</Empty>
          )
        }
      </Async>
    </Card>
  );
}
