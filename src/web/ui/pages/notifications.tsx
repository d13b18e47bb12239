import { useState } from 'preact/hooks';
import { api } from '../api';
import { Async, Empty, useLoad, usePageTitle } from '../components';
import { KindFilter, MessageItem } from '../messages';
import type { OutboxMessage, Page } from '../types';

/** 我的通知: the reminders, escalations and urges sent to me. */
export function NotificationsPage() {
  usePageTitle('我的通知');
  const [kind, setKind] = useState('');
  const [page, setPage] = useState(1);
  const list = useLoad(() => api.get<Page<OutboxMessage>>('/outbox/mine', { kind, page, pageSize: 30 }), [kind, page]);
  return (
    <div>
      <div class="page-head">
        <div>
          <h1 class="page-title">我的通知</h1>
          <p class="page-sub">系统发给您的到期提醒、督办汇总和催办，同时发送到您的电子邮箱</p>
        </div>
        <div class="filters">
          <KindFilter
            value={kind}
            onChange={(v) => {
              setKind(v);
              setPage(1);
            }}
          />
          <button type="button" class="btn btn-ghost btn-small" onClick={list.reload}>
            刷新
          </button>
        </div>
      </div>
      <Async state={list}>
        {(p) =>
          p.items.length === 0 ? (
            <Empty>暂时没有发给您的通知</Empty>
          ) : (
            <>
              <ul class="message-list">
                {p.items.map((m) => (
                  <MessageItem key={m.id} m={m} />
                ))}
              </ul>
              <Pager page={p} onPage={setPage} />
            </>
          )
        }
      </Async>
    </div>
  );
}

export function Pager({ page, onPage }: { page: Page<unknown>; onPage(n: number): void }) {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  if (pages <= 1) return null;
  return (
    <div class="pager">
      <button type="button" class="btn btn-small" disabled={page.page <= 1} onClick={() => onPage(page.page - 1)}>
        上一页
      </button>
      <span>
        第 {page.page}/{pages} 页（共 {page.total} 条）
      </span>
      <button type="button" class="btn btn-small" disabled={page.page >= pages} onClick={() => onPage(page.page + 1)}>
        下一页
      </button>
    </div>
  );
}
