import { useState } from 'preact/hooks';
import { api } from '../api';
import { Async, Badge, Empty, Tabs, toast, useLoad, usePageTitle } from '../components';
import { dateTime } from '../format';
import { navigate } from '../router';
import type { NotificationItem, NotificationKind, Page, UnreadCount } from '../types';
import { CursorPager, useCursorPaging } from '../pager';
import { notificationsChanged } from '../unread';

const KIND_LABELS: Record<NotificationKind, [string, string]> = {
  reminder: ['到期提醒', 'warn'],
  escalation: ['逾期督办', 'danger'],
  weekly: ['每周汇总', 'info'],
  urge: ['催办', 'danger'],
  returned: ['审核退回', 'danger'],
  accepted: ['审核通过', 'ok'],
  assigned: ['指定经办', 'info'],
  redated: ['截止日期调整', 'warn'],
  expiry: ['执法证到期', 'warn'],
};

type Filter = 'unread' | 'all';

/** 我的通知: reminders, urges, review outcomes and assignments, with read state. */
export function NotificationsPage() {
  usePageTitle('我的通知');
  const [filter, setFilter] = useState<Filter>('unread');
  const paging = useCursorPaging(filter);
  const list = useLoad(
    () => api.get<Page<NotificationItem>>('/notifications', { ...(filter === 'unread' ? { unread: 'true' } : {}), cursor: paging.cursor, pageSize: 30 }),
    [filter, paging.cursor],
  );

  const readAll = async () => {
    try {
      notificationsChanged((await api.post<UnreadCount>('/notifications/read-all')).unread);
      list.reload();
    } catch (err) {
      toast((err as Error).message, 'danger');
    }
  };

  /** Opening a notice marks it read, then shows its task. */
  const open = async (n: NotificationItem) => {
    if (!n.readAt) {
      try {
        notificationsChanged((await api.post<UnreadCount>(`/notifications/${n.id}/read`)).unread);
      } catch (err) {
        toast((err as Error).message, 'danger');
      }
    }
    if (n.taskId !== null) navigate(`/tasks/${n.taskId}`);
    else list.reload();
  };

  return (
    <div>
      <div class="page-head">
        <div>
          <h1 class="page-title">我的通知</h1>
          <p class="page-sub">到期提醒、逾期督办、催办、审核结果和经办安排；点击一条即标为已读并打开任务</p>
        </div>
        <div class="filters">
          <Tabs
            label="通知筛选"
            tabs={[
              ['unread', '未读'],
              ['all', '全部'],
            ]}
            value={filter}
            onChange={(f) => setFilter(f)}
          />
          <button type="button" class="btn btn-small" onClick={readAll} data-testid="read-all">
            全部标为已读
          </button>
        </div>
      </div>
      <Async state={list}>
        {(p) =>
          p.items.length === 0 ? (
            <Empty>{filter === 'unread' ? '没有未读通知' : '暂时没有发给您的通知'}</Empty>
          ) : (
            <>
              <ul class="message-list">
                {p.items.map((n) => (
                  <NotificationRow key={n.id} n={n} onOpen={() => void open(n)} />
                ))}
              </ul>
              <CursorPager paging={paging} page={p} />
            </>
          )
        }
      </Async>
    </div>
  );
}

function NotificationRow({ n, onOpen }: { n: NotificationItem; onOpen(): void }) {
  const [label, tone] = KIND_LABELS[n.kind];
  return (
    <li
      class={`message notification${n.readAt ? '' : ' notification-unread'}`}
      data-notification-id={n.id}
      data-kind={n.kind}
      data-read={n.readAt ? 'true' : 'false'}
    >
      <button type="button" class="message-head" onClick={onOpen}>
        {!n.readAt && <span class="unread-dot" aria-label="未读" />}
        <Badge tone={tone}>{label}</Badge>
        <span class="message-subject">{n.taskTitle || '本周法治工作督办汇总'}</span>
        <span class="notification-text">{n.text}</span>
        <span class="message-meta">
          <span class="muted">{dateTime(n.createdAt)}</span>
          <span class={n.delivery === 'emailUnsent' ? 'text-warn' : 'muted'} data-testid="delivery">
            {n.deliveryText}
          </span>
        </span>
      </button>
    </li>
  );
}
