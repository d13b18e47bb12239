import { useState } from 'preact/hooks';
import { api } from '../../api';
import type { components } from '../../api-types';
import { Async, Badge, Card, Empty, Loading, Select, Tabs, useLoad, usePageTitle } from '../../components';
import { ExportButton } from '../../excel';
import { useCursorPaging } from '../../pager';
import type { Page } from '../../types';
import { EngagementsTab } from './adviser-engagements';
import { CoverageTab, FiguresTab } from './adviser-figures';
import { Options, REQUEST_KINDS, thisYear, YearOptions } from './adviser-options';
import type { RegisterPage } from './index';
import { ListFooter } from './list-footer';

type Schemas = components['schemas'];
type ReviewRequest = Schemas['ReviewRequestView'];
type Tab = 'engagements' | 'requests' | 'figures' | 'coverage';

const TIMELINESS_TONES: Record<ReviewRequest['timeliness'], string> = { onTime: 'ok', late: 'warn', pending: 'info', overdue: 'danger' };

export const ADVISERS_REGISTER: RegisterPage = {
  key: 'advisers',
  title: '法律顾问台账',
  description: '法律顾问聘任（一校一聘、多校连聘）、审查记录及用时、年度统计和学校覆盖情况。',
  render: () => <AdvisersPage />,
};

/** `#/registers/advisers`: 顾问, 审查记录, and for 政策法规股/leaders/admins 年度统计 and 学校覆盖. */
function AdvisersPage() {
  usePageTitle('法律顾问台账');
  const access = useLoad(() => api.get<Schemas['RegisterAccessView']>('/advisers/access'), []);
  const [tab, setTab] = useState<Tab>('engagements');
  if (!access.data) return <Async state={access}>{() => <Loading />}</Async>;
  const tabs: [Tab, string][] = [
    ['engagements', '顾问'],
    ['requests', '审查记录'],
    ...(access.data.readsAll
      ? ([
          ['figures', '年度统计'],
          ['coverage', '学校覆盖'],
        ] as [Tab, string][])
      : []),
  ];
  return (
    <>
      <div class="page-head">
        <h1>法律顾问台账</h1>
      </div>
      <Tabs<Tab> tabs={tabs} value={tab} onChange={(k) => setTab(k)} label="法律顾问台账" />
      {tab === 'engagements' && <EngagementsTab canEdit={access.data.edit} />}
      {tab === 'requests' && <RequestsTab />}
      {tab === 'figures' && <FiguresTab />}
      {tab === 'coverage' && <CoverageTab />}
    </>
  );
}

function RequestsTab() {
  const [year, setYear] = useState(String(thisYear()));
  const [kind, setKind] = useState('');
  const [late, setLate] = useState('');
  const query = { year: year || undefined, kind: kind || undefined, late: late || undefined };
  const paging = useCursorPaging(`${year}|${kind}|${late}`);
  const list = useLoad(
    () => api.get<Page<ReviewRequest>>('/advisers/requests', { ...query, pageSize: 50, cursor: paging.cursor }),
    [year, kind, late, paging.cursor],
  );
  const setKindOf = async (r: ReviewRequest, value: string) => {
    await api.put(`/advisers/requests/${r.planId}`, { kind: value });
    list.reload();
  };
  return (
    <>
      <div class="filters">
        <label class="filter">
          <span>年份</span>
          <Select value={year} onChange={setYear} label="年份">
            <option value="">全部年份</option>
            <YearOptions />
          </Select>
        </label>
        <label class="filter">
          <span>事项类型</span>
          <Select value={kind} onChange={setKind} label="事项类型">
            <option value="">全部类型</option>
            <Options pairs={REQUEST_KINDS} />
          </Select>
        </label>
        <label class="filter">
          <span>是否按时</span>
          <Select value={late} onChange={setLate} label="是否按时">
            <option value="">全部</option>
            <option value="true">超时或已超期</option>
            <option value="false">按时或审查中</option>
          </Select>
        </label>
        <ExportButton path="/advisers/requests/export.xlsx" query={query} />
      </div>
      <Card>
        <Async state={list}>
          {(page) =>
            page.items.length ? (
              <table class="table" data-testid="request-list">
                <thead>
                  <tr>
                    <th>事项</th>
                    <th>类型</th>
                    <th>法律顾问</th>
                    <th>提请 / 期限 / 出具</th>
                    <th>用时</th>
                    <th>结论</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((r) => (
                    <tr key={r.planId}>
                      <td>
                        <a href={`#/cases/${r.planId}`}>{r.title}</a>
                        <div class="muted small">
                          {r.reference} · {r.registrarDepartmentName}
                          {r.cancelled && ' · 已撤销'}
                        </div>
                      </td>
                      <td>
                        {r.canSetKind ? (
                          <Select value={r.kind ?? ''} onChange={(v) => void setKindOf(r, v)} label={`${r.reference}的事项类型`}>
                            <option value="">未登记</option>
                            <Options pairs={REQUEST_KINDS} />
                          </Select>
                        ) : (
                          r.kindName
                        )}
                      </td>
                      <td>{r.adviserName || '—'}</td>
                      <td class="small">
                        {r.requestedOn} / {r.dueOn ?? '—'} / {r.opinionOn ?? '—'}
                      </td>
                      <td>
                        <Badge tone={TIMELINESS_TONES[r.timeliness]}>{r.timelinessName}</Badge>
                        {r.turnaround !== null && (
                          <div class="small" data-testid="turnaround">
                            {r.turnaround}/{r.limitWorkingDays} 个工作日
                          </div>
                        )}
                      </td>
                      <td>
                        {r.resultName || '—'}
                        {r.opinion && <div class="muted small">{r.opinion}</div>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <Empty>没有符合条件的审查记录</Empty>
            )
          }
        </Async>
        {list.data && <ListFooter paging={paging} page={list.data} unit="件" />}
        <p class="muted small">用时为提请之日后至出具意见之日的工作日数。</p>
      </Card>
    </>
  );
}
