import { Empty } from './components';
import { percent } from './format';
import type { SummaryRow } from './types';

/**
 * Hand-rolled SVG bar charts. Each row is a button (label, bar, numbers) so a click or Enter
 * drills down; the bar is an SVG stretched to the row's width, the text stays HTML (readable on
 * a phone at any width).
 */
export function CompletionChart({ rows, onSelect, label }: { rows: SummaryRow[]; onSelect(row: SummaryRow): void; label: string }) {
  if (!rows.length) return <Empty>暂无任务数据</Empty>;
  return (
    <figure class="chart" aria-label={label} data-testid="completion-chart">
      <ul class="chart-rows">
        {rows.map((r) => {
          const done = r.total ? (r.done / r.total) * 100 : 0;
          const overdue = r.total ? (r.overdue / r.total) * 100 : 0;
          return (
            <li key={r.id}>
              <button type="button" class="chart-row" onClick={() => onSelect(r)} title={`查看${r.name}的任务`}>
                <span class="chart-label">
                  {r.name}
                  {r.supervised && <span class="tag-supervised">分管</span>}
                </span>
                <svg
                  class="chart-bar"
                  viewBox="0 0 100 10"
                  preserveAspectRatio="none"
                  role="img"
                  aria-label={`${r.name}：完成 ${r.done}/${r.total}，逾期 ${r.overdue}`}
                >
                  <rect x="0" y="0" width="100" height="10" class="seg-rest" />
                  <rect x="0" y="0" width={done} height="10" class="seg-done" />
                  <rect x={done} y="0" width={overdue} height="10" class="seg-overdue" />
                </svg>
                <span class="chart-num">
                  <b>{percent(r.completionRate)}</b>
                  <span class="muted">
                    {r.done}/{r.total}
                  </span>
                  {r.overdue > 0 && <span class="text-danger">逾期 {r.overdue}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <figcaption class="legend">
        <span>
          <i class="swatch seg-done" />
          已完成
        </span>
        <span>
          <i class="swatch seg-overdue" />
          逾期
        </span>
        <span>
          <i class="swatch seg-rest" />
          其他未完成
        </span>
      </figcaption>
    </figure>
  );
}

export function OverdueChart({ rows, onSelect, label, empty }: { rows: SummaryRow[]; onSelect(row: SummaryRow): void; label: string; empty: string }) {
  const late = rows.filter((r) => r.overdue > 0).sort((a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name, 'zh-CN'));
  if (!late.length) return <Empty>{empty}</Empty>;
  const max = Math.max(...late.map((r) => r.overdue));
  return (
    <figure class="chart chart-overdue" aria-label={label} data-testid="overdue-chart">
      <ul class="chart-rows">
        {late.map((r) => (
          <li key={r.id}>
            <button type="button" class="chart-row" onClick={() => onSelect(r)} title={`查看${r.name}的任务`}>
              <span class="chart-label">
                {r.name}
                {r.supervised && <span class="tag-supervised">分管</span>}
              </span>
              <svg class="chart-bar chart-bar-plain" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={`${r.name}：逾期 ${r.overdue} 项`}>
                <rect x="0" y="0" width={(r.overdue / max) * 100} height="10" class="seg-overdue" />
              </svg>
              <span class="chart-num">
                <b class="text-danger">{r.overdue}</b>
                <span class="muted">项</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** The same numbers as a table (sortable by reading, printable, copyable). */
export function SummaryTable({ rows, nameHeader, onSelect }: { rows: SummaryRow[]; nameHeader: string; onSelect(row: SummaryRow): void }) {
  if (!rows.length) return null;
  const sum = rows.reduce(
    (s, r) => ({ total: s.total + r.total, done: s.done + r.done, overdue: s.overdue + r.overdue, na: s.na + r.notApplicable, late: s.late + r.late }),
    { total: 0, done: 0, overdue: 0, na: 0, late: 0 },
  );
  // The completion rate leaves 不适用 out of the denominator, as the rows' own rates do.
  const due = sum.total - sum.na;
  return (
    <div class="table-wrap">
      <table class="table table-summary">
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            <th scope="col" class="num">
              任务
            </th>
            <th scope="col" class="num">
              完成
            </th>
            <th scope="col" class="num">
              逾期
            </th>
            <th scope="col" class="num">
              不适用
            </th>
            <th scope="col" class="num">
              完成率
            </th>
            <th scope="col" class="num">
              逾期完成
            </th>
            <th scope="col" class="num">
              按期完成率
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <a
                  href="#"
                  onClick={(e) => {
                    e.preventDefault();
                    onSelect(r);
                  }}
                >
                  {r.name}
                </a>
                {r.supervised && <span class="tag-supervised">分管</span>}
              </th>
              <td class="num">{r.total}</td>
              <td class="num">{r.done}</td>
              <td class={`num${r.overdue ? ' text-danger' : ''}`}>{r.overdue}</td>
              <td class="num">{r.notApplicable}</td>
              <td class="num">{percent(r.completionRate)}</td>
              <td class="num">{r.late}</td>
              <td class="num" data-testid="on-time-rate">
                {r.onTimeRate === null ? '—' : percent(r.onTimeRate)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">合计</th>
            <td class="num">{sum.total}</td>
            <td class="num">{sum.done}</td>
            <td class="num">{sum.overdue}</td>
            <td class="num">{sum.na}</td>
            <td class="num">{due ? percent(sum.done / due) : '—'}</td>
            <td class="num">{sum.late}</td>
            <td class="num">{sum.done ? percent((sum.done - sum.late) / sum.done) : '—'}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
