import { api } from '../api';
import { Async, Card, DueChip, Empty, StatusBadge, useLoad, usePageTitle } from '../components';
import type { AdviserRequest } from '../types';

/**
 * 法律顾问审查: the review requests addressed to the adviser. The opinion is recorded on the
 * opinion step's task page: the written opinion as the completion note, the file as evidence.
 */
export function AdviserPage() {
  usePageTitle('法律顾问审查');
  const requests = useLoad(() => api.get<AdviserRequest[]>('/adviser/requests'), []);
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
