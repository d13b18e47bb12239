import type { OutboxMessage, OutboxStatus, Role, TaskStatus, TaskSummary, Transition } from './types';

/** Every date the interface shows is YYYY-MM-DD; instants add HH:mm, both in Beijing time. */
const PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(d: Date): Record<string, string> {
  return Object.fromEntries(PARTS.formatToParts(d).map((p) => [p.type, p.value]));
}

/** '2026-03-31' for an instant (ISO string or Date), in Asia/Shanghai. */
export function date(value: string | Date | null | undefined): string {
  if (!value) return '—';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return String(value);
  const p = parts(d);
  return `${p.year}-${p.month}-${p.day}`;
}

/** '2026-03-31 14:05' in Asia/Shanghai. */
export function dateTime(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return String(value);
  const p = parts(d);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

export function today(): string {
  return date(new Date());
}

export const STATUS_NAMES: Record<TaskStatus, string> = {
  open: '待办',
  submitted: '待审核',
  returned: '已退回',
  done: '已完成',
  na: '不适用',
  cancelled: '已撤销',
};

export const ACTION_NAMES: Record<Transition['action'], string> = {
  issue: '下发',
  complete: '办结',
  submit: '提交审核',
  accept: '审核通过',
  return: '退回',
  reopen: '重新打开',
  schedule: '调整期限',
  skip: '不适用（登记时确定）',
  cancel: '撤销',
  measure: '填写完成比率',
  naRequest: '申请不适用',
  naAccept: '同意不适用',
  naReject: '不同意不适用',
};

export const ROLE_NAMES: Record<Role, string> = { admin: '系统管理员', leader: '局领导', head: '股室负责人', staff: '工作人员', adviser: '法律顾问' };

export const OUTBOX_STATUS_NAMES: Record<OutboxStatus, string> = {
  pending: '待发送',
  sending: '发送中',
  sent: '已发送',
  unsent: '未发送',
  failed: '发送失败',
};

export const OUTBOX_STATUS_HINTS: Record<OutboxStatus, string> = {
  pending: '已排队，等待发送',
  sending: '正在发送',
  sent: '邮件已发出',
  unsent: '未配置邮件服务器，邮件保留在发件箱中',
  failed: '多次尝试后仍未发出',
};

export const KIND_NAMES: Record<OutboxMessage['kind'], string> = {
  digest: '到期提醒',
  urge: '催办',
  escalation: '逾期督办',
  calendar: '节假日安排提示',
  expiry: '执法证到期提醒',
};
export const CHANNEL_NAMES: Record<OutboxMessage['channel'], string> = { email: '邮件', dingtalk: '钉钉群', wecom: '企业微信群' };

/** "逾期 12 天" / "今天到期" / "还剩 3 天" / "期限待定". */
export function dueText(t: Pick<TaskSummary, 'dueOn' | 'daysLeft' | 'status'>): { text: string; tone: 'danger' | 'warn' | 'muted' | 'ok' } {
  if (t.status === 'done') return { text: '已完成', tone: 'ok' };
  if (t.status === 'na' || t.status === 'cancelled') return { text: STATUS_NAMES[t.status], tone: 'muted' };
  if (!t.dueOn || t.daysLeft === null) return { text: '期限待定', tone: 'muted' };
  if (t.status === 'submitted') return { text: '审核中', tone: 'muted' };
  if (t.daysLeft < 0) return { text: `逾期 ${-t.daysLeft} 天`, tone: 'danger' };
  if (t.daysLeft === 0) return { text: '今天到期', tone: 'warn' };
  return { text: `还剩 ${t.daysLeft} 天`, tone: t.daysLeft <= 7 ? 'warn' : 'muted' };
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/** Field names of the API's validation errors, in words. */
const FIELD_LABELS: Record<string, string> = {
  login: '登录名',
  password: '密码',
  currentPassword: '当前密码',
  newPassword: '新密码',
  name: '名称',
  email: '电子邮箱',
  role: '角色',
  departmentId: '所属单位',
  title: '职务/名称',
  code: '编码',
  kind: '类型',
  note: '说明',
  reason: '理由',
  message: '催办内容',
  shortfallReason: '未达标说明',
  occurredOn: '活动日期',
  participants: '参加人员',
  effectiveOn: '材料日期',
  year: '年份',
  daysOff: '放假日期',
  makeUpWorkdays: '调休上班日期',
  holidays: '节日名称',
  daysBefore: '提前提醒的工作日',
  runAt: '每日发送时间',
  escalateToSupervisorAfter: '报分管领导的逾期天数',
  escalateToBureauHeadAfter: '报局长的逾期天数',
  weeklySummaryWeekday: '周汇总发送日',
  settings: '本地化参数',
  departmentIds: '分管股室',
};

export function fieldLabel(field: string): string {
  const [head, ...rest] = field.split('.');
  const label = FIELD_LABELS[head] ?? head;
  if (!rest.length) return label;
  const index = rest[0];
  return /^\d+$/.test(index) ? `${label}第 ${Number(index) + 1} 项` : `${label}.${rest.join('.')}`;
}
