import { useState } from 'preact/hooks';
import { api, type Query } from '../../api';
import { Async, Card, Empty, Select, SortSelect, useLoad, usePageTitle } from '../../components';
import { ExportButton, ImportBox } from '../../excel';
import { useCursorPaging } from '../../pager';
import { navigate } from '../../router';
import { CertificateDetail, CertificateForm } from './certificate';
import { CertificateBadge, type CertificatePage, OfficeOptions, useCanEdit } from './certificate-parts';
import { ListFooter } from './list-footer';

/** `#/registers/certificates[/new | /<id> | /<id>/edit]`. */
export function CertificatesRegister({ rest, query }: { rest: string[]; query: URLSearchParams }) {
  const [first, second] = rest;
  if (first === 'new') return <CertificateForm />;
  if (first && second === 'edit') return <CertificateForm id={Number(first)} />;
  if (first) return <CertificateDetail id={Number(first)} />;
  return <CertificateList query={query} />;
}

const SORTS: [string, string][] = [
  ['expiresOn', '到期日（先到期在前）'],
  ['-expiresOn', '到期日（后到期在前）'],
  ['holderName', '持证人'],
  ['certificateNo', '执法证号'],
];

function CertificateList({ query }: { query: URLSearchParams }) {
  usePageTitle('执法证台账');
  const canEdit = useCanEdit();
  const [importing, setImporting] = useState(false);
  const [version, setVersion] = useState(0);
  const get = (k: string) => query.get(k) ?? '';
  const [text, setText] = useState(get('q'));
  const filters: Query = { q: get('q'), departmentId: get('dept'), state: get('state'), expiringWithin: get('within'), sort: get('sort') || 'expiresOn' };
  const paging = useCursorPaging(JSON.stringify(filters));
  const list = useLoad(
    () => api.get<CertificatePage>('/certificates', { ...filters, pageSize: 50, cursor: paging.cursor }),
    [JSON.stringify(filters), version, paging.cursor],
  );
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(name, value);
    else next.delete(name);
    const qs = next.toString();
    navigate(`/registers/certificates${qs ? `?${qs}` : ''}`, true);
  };

  return (
    <>
      <div class="page-head">
        <div>
          <h1 class="page-title">执法人员和执法证台账</h1>
          <p class="page-sub">
            <a href="#/registers">台账</a> · 持证执法人员、执法类别和有效期；到期前自动提醒
          </p>
        </div>
        <div class="card-actions">
          <ExportButton path="/certificates/export.xlsx" query={filters} />
          {canEdit && (
            <>
              <button type="button" class="btn btn-small" onClick={() => setImporting(!importing)}>
                导入
              </button>
              <a class="btn btn-primary" href="#/registers/certificates/new" data-testid="new-certificate">
                登记执法证
              </a>
            </>
          )}
        </div>
      </div>
      {importing && (
        <Card title="从 Excel 导入执法证" actions={<a href="/certificates/import-template.xlsx">下载导入模板</a>}>
          <ImportBox path="/certificates/import" templatePath="/certificates/import-template.xlsx" what="执法证" onDone={() => setVersion((v) => v + 1)} />
        </Card>
      )}
      <form
        class="filters"
        role="search"
        aria-label="筛选执法证"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter('q', text.trim());
        }}
      >
        <label class="filter">
          <span>股室</span>
          <Select value={get('dept')} onChange={(v) => setFilter('dept', v)} label="按股室筛选">
            <option value="">全部股室</option>
            <OfficeOptions />
          </Select>
        </label>
        <label class="filter">
          <span>状态</span>
          <Select value={get('state')} onChange={(v) => setFilter('state', v)} label="按状态筛选">
            <option value="">全部状态</option>
            <option value="valid">有效</option>
            <option value="expired">已过期</option>
            <option value="suspended">暂扣</option>
            <option value="revoked">注销</option>
          </Select>
        </label>
        <label class="filter">
          <span>即将到期</span>
          <Select value={get('within')} onChange={(v) => setFilter('within', v)} label="按到期时间筛选">
            <option value="">不限</option>
            <option value="30">30 天内</option>
            <option value="90">90 天内</option>
            <option value="180">180 天内</option>
          </Select>
        </label>
        <SortSelect value={get('sort') || 'expiresOn'} options={SORTS} onChange={(v) => setFilter('sort', v)} />
        <label class="filter">
          <span>搜索</span>
          <input
            class="input"
            type="search"
            value={text}
            maxLength={100}
            placeholder="姓名、证号或执法类别"
            aria-label="搜索执法证"
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="btn btn-small">
          搜索
        </button>
      </form>
      <Card>
        <Async state={list}>
          {(page) =>
            page.items.length ? (
              <table class="table" data-testid="certificate-list">
                <thead>
                  <tr>
                    <th>持证人</th>
                    <th>执法证号</th>
                    <th>所属股室</th>
                    <th>执法类别</th>
                    <th>有效期至</th>
                    <th>状态</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((c) => (
                    <tr key={c.id}>
                      <td>
                        <a href={`#/registers/certificates/${c.id}`}>{c.holderName}</a>
                      </td>
                      <td>{c.certificateNo}</td>
                      <td>{c.departmentName}</td>
                      <td>{c.category}</td>
                      <td>
                        {c.expiresOn}
                        {c.state === 'valid' && c.daysLeft <= 90 && <span class="muted small">（剩 {c.daysLeft} 天）</span>}
                      </td>
                      <td>
                        <CertificateBadge c={c} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <Empty>没有符合条件的执法证</Empty>
            )
          }
        </Async>
        {list.data && <ListFooter paging={paging} page={list.data} unit="张" />}
      </Card>
    </>
  );
}
