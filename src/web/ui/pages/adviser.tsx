import { api } from '../api';
import type { components } from '../api-types';
import { Async, Card, DueChip, Empty, Select, StatusBadge, toast, useLoad, usePageTitle } from '../components';
import type { AdviserRequest, Page } from '../types';
import { OPINION_RESULTS, Options } from './registers/adviser-options';

type RegisterRow = components['schemas']['ReviewRequestView'];

/**
 * 法律顾问审查: the review requests addressed to the adviser. The opinion is recorded on the
 * opinion step's task page: the written opinion as the completion note, the file as evidence.
 */
export function AdviserPage() {
  usePageTitle('法律顾问审查');
  const requests = useLoad(() => api.get<AdviserRequest[]>('/adviser/requests'), []);
  const register = useLoad(() => api.get<Page<RegisterRow>>('/advisers/requests', { pageSize: 200 }), []);
  const resultOf = (planId: number) => register.data?.items.find((r) => r.planId === planId)?.result ?? '';
  const setResult = async (planId: number, result: string) => {
    await api.put(`/advisers/requests/${planId}`, { result: result || null });
    toast('已登记审查结论');
    register.reload();
  };
  return (
    <>
      <h1>法律顾问审查</h1>
      <Card>
        <Async state={requests}>
          {(list) =>
            list.length ? (
              <table class="table" data-testid="adviser-requests">
                <thead>
                  <tr>
                    <th>文号</th>
                    <th>事项</th>
                    <th>送审股室</th>
                    <th>出具意见</th>
                    <th>审查结论</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((r) => (
                    <tr key={r.plan.id}>
                      <td>{r.plan.reference}</td>
                      <td>{r.plan.title}</td>
                      <td>{r.registrarDepartmentName || '—'}</td>
                      <td>
                        {r.step ? (
                          <>
                            <a href={`#/tasks/${r.step.taskId}`}>{r.step.status === 'open' || r.step.status === 'returned' ? '出具意见' : '查看'}</a>{' '}
                            <StatusBadge status={r.step.status} />{' '}
                            <DueChip task={{ dueOn: r.step.dueOn, daysLeft: null, status: r.step.status, backfill: false, naReason: null }} />
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td>
                        <Select value={resultOf(r.plan.id)} onChange={(v) => void setResult(r.plan.id, v)} label={`${r.plan.reference}的审查结论`}>
                          <option value="">未登记</option>
                          <Options pairs={OPINION_RESULTS} />
                        </Select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <Empty>目前没有送达您的审查请求</Empty>
            )
          }
        </Async>
      </Card>
    </>
  );
}
