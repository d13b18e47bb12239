import { useState } from 'preact/hooks';
import { api } from '../api';
import { Async, Empty, ErrorBox, Select, SortSelect, toast, useAction, useLoad, usePageTitle } from '../components';
import { ExportButton } from '../excel';
import { OUTBOX_STATUS_NAMES } from '../format';
import { ChannelFilter, KindFilter, MessageItem } from '../messages';
import type { OutboxMessage, OutboxStatus, Page } from '../types';
import { CursorPager, useCursorPaging } from '../pager';

/** 发件箱 (admins): every e-mail with its delivery state; failed or unsent ones can be sent again. */
export function OutboxPage() {
  usePageTitle('发件箱');
  const [status, setStatus] = useState('');
  const [kind, setKind] = useState('');
  const [channel, setChannel] = useState('');
  const [sort, setSort] = useState('');
  const paging = useCursorPaging([status, kind, channel, sort].join('|'));
  const list = useLoad(
    () => api.get<Page<OutboxMessage>>('/outbox', { status, kind, channel, sort, cursor: paging.cursor, pageSize: 30 }),
    [status, kind, channel, sort, paging.cursor],
  );
  const retry = useAction();

  const resendAllFailed = async () => {
    const result = await retry.run(() => api.post<{ requeued: number[] }>('/outbox/retry-failed'));
    if (result) {
      toast(result.requeued.length ? `已重新排队发送 ${result.requeued.length} 封邮件` : '没有发送失败的邮件');
      list.reload();
    }
  };

  const resend = async (m: OutboxMessage) => {
    const ok = await retry.run(() => api.post(`/outbox/${m.id}/retry`).then(() => true));
    if (ok) {
      toast('已重新排队发送');
      list.reload();
    }
  };

  return (
    <div>
      <div class="page-head">
        <div>
          <h1 class="page-title">发件箱</h1>
          <p class="page-sub">
            所有提醒与催办邮件、钉钉和企业微信群消息及其发送状态。“未发送”表示尚未配置邮件服务器（SMTP_URL），配置后可重新发送；因邮件服务器中断而失败的邮件在服务器恢复后自动重发。
            <a href="/admin/queues" target="_blank" rel="noopener">
              任务队列面板 ↗
            </a>
          </p>
        </div>
        <div class="filters">
          <ExportButton path="/outbox/export.xlsx" query={{ status, kind, channel, sort }} />
          <label class="filter">
            <span>状态</span>
            <Select value={status} onChange={setStatus} label="发送状态">
              <option value="">全部</option>
              {(Object.keys(OUTBOX_STATUS_NAMES) as OutboxStatus[]).map((s) => (
                <option key={s} value={s}>
                  {OUTBOX_STATUS_NAMES[s]}
                </option>
              ))}
            </Select>
          </label>
          <KindFilter value={kind} onChange={setKind} />
          <ChannelFilter value={channel} onChange={setChannel} />
          <SortSelect
            value={sort}
            options={[
              ['', '最新在前'],
              ['createdAt', '最早在前'],
              ['-sentAt', '最近发送'],
              ['status', '状态'],
              ['subject', '主题'],
            ]}
            onChange={setSort}
          />
          <button type="button" class="btn btn-small" disabled={retry.busy} onClick={resendAllFailed} data-testid="outbox-retry-failed">
            全部失败邮件重新发送
          </button>
          <button type="button" class="btn btn-ghost btn-small" onClick={list.reload} data-testid="outbox-refresh">
            刷新
          </button>
        </div>
      </div>
      <ErrorBox error={retry.error} />
      <Async state={list}>
        {(p) =>
          p.items.length === 0 ? (
            <Empty>{status || kind ? '没有符合条件的邮件' : '发件箱是空的'}</Empty>
          ) : (
            <>
              <ul class="message-list">
                {p.items.map((m) => (
                  <MessageItem
                    key={m.id}
                    m={m}
                    showRecipient
                    actions={(open) =>
                      m.status === 'failed' || (open && m.status === 'unsent') ? (
                        <div class="message-actions">
                          <button type="button" class="btn btn-small" disabled={retry.busy} onClick={() => resend(m)}>
                            重新发送
                          </button>
                        </div>
                      ) : null
                    }
                  />
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
