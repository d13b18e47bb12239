import { api } from '../api';
import { Async, Badge, Card, Empty, Select, useLoad, usePageTitle } from '../components';
import { percent } from '../format';
import { href, navigate } from '../router';
import type { AnnualReport, Figure, FigureRecords, Page, Plan, Task, Template, TemplateWithItems } from '../types';

/** The link of the Word draft (a plain link: the UI's cookie authenticates downloads). */
export const draftUrl = (year: number | string) => `/reports/annual/${year}/draft.docx`;

/** 年度报告: the year's figures per work point, their records, and the Word draft. */
export function AnnualReportPage({ query }: { query: URLSearchParams }) {
  usePageTitle('年度报告');
  const plans = useLoad(() => api.get<Page<Plan>>('/plans', { kind: 'annual', pageSize: 50 }), []);
  const years = [...new Set((plans.data?.items ?? []).map((p) => p.year))].sort((a, b) => b - a);
  const year = query.get('year') ?? String(years[0] ?? new Date().getFullYear());
  const figure = query.get('figure') ?? '';
  const go = (next: { year?: string; figure?: string }) => navigate(href('/reports', { year: next.year ?? year, figure: next.figure }).slice(1), true);
  const report = useLoad(() => api.get<AnnualReport>(`/reports/annual/${year}`), [year]);

  return (
    <div class="annual-report">
      <div class="page-head">
        <div>
          <h1 class="page-title">年度法治政府建设情况报告</h1>
          <p class="page-sub">{report.data ? `根据截至 ${report.data.asOf} 的记录统计` : '各工作要点的年度数字'}</p>
        </div>
        <label class="filter">
          <span>年度</span>
          <Select value={year} onChange={(v) => go({ year: v })} label="年度">
            {[...new Set([Number(year), ...years])].map((y) => (
              <option key={y} value={String(y)}>
                {y}年
              </option>
            ))}
          </Select>
        </label>
        <a class="btn btn-primary" href={draftUrl(year)} download data-testid="download-draft">
          下载Word初稿
        </a>
      </div>
      {figure && <FigureDrillDown year={year} figure={figure} onClose={() => go({})} />}
      <Async state={report}>
        {(r) => (
          <>
            {r.workPoints.map((w) => (
              <Card key={w.key} title={`${w.section} ${w.name}`}>
                <ul class="figure-list" data-testid={`figures-${w.key}`}>
                  {w.figures.map((f) => (
                    <FigureItem key={f.key} f={f} onOpen={() => go({ figure: f.key })} />
                  ))}
                </ul>
              </Card>
            ))}
            <Card title="各股室按期完成情况">
              {r.departments.length === 0 ? (
                <Empty>本年度尚无任务</Empty>
              ) : (
                <table class="table" data-testid="on-time-table">
                  <thead>
                    <tr>
                      <th>单位</th>
                      <th>按期完成</th>
                      <th>逾期完成</th>
                      <th>逾期未完成</th>
                      <th>尚未到期</th>
                      <th>按期完成率</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.departments.map((d) => (
                      <tr key={d.departmentId}>
                        <td>{d.departmentName}</td>
                        {(['onTime', 'late', 'overdue'] as const).map((g) => (
                          <td key={g}>
                            <a href={href('/reports', { year, figure: `on-time.${d.departmentId}.${g}` })}>{d[g]}</a>
                          </td>
                        ))}
                        <td>{d.pending}</td>
                        <td>{d.onTimeRate === null ? '—' : percent(d.onTimeRate)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </Card>
          </>
        )}
      </Async>
    </div>
  );
}

function FigureItem({ f, onOpen }: { f: Figure; onOpen(): void }) {
  if (!f.available)
    return (
      <li class="figure figure-unavailable muted" title={f.reason ?? ''}>
        <span class="figure-label">{f.label}</span>
        <span class="figure-reason">{f.reason}</span>
      </li>
    );
  return (
    <li class="figure">
      <button type="button" class="btn btn-ghost figure-open" onClick={onOpen}>
        <span class="figure-label">{f.label}</span>
        <strong class="figure-value">
          {f.value}
          {f.total !== null ? ` / ${f.total}` : ''} {f.unit}
        </strong>
      </button>
    </li>
  );
}

function FigureDrillDown({ year, figure, onClose }: { year: string; figure: string; onClose(): void }) {
  const state = useLoad(() => api.get<FigureRecords>(`/reports/annual/${year}/figures/${encodeURIComponent(figure)}`), [year, figure]);
  return (
    <Card
      title={state.data ? `明细：${state.data.label}` : '明细'}
      actions={
        <button type="button" class="btn btn-ghost" onClick={onClose}>
          关闭
        </button>
      }
    >
      <Async state={state}>
        {(d) =>
          !d.available ? (
            <Empty>{d.reason}</Empty>
          ) : d.records.length === 0 ? (
            <Empty>没有计入的记录</Empty>
          ) : (
            <table class="table" data-testid="figure-records">
              <thead>
                <tr>
                  <th>日期</th>
                  <th>名称</th>
                  <th>单位</th>
                  <th>类别</th>
                </tr>
              </thead>
              <tbody>
                {d.records.map((r, i) => (
                  <tr key={i}>
                    <td>{r.date ?? '—'}</td>
                    <td>{r.link !== null ? <a href={`#${r.link}`}>{r.title}</a> : r.title}</td>
                    <td>{r.departmentName ?? r.reference ?? ''}</td>
                    <td>
                      <Badge>{{ activity: '活动', task: '任务', case: '案件', entry: '台账' }[r.kind]}</Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Async>
    </Card>
  );
}

/** Catalogue items whose tasks hand in the annual report: submission (before 03-01) and publication (before 04-01). */
const REPORT_TEMPLATE = 'organisation-leadership-annual';
const REPORT_ITEMS = ['annual-report-submit', 'annual-report-publish'];

let reportItemIds: Promise<number[]> | undefined;
/** Ids of those items (looked up once per page load). */
function annualReportItemIds(): Promise<number[]> {
  reportItemIds ??= api.get<Template[]>('/templates', { kind: 'annual' }).then(async (templates) => {
    const template = templates.find((t) => t.key === REPORT_TEMPLATE);
    if (!template) return [];
    const { items } = await api.get<TemplateWithItems>(`/templates/${template.id}`);
    return items.filter((i) => REPORT_ITEMS.includes(i.key)).map((i) => i.id);
  });
  return reportItemIds;
}

/** On the report's submission and publication tasks: the previous year's draft and figures. */
export function AnnualReportLink({ task }: { task: Pick<Task, 'templateItemId' | 'dueOn' | 'periodKey'> }) {
  const ids = useLoad(annualReportItemIds, []);
  if (!ids.data?.includes(task.templateItemId)) return null;
  const year = Number((task.dueOn ?? task.periodKey).slice(0, 4)) - 1;
  return (
    <p class="annual-report-link" data-testid="annual-report-link">
      <a href={draftUrl(year)} download>
        下载{year}年度报告Word初稿
      </a>{' '}
      · <a href={href('/reports', { year })}>查看{year}年度统计数据</a>
    </p>
  );
}
