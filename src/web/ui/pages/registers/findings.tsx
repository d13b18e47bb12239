import { useState } from 'preact/hooks';
import { api } from '../../api';
import { Async, Card, Empty, useLoad, usePageTitle, valueOf } from '../../components';
import { ExportButton, ImportBox } from '../../excel';
import { useCursorPaging } from '../../pager';
import type { Department, Page } from '../../types';
import { FindingPage, FindingStatus, NewFinding, SOURCES, STATUSES, type Finding, type FindingImportResult } from './findings-entry';
import { ListFooter } from './list-footer';

/** One select filter of the list: an "all" choice, then the options as [value, label]. */
function Choice({
  label,
  all,
  value,
  onChange,
  options,
}: {
  label: string;
  all: string;
  value: string;
  onChange(v: string): void;
  options: [string, string][];
}) {
  return (
    <label class="filter">
      <span>{label}</span>
      <select class="input" value={value} onChange={(e) => onChange(valueOf(e))}>
        <option value="">{all}</option>
        {options.map(([k, v]) => (
          <option key={k} value={k}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
}

/** `#/registers/findings`: the list with search, status, source, department, year and overdue filters, export and import. */
function FindingList() {
  usePageTitle('整改台账');
  const [q, setQ] = useState('');
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const [overdue, setOverdue] = useState(false);
  const [source, setSource] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [year, setYear] = useState('');
  const [reload, setReload] = useState(0);
  const query = {
    q: q || undefined,
    status: status || undefined,
    overdue: overdue || undefined,
    source: source || undefined,
    departmentId: departmentId || undefined,
    year: /^\d{4}$/.test(year) ? year : undefined,
    sort: 'deadlineOn',
    pageSize: 50,
  };
  const paging = useCursorPaging([q, status, overdue, source, departmentId, year].join('|'));
  const list = useLoad(
    () => api.get<Page<Finding>>('/findings', { ...query, cursor: paging.cursor }),
    [q, status, overdue, source, departmentId, year, reload, paging.cursor],
  );
  const departments = useLoad(() => api.get<Department[]>('/departments'), []);
  return (
    <>
      <div class="page-head">
        <h1 class="page-title">整改台账</h1>
        <div>
          <a class="btn btn-primary" href="#/registers/findings/new" data-testid="new-finding">
            登记问题
          </a>{' '}
          <ExportButton path="/findings/export.xlsx" query={query} />
        </div>
      </div>
      <form
        class="filters"
        role="search"
        aria-label="筛选整改问题"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(text.trim());
        }}
      >
        <label class="filter">
          <span>搜索</span>
          <input class="input" type="search" value={text} maxLength={100} placeholder="问题描述、来源或编号" onInput={(e) => setText(valueOf(e))} />
        </label>
        <Choice label="状态" all="全部状态" value={status} onChange={setStatus} options={STATUSES} />
        <Choice label="问题来源" all="全部来源" value={source} onChange={setSource} options={SOURCES} />
        <Choice
          label="责任股室"
          all="全部股室"
          value={departmentId}
          onChange={setDepartmentId}
          options={(departments.data ?? []).map((d) => [String(d.id), d.name])}
        />
        <label class="filter">
          <span>发现年度</span>
          <input class="input" type="number" value={year} placeholder="如 2026" onInput={(e) => setYear(valueOf(e))} />
        </label>
        <label>
          <input type="checkbox" name="overdue" checked={overdue} onChange={(e) => setOverdue(e.currentTarget.checked)} /> 只看逾期
        </label>
        <button type="submit" class="btn btn-small">
          搜索
        </button>
      </form>
      <Card>
        <Async state={list}>
          {(page) =>
            page.items.length ? (
              <table class="table" data-testid="finding-list">
                <thead>
                  <tr>
                    <th>编号</th>
                    <th>来源</th>
                    <th>问题</th>
                    <th>责任股室</th>
                    <th>整改期限</th>
                    <th>状态</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((f) => (
                    <tr key={f.id}>
                      <td>{f.code}</td>
                      <td>{f.sourceName}</td>
                      <td>
                        <a href={`#/registers/findings/${f.id}`}>{f.description}</a>
                      </td>
                      <td>{f.departmentName}</td>
                      <td>{f.deadlineOn}</td>
                      <td>
                        <FindingStatus f={f} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <Empty>暂无整改问题</Empty>
            )
          }
        </Async>
        {list.data && <ListFooter paging={paging} page={list.data} unit="项" />}
      </Card>
      <Card title="从 Excel 导入">
        <ImportBox<FindingImportResult>
          path="/findings/import"
          templatePath="/findings/import-template.xlsx"
          what="整改问题"
          onDone={() => setReload(reload + 1)}
        />
      </Card>
    </>
  );
}

export function FindingsRegister({ rest }: { rest: string[] }) {
  if (rest[0] === 'new') return <NewFinding />;
  if (rest[0]) return <FindingPage id={rest[0]} />;
  return <FindingList />;
}
