import { useState } from 'preact/hooks';
import { api } from '../../api';
import type { components } from '../../api-types';
import { Async, Badge, Card, Empty, Select, SortSelect, useLoad, usePageTitle } from '../../components';
import { ExportButton, ImportBox } from '../../excel';
import { type CursorPaging, useCursorPaging } from '../../pager';
import type { Department } from '../../types';
import { DocumentStatusBadge } from './document-badge';
import { DocumentCleanup } from './document-cleanup';
import { DocumentDetail, DocumentForm } from './document-detail';
import { ListFooter } from './list-footer';

type DocumentPage = components['schemas']['DocumentViewPage'];
type DocumentAccess = components['schemas']['DocumentAccessView'];

/** `#/registers/documents[/in-force | /new | /cleanup[/<year>] | /<id>]`. */
export function DocumentsRegister({ rest }: { rest: string[] }) {
  const [first] = rest;
  if (first === 'in-force') return <InForceCatalogue />;
  if (first === 'new') return <DocumentForm />;
  if (first === 'cleanup') return <DocumentCleanup year={rest[1] ? Number(rest[1]) : undefined} />;
  if (first && /^\d+$/.test(first)) return <DocumentDetail id={Number(first)} />;
  return <DocumentList />;
}

const SORTS: [string, string][] = [
  ['', '公布日期（新→旧）'],
  ['docNumber', '文号'],
  ['expiresOn', '有效期届满日（早→晚）'],
  ['-effectiveOn', '施行日期（新→旧）'],
];

function DocumentList() {
  usePageTitle('规范性文件台账');
  const [text, setText] = useState('');
  const [filters, setFilters] = useState({ q: '', status: '', departmentId: '', year: '', sort: '' });
  const set = (key: keyof typeof filters) => (value: string) => setFilters({ ...filters, [key]: value });
  const access = useLoad(() => api.get<DocumentAccess>('/documents/access'), []);
  const departments = useLoad(() => api.get<Department[]>('/departments'), []);
  const query = { ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)), pageSize: 50 };
  const paging = useCursorPaging(JSON.stringify(filters));
  const list = useLoad(() => api.get<DocumentPage>('/documents', { ...query, cursor: paging.cursor }), [JSON.stringify(filters), paging.cursor]);
  const canEdit = access.data?.canEdit ?? false;
  return (
    <>
      <div class="page-head">
        <h1>规范性文件台账</h1>
        <div class="card-actions">
          <a class="btn btn-small" href="#/registers/documents/in-force">
            现行有效目录
          </a>
          <a class="btn btn-small" href="#/registers/documents/cleanup">
            年度清理
          </a>
          <ExportButton path="/documents/export.xlsx" query={query} />
          {canEdit && (
            <a class="btn btn-primary" href="#/registers/documents/new" data-testid="new-document">
              登记文件
            </a>
          )}
        </div>
      </div>
      <form
        class="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          set('q')(text.trim());
        }}
      >
        <label class="filter">
          <span>文号或标题</span>
          <input class="input" type="search" value={text} maxLength={100} aria-label="搜索文件" onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <button type="submit" class="btn btn-small">
          搜索
        </button>
        <label class="filter">
          <span>状态</span>
          <Select value={filters.status} onChange={set('status')} label="状态">
            <option value="">全部状态</option>
            <option value="in_force">现行有效</option>
            <option value="amended">已修改</option>
            <option value="repealed">已废止</option>
            <option value="expired">已失效</option>
          </Select>
        </label>
        {access.data?.readsAll && (
          <label class="filter">
            <span>起草股室</span>
            <Select value={filters.departmentId} onChange={set('departmentId')} label="起草股室">
              <option value="">全部股室</option>
              {(departments.data ?? []).map((d) => (
                <option key={d.id} value={String(d.id)}>
                  {d.name}
                </option>
              ))}
            </Select>
          </label>
        )}
        <label class="filter">
          <span>公布年度</span>
          <input
            class="input"
            type="number"
            min={2000}
            max={2100}
            aria-label="公布年度"
            value={filters.year}
            onChange={(e) => set('year')(e.currentTarget.value)}
          />
        </label>
        <SortSelect value={filters.sort} options={SORTS} onChange={set('sort')} />
      </form>
      <Card>
        <Async state={list}>{(page) => <DocumentTable page={page} paging={paging} empty="没有符合条件的文件" />}</Async>
      </Card>
      {canEdit && (
        <Card title="从 Excel 导入">
          <ImportBox path="/documents/import" templatePath="/documents/import-template.xlsx" what="文件" onDone={() => list.reload()} />
        </Card>
      )}
    </>
  );
}

function DocumentTable({ page, paging, empty, links = true }: { page: DocumentPage; paging: CursorPaging; empty: string; links?: boolean }) {
  if (!page.items.length) return <Empty>{empty}</Empty>;
  return (
    <>
      <table class="table" data-testid="document-list">
        <thead>
          <tr>
            <th>文号</th>
            <th>标题</th>
            <th>起草股室</th>
            <th>公布日期</th>
            <th>施行日期</th>
            <th>有效期届满</th>
            <th>状态</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((d) => (
            <tr key={d.id}>
              <td>{d.docNumber}</td>
              <td>{links ? <a href={`#/registers/documents/${d.id}`}>{d.title}</a> : d.title}</td>
              <td>{d.departmentName}</td>
              <td>{d.publishedOn}</td>
              <td>{d.effectiveOn}</td>
              <td>{d.expiresOn}</td>
              <td>
                <DocumentStatusBadge doc={d} />
                {d.filingOverdue && <Badge tone="danger">备案逾期</Badge>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ListFooter paging={paging} page={page} unit="件" />
    </>
  );
}

/** 现行有效规范性文件目录: every bureau member reads and exports it. */
function InForceCatalogue() {
  usePageTitle('现行有效规范性文件目录');
  const paging = useCursorPaging('');
  const list = useLoad(() => api.get<DocumentPage>('/documents/in-force', { pageSize: 100, sort: 'docNumber', cursor: paging.cursor }), [paging.cursor]);
  return (
    <>
      <div class="page-head">
        <h1>现行有效规范性文件目录</h1>
        <div class="card-actions">
          <ExportButton path="/documents/in-force.xlsx" query={{ sort: 'docNumber' }} />
          <a class="btn btn-small" href="#/registers/documents">
            返回台账
          </a>
        </div>
      </div>
      <Card>
        <Async state={list}>{(page) => <DocumentTable page={page} paging={paging} empty="目前没有现行有效的规范性文件" links={false} />}</Async>
      </Card>
    </>
  );
}
