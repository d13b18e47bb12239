import { useState } from 'preact/hooks';
import { api } from '../../api';
import { Async, Card, Empty, useLoad, usePageTitle, valueOf } from '../../components';
import { ExportButton, ImportBox } from '../../excel';
import type { Page } from '../../types';
import { FindingPage, FindingStatus, NewFinding, type Finding, type FindingImportResult } from './findings-entry';

/** `#/registers/findings`: the list with search, status and overdue filters, export and import. */
function FindingList() {
  usePageTitle('整改台账');
  const [q, setQ] = useState('');
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const [overdue, setOverdue] = useState(false);
  const [reload, setReload] = useState(0);
  const query = { q: q || undefined, status: status || undefined, overdue: overdue || undefined, sort: 'deadlineOn', pageSize: 100 };
  const list = useLoad(() => api.get<Page<Finding>>('/findings', query), [q, status, overdue, reload]);
  return (
    <>
      <div class="page-head">
        <h1>整改台账</h1>
        <a class="btn btn-primary" href="#/registers/findings/new" data-testid="new-finding">
          登记问题
        </a>
        <ExportButton path="/findings/export.xlsx" query={query} />
      </div>
      <form
        class="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(text.trim());
        }}
      >
        <input
          class="input"
          type="search"
          value={text}
          maxLength={100}
          placeholder="问题描述、来源或编号"
          aria-label="搜索整改问题"
          onInput={(e) => setText(valueOf(e))}
        />
        <button type="submit" class="btn btn-small">
          搜索
        </button>
        <select class="input" value={status} aria-label="状态" onChange={(e) => setStatus(valueOf(e))}>
          <option value="">全部状态</option>
          <option value="open">待整改</option>
          <option value="in_progress">整改中</option>
          <option value="rectified">已整改</option>
          <option value="closed">已销号</option>
        </select>
        <label>
          <input type="checkbox" name="overdue" checked={overdue} onChange={(e) => setOverdue(e.currentTarget.checked)} /> 只看逾期
        </label>
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
