import { ApiProperty } from '@nestjs/swagger';
import { NULLABLE_DATE_TIME } from '../../common/api-schema';
import { TARGET_KINDS, TASK_STATUSES, TaskStatus, type TargetKind } from '../task.entity';

export const REVIEW_KINDS = ['completion', 'notApplicable'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export class TaskSummary {
  @ApiProperty() id: number;
  @ApiProperty({ description: '事项' }) title: string;
  @ApiProperty({ description: '期次，如 2026年度、2026年第一季度' }) periodLabel: string;
  @ApiProperty({ nullable: true, type: String, description: '截止日期 YYYY-MM-DD；待定时为空' }) dueOn: string | null;
  @ApiProperty({ nullable: true, type: Number, description: '距截止的天数，负数为已逾期天数' }) daysLeft: number | null;
  @ApiProperty({ enum: TASK_STATUSES, description: 'open 待办、submitted 待审核、returned 已退回、done 已完成、na 不适用、cancelled 已撤销' })
  status: TaskStatus;
  @ApiProperty() departmentId: number;
  @ApiProperty({ description: '承办股室或学校' }) departmentName: string;
  @ApiProperty() workPointId: number;
  @ApiProperty({ description: '工作要点' }) workPointName: string;
  @ApiProperty() planId: number;
  @ApiProperty({ description: '计划' }) planTitle: string;
  @ApiProperty({ description: '是否配合任务' }) supporting: boolean;
  @ApiProperty() needsReview: boolean;
  @ApiProperty({ enum: TARGET_KINDS, description: '目标类型' }) targetKind: TargetKind;
  @ApiProperty({ nullable: true, type: Number, description: '目标数量（count）或目标百分比（percent）' }) targetCount: number | null;
  @ApiProperty() activityCount: number;
  @ApiProperty({ nullable: true, type: Number, description: '比率目标已达到的百分比' }) percent: number | null;
  @ApiProperty({ ...NULLABLE_DATE_TIME, description: '最近一次催办的时间（未完成的任务才有）' }) urgedAt: Date | null;
  @ApiProperty({ type: String, nullable: true, description: '最近一次催办的局领导' }) urgedByName: string | null;
  @ApiProperty({ type: String, nullable: true, description: '完成日期 YYYY-MM-DD' }) doneOn: string | null;
  @ApiProperty({ description: '逾期完成' }) late: boolean;
  @ApiProperty({ description: '补录（不计逾期、不发提醒）' }) backfill: boolean;
  @ApiProperty({ type: String, nullable: true, description: '待处理的“不适用”申请理由（没有申请时为空）' }) naReason: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: REVIEW_KINDS,
    description: '待审核的内容：completion 办结审核；notApplicable “不适用”申请；都不是时为空',
  })
  reviewKind: ReviewKind | null;
}

export class TaskCounts {
  @ApiProperty({ description: '逾期' }) overdue: number;
  @ApiProperty({ description: '即将到期' }) dueSoon: number;
  @ApiProperty({ description: '其他未完成（含待审核、期限待定）' }) open: number;
  @ApiProperty({ description: '已完成' }) done: number;
  @ApiProperty({ description: '不适用（不计入完成，也不计入逾期）' }) na: number;
  @ApiProperty({ description: '合计' }) total: number;
}
