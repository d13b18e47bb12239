import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DATE_TIME, NULLABLE_DATE_TIME } from '../../common/api-schema';
import type { ReminderPolicy } from '../reminder-policy.entity';
import type { ReminderRun } from '../reminder-run.entity';

/** 提醒规则, counted in working days. */
export class ReminderPolicyView {
  @ApiProperty({ description: '固定为 1' }) id: number;
  @ApiProperty() enabled: boolean;
  @ApiProperty({ type: [Number], description: '到期前第几个工作日提醒' }) daysBefore: number[];
  @ApiProperty({ description: '到期当日提醒' }) onDueDate: boolean;
  @ApiProperty({ description: '逾期后每个工作日提醒' }) overdueDaily: boolean;
  @ApiProperty({ description: '逾期多少个工作日报分管领导' }) escalateToSupervisorAfter: number;
  @ApiProperty({ description: '逾期多少个工作日报局长' }) escalateToBureauHeadAfter: number;
  @ApiProperty({ description: '领导周报在星期几（1 = 星期一）' }) weeklySummaryWeekday: number;
  @ApiProperty({ description: '每日运行时间 HH:mm（Asia/Shanghai）', example: '08:30' }) runAt: string;
  @ApiPropertyOptional({ ...DATE_TIME, description: '最后修改时间；从未修改过时没有' }) updatedAt?: Date;

  static of(p: ReminderPolicy): ReminderPolicyView {
    return Object.assign(new ReminderPolicyView(), {
      id: p.id,
      enabled: p.enabled,
      daysBefore: p.daysBefore,
      onDueDate: p.onDueDate,
      overdueDaily: p.overdueDaily,
      escalateToSupervisorAfter: p.escalateToSupervisorAfter,
      escalateToBureauHeadAfter: p.escalateToBureauHeadAfter,
      weeklySummaryWeekday: p.weeklySummaryWeekday,
      runAt: p.runAt,
      ...(p.updatedAt ? { updatedAt: p.updatedAt } : {}),
    });
  }
}

/** One day's reminder run. */
export class ReminderRunView {
  @ApiProperty({ description: '运行日（Asia/Shanghai）' }) runDate: string;
  @ApiProperty(DATE_TIME) startedAt: Date;
  @ApiProperty(NULLABLE_DATE_TIME) finishedAt: Date | null;
  @ApiProperty({ description: '写入发件箱的通知数' }) messages: number;
  @ApiProperty({ description: '因缺少该年节假日安排而跳过的任务数' }) skippedTasks: number;
  @ApiProperty({ type: String, nullable: true, description: '未发送或跳过任务的原因；没有跳过时为空' }) skipReason: string | null;

  static of(r: ReminderRun): ReminderRunView {
    return Object.assign(new ReminderRunView(), {
      runDate: r.runDate,
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
      messages: r.messages,
      skippedTasks: r.skippedTasks,
      skipReason: r.skipReason ?? null,
    });
  }
}

export class QueuedView {
  @ApiProperty({ description: '是否已排队；为 false 时暂时无法连接队列，稍后自动补做' }) queued: boolean;
}
