import { useState } from 'preact/hooks';
import { api } from '../api';
import { Async, Badge, Empty, SortSelect, useLoad, usePageTitle, useSession } from '../components';
import { ExportButton } from '../excel';
import { ReviewPanel } from '../review-panel';
import { ProgressText } from '../target-panel';
import { NotApplicableDecision } from '../task-states';
import type { Page, TaskSummary } from '../types';
import { CursorPager, useCursorPaging } from '../pager';

/**
 * 待我审核: tasks submitted for the caller's review, and 不适用 requests for 政策法规股 and
 * leaders; decide each here or on its page.
 */
export function ReviewPage() {
  usePageTitle('待我审核');
  const { me, deptName } = useSession();
  const [sort, setSort] = useState('');
  const paging = useCursorPaging(sort);
  const queue = useLoad(() => api.get<Page<TaskSummary>>('/tasks/review-queue', { sort, cursor: paging.cursor, pageSize: 100 }), [sort, paging.cursor]);
  const [openId, setOpenId] = useState<number | null>(null);
  const decided = () => {
    setOpenId(null);
    queue.reload();
  };

  return (
    <div>
      <div class="page-head">
        <div>
          <h1 class="page-title">待我审核</h1>
          <p class="page-sub">{me.role === 'leader' ? '全局所有待审核的任务' : `由${deptName(me.departmentId)}审核的任务`}</p>
        </div>
        <div class="filters">
          <SortSelect
            value={sort}
            options={[
              ['', '提交先后'],
              ['dueOn', '截止日期'],
              ['title', '名称'],
              ['department', '股室/学校'],
            ]}
            onChange={setSort}
          />
        </div>
        <ExportButton path="/tasks/review-queue/export.xlsx" query={{ sort }} />
      </div>
      <Async state={queue}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>暂无待审核的任务</Empty>
          ) : (
            <ul class="task-list review-list">
              {page.items.map((t) => (
                <li key={t.id} class="task-row" data-task-id={t.id}>
                  <div class="task-main">
                    <a class="task-title" href={`#/tasks/${t.id}`}>
                      {t.title}
                    </a>
                    <div class="task-meta">
                      <span class="chip">{t.workPointName}</span>
                      <span>{t.periodLabel}</span>
                      <span class="task-dept">{t.departmentName}</span>
                      {t.supporting && <Badge tone="muted">配合</Badge>}
                      {t.reviewKind === 'notApplicable' && <Badge tone="purple">不适用申请</Badge>}
                    </div>
                    {t.naReason !== null && <div class="muted">不适用理由：{t.naReason}</div>}
                  </div>
                  <div class="task-side">
                    <span class="task-due">截止 {t.dueOn ?? '待定'}</span>
                    <ProgressText t={t} />
                  </div>
                  <div class="task-actions">
                    <a class="btn btn-small" href={`#/tasks/${t.id}`}>
                      查看材料
                    </a>
                    {openId === t.id ? null : (
                      <button type="button" class="btn btn-small btn-primary" onClick={() => setOpenId(t.id)}>
                        审核
                      </button>
                    )}
                  </div>
                  {openId === t.id && (
                    <div class="task-expand">
                      {t.reviewKind === 'notApplicable' ? (
                        <NotApplicableDecision taskId={t.id} onDone={decided} />
                      ) : (
                        <ReviewPanel taskId={t.id} onDone={decided} />
                      )}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Async>
      {queue.data && <CursorPager paging={paging} page={queue.data} />}
    </div>
  );
}
