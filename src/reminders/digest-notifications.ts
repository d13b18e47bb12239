import type { NewNotification } from '../notifications/notifications.service';
import { when, type WeeklyFigures } from './digest-renderer';
import type { Digest } from './reminder-planner';

/**
 * The notification centre's side of one digest: one notice per listed task (reminder or
 * escalation), one notice counting the tasks the digest did not list (so 我的通知 stays readable
 * however many there are) and one for the weekly summary, keyed by the day so that a re-run of the
 * day adds nothing; each linked to the e-mail that carried it (null: the user switched that e-mail off).
 */
export function digestNotifications(
  recipientId: number,
  today: string,
  digest: Digest,
  mail: { items: number | null; escalations: number | null; weekly: number | null },
  weekly?: WeeklyFigures,
): NewNotification[] {
  const rows: NewNotification[] = [
    ...digest.items.map(({ task, ...item }) => ({
      recipientId,
      kind: 'reminder' as const,
      taskId: task.id,
      taskTitle: task.title,
      text: `截止 ${task.dueOn}，${when({ task, ...item })}`,
      sourceKey: `reminder-${today}-${task.id}`,
      outboxMessageId: mail.items,
    })),
    ...digest.escalations.map(({ task, ...item }) => ({
      recipientId,
      kind: 'escalation' as const,
      taskId: task.id,
      taskTitle: task.title,
      text: `逾期督办：${task.departmentName}，截止 ${task.dueOn}，${when({ task, ...item })}`,
      sourceKey: `escalation-${today}-${task.id}`,
      outboxMessageId: mail.escalations,
    })),
  ];
  const { overdue, dueToday, dueSoon } = digest.counts;
  const unlisted = overdue + dueToday + dueSoon - digest.items.length;
  if (unlisted > 0) {
    rows.push({
      recipientId,
      kind: 'reminder',
      taskId: null,
      taskTitle: '',
      text: `今日提醒另有 ${unlisted} 项任务未逐项列出（共 ${overdue} 项已逾期、${dueToday + dueSoon} 项即将到期），请在“我的任务”中查看`,
      sourceKey: `reminder-${today}-more`,
      outboxMessageId: mail.items,
    });
  }
  const unlistedEscalations = digest.escalationCount - digest.escalations.length;
  if (unlistedEscalations > 0) {
    const top = digest.escalationsByDepartment.slice(0, 3).map((d) => `${d.departmentName} ${d.count} 项`);
    rows.push({
      recipientId,
      kind: 'escalation',
      taskId: null,
      taskTitle: '',
      text: `逾期督办另有 ${unlistedEscalations} 项任务未逐项列出（共 ${digest.escalationCount} 项；最多的单位：${top.join('、')}），请在督办看板中查看`,
      sourceKey: `escalation-${today}-more`,
      outboxMessageId: mail.escalations,
    });
  }
  if (weekly) {
    const overdueTotal = weekly.byDepartment.reduce((n, d) => n + d.overdue, 0);
    rows.push({
      recipientId,
      kind: 'weekly',
      taskId: null,
      taskTitle: '',
      text: `本周法治工作督办汇总：全局共 ${overdueTotal} 项任务逾期`,
      sourceKey: `weekly-${today}`,
      outboxMessageId: mail.weekly,
    });
  }
  return rows;
}
