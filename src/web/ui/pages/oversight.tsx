import { useState } from 'preact/hooks';
import { api } from '../api';
import { CompletionChart, OverdueChart, SummaryTable } from '../charts';
import { Async, Card, Empty, SortSelect, Tabs, useLoad, usePageTitle, useSession } from '../components';
import { CoveragePanel } from '../coverage-panel';
import { ExportButton } from '../excel';
import { percent } from '../format';
import { navigate } from '../router';
import { TaskRow } from '../tasklist';
import { CursorPager, useCursorPaging } from '../pager';
import type { OversightSummary, Page, Plan, SummaryRow, TaskSummary } from '../types';
import { YearSelect, yearFilter } from '../year-filter';

const PAGE = 20;

/** 督办看板: what is overdue across the bureau, and completion per department and work point. */
export function OversightPage({ query }: { query: URLSearchParams }) {
  usePageTitle('督办看板');
  const { me } = useSession();
  const year = yearFilter(query.get('year'));
  const yearQuery = year ? { year } : { allYears: 'true' };
  const tab = (query.get('by') === 'wp' ? 'wp' : 'dept') as 'dept' | 'wp';
  const setQuery = (name: string, value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(name, value);
    else next.delete(name);
    const qs = next.toString();
    navigate(`/oversight${qs ? `?${qs}` : ''}`, true);
  };

  const plans = useLoad(() => api.get<Page<Plan>>('/plans', { kind: 'annual', pageSize: 50 }), []);
  const summary = useLoad(() => api.get<OversightSummary>('/oversight/summary', yearQuery), [year]);
  const [overdueSort, setOverdueSort] = useState('');
  const overduePaging = useCursorPaging(overdueSort);
  const overdue = useLoad(
    () => api.get<Page<TaskSummary>>('/oversight/overdue', { sort: overdueSort, cursor: overduePaging.cursor, pageSize: 200 }),
    [overdueSort, overduePaging.cursor],
  );
  const [mineOnly, setMineOnly] = useState(false);
  const [shown, setShown] = useState(PAGE);

  const supervised = new Set(me.supervisedDepartmentIds);
  const toDept = (r: SummaryRow) => navigate(`/tasks?dept=${r.id}`);
  const toWorkPoint = (r: SummaryRow) => navigate(`/tasks?wp=${r.id}`);
  const years = [...new Set((plans.data?.items ?? []).map((p) => p.year))].sort((a, b) => b - a);

  return (
    <div class="oversight">
      <div class="page-head">
        <div>
          <h1 class="page-title">督办看板</h1>
          <p class="page-sub">{summary.data ? `统计日 ${summary.data.today}` : '全局任务完成与逾期情况'}</p>
        </div>
        <YearSelect value={year} years={years} onChange={(v) => setQuery('year', v)} />
      </div>

      <Async state={summary}>
        {(s) => {
          const total = s.byDepartment.reduce((n, r) => n + r.total - r.notApplicable, 0);
          const done = s.byDepartment.reduce((n, r) => n + r.done, 0);
          const late = s.byDepartment.reduce((n, r) => n + r.overdue, 0);
          const mineLate = s.byDepartment.filter((r) => r.supervised).reduce((n, r) => n + r.overdue, 0);
          const mineRows = s.byDepartment.filter((r) => r.supervised);
          const otherRows = s.byDepartment.filter((r) => !r.supervised);
          return (
            <>
              <div class="stat-tiles">
                <div class="stat stat-danger">
                  <span class="stat-value" data-testid="kpi-overdue">
                    {late}
                  </span>
                  <span class="stat-label">逾期任务</span>
                </div>
                {me.role === 'leader' && (
                  <div class="stat stat-warn">
                    <span class="stat-value">{mineLate}</span>
                    <span class="stat-label">我分管的逾期</span>
                  </div>
                )}
                <div class="stat stat-ok">
                  <span class="stat-value">{total ? percent(done / total) : '—'}</span>
                  <span class="stat-label">完成率</span>
                </div>
                <div class="stat stat-info">
                  <span class="stat-value">
                    {done}/{total}
                  </span>
                  <span class="stat-label">已完成/任务总数</span>
                </div>
              </div>

              <div class="board">
                <Card title="各单位逾期任务数" class="board-chart">
                  <OverdueChart rows={s.byDepartment} onSelect={toDept} label="各单位逾期任务数" empty="全局暂无逾期任务" />
                </Card>

                <Card
                  title="逾期任务（按逾期天数）"
                  class="board-list"
                  actions={
                    <>
                      <ExportButton path="/oversight/overdue/export.xlsx" query={{ sort: overdueSort }} />
                      <SortSelect
                        value={overdueSort}
                        options={[
                          ['', '逾期最久在前'],
                          ['-dueOn', '逾期最短在前'],
                          ['department', '股室/学校'],
                          ['workPoint', '工作要点'],
                        ]}
                        onChange={setOverdueSort}
                      />
                      {me.role === 'leader' && supervised.size > 0 && (
                        <label class="check">
                          <input type="checkbox" checked={mineOnly} onChange={(e) => setMineOnly(e.currentTarget.checked)} />
                          只看我分管的
                        </label>
                      )}
                    </>
                  }
                >
                  <Async state={overdue}>
                    {(p) => {
                      const rows = mineOnly ? p.items.filter((t) => supervised.has(t.departmentId)) : p.items;
                      if (!rows.length) return <Empty>{mineOnly ? '您分管的单位暂无逾期任务' : '全局暂无逾期任务'}</Empty>;
                      return (
                        <>
                          <ul class="task-list" data-testid="overdue-list">
                            {rows.slice(0, shown).map((t) => (
                              <TaskRow key={t.id} t={t} showDept canUrge={me.role === 'leader'} onChanged={overdue.reload} />
                            ))}
                          </ul>
                          {rows.length > shown && (
                            <button type="button" class="btn btn-ghost btn-more" onClick={() => setShown(shown + PAGE)}>
                              显示更多（还有 {rows.length - shown} 项）
                            </button>
                          )}
                          <CursorPager paging={overduePaging} page={p} />
                        </>
                      );
                    }}
                  </Async>
                </Card>
              </div>

              <Card
                title="完成情况"
                actions={
                  <>
                    <ExportButton path="/oversight/summary/export.xlsx" query={yearQuery} />
                    <Tabs
                      label="统计口径"
                      tabs={[
                        ['dept', '按单位'],
                        ['wp', '按工作要点'],
                      ]}
                      value={tab}
                      onChange={(k) => setQuery('by', k === 'wp' ? 'wp' : '')}
                    />
                  </>
                }
              >
                <p class="muted small">点击单位或工作要点查看其任务。</p>
                {tab === 'dept' ? (
                  <>
                    {mineRows.length > 0 && (
                      <>
                        <h3 class="sub-title">我分管的单位</h3>
                        <CompletionChart rows={mineRows} onSelect={toDept} label="我分管的单位完成情况" />
                        <h3 class="sub-title">其他单位</h3>
                      </>
                    )}
                    <CompletionChart rows={otherRows} onSelect={toDept} label="各单位完成情况" />
                    <h3 class="sub-title">数据表</h3>
                    <SummaryTable rows={s.byDepartment} nameHeader="单位" onSelect={toDept} />
                  </>
                ) : (
                  <>
                    <CompletionChart rows={s.byWorkPoint} onSelect={toWorkPoint} label="各工作要点完成情况" />
                    <h3 class="sub-title">数据表</h3>
                    <SummaryTable rows={s.byWorkPoint} nameHeader="工作要点" onSelect={toWorkPoint} />
                  </>
                )}
              </Card>
            </>
          );
        }}
      </Async>
      <CoveragePanel year={year} />
    </div>
  );
}
