import { useState } from 'preact/hooks';
import { api } from '../../api';
import type { components } from '../../api-types';
import { Async, Card, Empty, Select, toast, useAction, useLoad, usePageTitle } from '../../components';
import { DocumentStatusBadge } from './document-badge';

type Cleanup = components['schemas']['CleanupView'];
type CleanupResult = NonNullable<components['schemas']['CleanupItemView']['result']>;
type DocumentAccess = components['schemas']['DocumentAccessView'];

const RESULTS: [CleanupResult, string][] = [
  ['continue', '继续有效'],
  ['amend', '修改'],
  ['repeal', '废止'],
];

/** 年度清理: the documents in force on the year's clean-up date, with each one's opinion (政策法规股 records it). */
export function DocumentCleanup({ year: given }: { year?: number }) {
  usePageTitle('规范性文件年度清理');
  const [year, setYear] = useState(given ?? new Date().getFullYear());
  const access = useLoad(() => api.get<DocumentAccess>('/documents/access'), []);
  const list = useLoad(() => api.get<Cleanup>(`/documents/cleanup/${year}`), [year]);
  const act = useAction();
  const record = async (id: number, result: string) => {
    if (!result) return;
    if (await act.run(() => api.post(`/documents/${id}/cleanup`, { year, result }))) {
      toast('已登记清理意见');
      list.reload();
    }
  };
  return (
    <>
      <div class="page-head">
        <h1>规范性文件年度清理</h1>
        <label class="filter">
          <span>年度</span>
          <input
            class="input"
            type="number"
            min={2000}
            max={2100}
            aria-label="清理年度"
            value={year}
            onChange={(e) => setYear(Number(e.currentTarget.value))}
          />
        </label>
        <a class="btn btn-small" href="#/registers/documents">
          返回台账
        </a>
      </div>
      <Card>
        <Async state={list}>
          {(c) =>
            c.items.length ? (
              <table class="table" data-testid="cleanup-list">
                <caption class="muted small">清理基准日 {c.date} 现行有效的文件</caption>
                <thead>
                  <tr>
                    <th>文号</th>
                    <th>标题</th>
                    <th>起草股室</th>
                    <th>有效期届满</th>
                    <th>状态</th>
                    <th>清理意见</th>
                  </tr>
                </thead>
                <tbody>
                  {c.items.map((i) => (
                    <tr key={i.document.id}>
                      <td>{i.document.docNumber}</td>
                      <td>
                        <a href={`#/registers/documents/${i.document.id}`}>{i.document.title}</a>
                      </td>
                      <td>{i.document.departmentName}</td>
                      <td>{i.document.expiresOn}</td>
                      <td>
                        <DocumentStatusBadge doc={i.document} />
                      </td>
                      <td>
                        {access.data?.canEdit ? (
                          <Select value={i.result ?? ''} onChange={(v) => void record(i.document.id, v)} label={`${i.document.docNumber}清理意见`}>
                            <option value="">（未登记）</option>
                            {RESULTS.map(([v, text]) => (
                              <option key={v} value={v}>
                                {text}
                              </option>
                            ))}
                          </Select>
                        ) : (
                          (RESULTS.find(([v]) => v === i.result)?.[1] ?? '未登记')
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <Empty>清理基准日没有现行有效的文件</Empty>
            )
          }
        </Async>
      </Card>
    </>
  );
}
