import type { NewNotification } from '../notifications/notifications.service';
import { when, type WeeklyFigures } from './digest-renderer';
import type { Digest } from './reminder-planner';

/**
 * The notification centre's side of one digest: one notice per task (reminder or escalation) and
 * one for the weekly summary, keyed by the day so that a re-run of the day adds nothing; each linked
 * to the e-mail that carried it (null: the user switched that e-mail off).
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
  if (weekly) {
    const overdue = weekly.byDepartment.reduce((n, d) => n + d.overdue, 0);
    rows.push({
      recipientId,
      kind: 'weekly',
      taskId: null,
      taskTitle: '',
      text: `本周法治工作督办汇总：全局共 ${overdue} 项任务逾期`,
      sourceKey: `weekly-${today}`,
      outboxMessageId: mail.weekly,
    });
  }
  return rows;
}
