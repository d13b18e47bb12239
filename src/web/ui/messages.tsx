import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Badge, Select } from './components';
import { CHANNEL_NAMES, dateTime, KIND_NAMES, OUTBOX_STATUS_HINTS, OUTBOX_STATUS_NAMES } from './format';
import type { OutboxMessage, OutboxStatus } from './types';

const STATUS_TONES: Record<OutboxStatus, string> = { pending: 'info', sending: 'info', sent: 'ok', unsent: 'warn', failed: 'danger' };

export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  return (
    <Badge tone={STATUS_TONES[status]} title={OUTBOX_STATUS_HINTS[status]}>
      {OUTBOX_STATUS_NAMES[status]}
    </Badge>
  );
}

/** The task links of a message's text (e-mails link to #/tasks/<id>) become in-app links (the title is on the line already). */
function linkify(text: string) {
  const parts = text.split(/(https?:\/\/\S+)/g);
  return parts.map((p, i) => {
    const m = /#\/tasks\/(\d+)/.exec(p);
    if (i % 2 === 1 && m)
      return (
        <a key={i} href={`#/tasks/${m[1]}`}>
          打开任务
        </a>
      );
    if (i % 2 === 1) return <span key={i}>{p}</span>;
    return p;
  });
}

/** One message, folded to its subject; opens to the full text. */
export function MessageItem({ m, showRecipient, actions }: { m: OutboxMessage; showRecipient?: boolean; actions?: (open: boolean) => ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <li class={`message${open ? ' message-open' : ''}`} data-message-id={m.id} data-kind={m.kind} data-status={m.status}>
      <button type="button" class="message-head" onClick={() => setOpen(!open)} aria-expanded={open}>
        <Badge tone={m.kind === 'urge' ? 'danger' : 'info'}>{KIND_NAMES[m.kind] ?? m.kind}</Badge>
        <span class="message-subject">{m.subject}</span>
        <span class="message-meta">
          {showRecipient && m.channel !== 'email' && <Badge tone="info">{CHANNEL_NAMES[m.channel]}</Badge>}
          {showRecipient && <span class="muted">{m.toAddress}</span>}
          <span class="muted">{dateTime(m.createdAt)}</span>
          <OutboxStatusBadge status={m.status} />
        </span>
      </button>
      {open && (
        <div class="message-body">
          <div class="message-text">{linkify(m.text)}</div>
          <div class="message-foot muted">
            发送状态：{OUTBOX_STATUS_NAMES[m.status]}（{OUTBOX_STATUS_HINTS[m.status]}）{m.attempts > 0 && ` · 尝试 ${m.attempts} 次`}
            {m.sentAt && ` · 发出于 ${dateTime(m.sentAt)}`}
            {m.lastError && <div class="text-danger">最后错误：{m.lastError}</div>}
          </div>
        </div>
      )}
      {actions?.(open)}
    </li>
  );
}

/** The 类型 filter of the notification lists (催办 or 到期提醒). */
export function KindFilter({ value, onChange }: { value: string; onChange(v: string): void }) {
  return (
    <label class="filter">
      <span>类型</span>
      <Select value={value} onChange={onChange} label="通知类型">
        <option value="">全部</option>
        <option value="urge">{KIND_NAMES.urge}</option>
        <option value="digest">{KIND_NAMES.digest}</option>
      </Select>
    </label>
  );
}

/** The 渠道 filter of the admins' outbox (e-mail or a chat group's robot). */
export function ChannelFilter({ value, onChange }: { value: string; onChange(v: string): void }) {
  return (
    <label class="filter">
      <span>渠道</span>
      <Select value={value} onChange={onChange} label="发送渠道">
        <option value="">全部</option>
        {(Object.keys(CHANNEL_NAMES) as (keyof typeof CHANNEL_NAMES)[]).map((c) => (
          <option key={c} value={c}>
            {CHANNEL_NAMES[c]}
          </option>
        ))}
      </Select>
    </label>
  );
}
