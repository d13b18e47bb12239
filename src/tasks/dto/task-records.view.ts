import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME, NULLABLE_DATE_TIME } from '../../common/api-schema';
import type { Activity } from '../activity.entity';
import { isLate, TARGET_KINDS, TASK_STATUSES, type TargetKind, type Task, type TaskStatus } from '../task.entity';
import { percentOf } from '../task-targets';
import type { TaskAction, TaskTransition } from '../task-transition.entity';
import type { Urge } from '../urge.entity';

const TASK_ACTIONS: TaskAction[] = [
  'issue',
  'complete',
  'submit',
  'accept',
  'return',
  'reopen',
  'schedule',
  'skip',
  'cancel',
  'measure',
  'naRequest',
  'naAccept',
  'naReject',
];

/** A task with everything it copied from its template item (the answer of every transition). */
export class TaskView {
  @ApiProperty() id: number;
  @ApiProperty() planId: number;
  @ApiProperty() templateItemId: number;
  @ApiProperty() workPointId: number;
  @ApiProperty({ description: '承办股室或学校' }) departmentId: number;
  @ApiProperty({ type: Number, nullable: true, description: '配合任务所属的牵头任务' }) leadTaskId: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '配合任务的牵头股室' }) leadDepartmentId: number | null;
  @ApiProperty({ example: '2026-Q1' }) periodKey: string;
  @ApiProperty({ example: '2026年第一季度' }) periodLabel: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ description: '依据' }) basis: string;
  @ApiProperty({ description: '台账要求' }) evidenceHint: string;
  @ApiProperty({ description: '期限规则的文字说明，如 发布之日起30日内' }) scheduleText: string;
  @ApiProperty({ type: String, nullable: true, description: '截止日期 YYYY-MM-DD；待定时为空' }) dueOn: string | null;
  @ApiProperty({ description: '期限待定的原因' }) dueNote: string;
  @ApiProperty({ type: String, nullable: true, description: '最短期限：此日期前不能办结（YYYY-MM-DD）' }) earliestOn: string | null;
  @ApiProperty({ description: '最短期限的文字说明，如 征求意见稿形成之日起满30日' }) earliestNote: string;
  @ApiProperty({ enum: TASK_STATUSES }) status: TaskStatus;
  @ApiProperty() needsReview: boolean;
  @ApiProperty({ type: Number, nullable: true, description: '审核股室' }) reviewerDepartmentId: number | null;
  @ApiProperty({ enum: TARGET_KINDS, description: 'count 活动次数；percent 比率；perSchool 本校完成即可（覆盖率由教育局汇总）；none 无目标' })
  targetKind: TargetKind;
  @ApiProperty({ type: Number, nullable: true, description: '目标数量（count）或目标百分比（percent）' }) targetCount: number | null;
  @ApiProperty({ description: '计量单位' }) targetUnit: string;
  @ApiProperty({ description: '已记录的活动数（撤回的不计）' }) activityCount: number;
  @ApiProperty({ description: '比率的分子名称，如 参考人数' }) numeratorLabel: string;
  @ApiProperty({ description: '比率的分母名称，如 应参考人数' }) denominatorLabel: string;
  @ApiProperty({ type: Number, nullable: true, description: '分子' }) numerator: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '分母' }) denominator: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '已达到的百分比（一位小数）；未填写时为空' }) percent: number | null;
  @ApiProperty({ type: [Number], description: '须先完成的任务' }) gateTaskIds: number[];
  @ApiProperty({ type: Number, nullable: true, description: '经办人' }) assigneeId: number | null;
  @ApiProperty({ type: String, nullable: true, description: '完成情况' }) completionNote: string | null;
  @ApiProperty({ type: String, nullable: true, description: '未达目标数量的说明' }) shortfallReason: string | null;
  @ApiProperty({ type: String, nullable: true, description: '最近一次退回或重新打开的理由' }) returnReason: string | null;
  @ApiProperty({ type: String, nullable: true, description: '完成日期 YYYY-MM-DD（工作实际完成之日）' }) doneOn: string | null;
  @ApiProperty({ description: '逾期完成：完成日期晚于截止日期' }) late: boolean;
  @ApiProperty({ description: '补录：截止日期早于计划启用日期，不计逾期、不发提醒' }) backfill: boolean;
  @ApiProperty({ type: String, nullable: true, description: '待处理的“不适用”申请理由' }) naReason: string | null;
  @ApiProperty({ ...NULLABLE_DATE_TIME, description: '“不适用”申请时间；为空表示没有待处理的申请' }) naRequestedAt: Date | null;
  @ApiProperty({ type: Number, nullable: true, description: '“不适用”申请人' }) naRequestedById: number | null;
  @ApiProperty(NULLABLE_DATE_TIME) completedAt: Date | null;
  @ApiProperty({ type: Number, nullable: true }) completedById: number | null;
  @ApiProperty(DATE_TIME) createdAt: Date;
  @ApiProperty(DATE_TIME) updatedAt: Date;

  static of(t: Task): TaskView {
    return Object.assign(new TaskView(), {
      id: t.id,
      planId: t.planId,
      templateItemId: t.templateItemId,
      workPointId: t.workPointId,
      departmentId: t.departmentId,
      leadTaskId: t.leadTaskId,
      leadDepartmentId: t.leadDepartmentId,
      periodKey: t.periodKey,
      periodLabel: t.periodLabel,
      title: t.title,
      description: t.description,
      basis: t.basis,
      evidenceHint: t.evidenceHint,
      scheduleText: t.scheduleText,
      dueOn: t.dueOn,
      dueNote: t.dueNote,
      earliestOn: t.earliestOn,
      earliestNote: t.earliestNote,
      status: t.status,
      needsReview: t.needsReview,
      reviewerDepartmentId: t.reviewerDepartmentId,
      targetKind: t.targetKind,
      targetCount: t.targetCount,
      targetUnit: t.targetUnit,
      activityCount: t.activityCount,
      numeratorLabel: t.numeratorLabel,
      denominatorLabel: t.denominatorLabel,
      numerator: t.numerator,
      denominator: t.denominator,
      percent: percentOf(t),
      gateTaskIds: t.gateTaskIds,
      assigneeId: t.assigneeId,
      completionNote: t.completionNote,
      shortfallReason: t.shortfallReason,
      returnReason: t.returnReason,
      doneOn: t.doneOn,
      late: isLate(t),
      backfill: t.backfill,
      naReason: t.naReason,
      naRequestedAt: t.naRequestedAt,
      naRequestedById: t.naRequestedById,
      completedAt: t.completedAt,
      completedById: t.completedById,
      createdAt: t.createdAt,
      updatedAt: t.updatedAt,
    });
  }
}

/** One entry of a task's history, with the name of who acted (系统 for the system). */
export class TransitionView {
  @ApiProperty() id: number;
  @ApiProperty() taskId: number;
  @ApiProperty({ enum: TASK_ACTIONS }) action: TaskAction;
  @ApiProperty({ enum: TASK_STATUSES, nullable: true }) fromStatus: TaskStatus | null;
  @ApiProperty({ enum: TASK_STATUSES }) toStatus: TaskStatus;
  @ApiProperty() note: string;
  @ApiProperty({ type: Number, nullable: true }) userId: number | null;
  @ApiProperty(DATE_TIME) at: Date;
  @ApiProperty() userName: string;

  static of(h: TaskTransition, userName: string): TransitionView {
    return Object.assign(new TransitionView(), {
      id: h.id,
      taskId: h.taskId,
      action: h.action,
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      note: h.note,
      userId: h.userId,
      at: h.at,
      userName,
    });
  }
}

/** An activity counted towards the task's target (学习会、法治课……). */
export class ActivityView {
  @ApiProperty() id: number;
  @ApiProperty() taskId: number;
  @ApiProperty({ description: '日期 YYYY-MM-DD' }) occurredOn: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: '参加人员' }) participants: string;
  @ApiProperty() note: string;
  @ApiProperty() createdById: number;
  @ApiProperty(DATE_TIME) createdAt: Date;
  @ApiProperty({ ...NULLABLE_DATE_TIME, description: '撤回时间；撤回的活动不计入目标' }) withdrawnAt: Date | null;
  @ApiProperty({ type: Number, nullable: true }) withdrawnById: number | null;
  @ApiProperty({ type: String, nullable: true, description: '撤回理由' }) withdrawReason: string | null;

  static of(a: Activity): ActivityView {
    return Object.assign(new ActivityView(), {
      id: a.id,
      taskId: a.taskId,
      occurredOn: a.occurredOn,
      title: a.title,
      participants: a.participants,
      note: a.note,
      createdById: a.createdById,
      createdAt: a.createdAt,
      withdrawnAt: a.withdrawnAt,
      withdrawnById: a.withdrawnById,
      withdrawReason: a.withdrawReason,
    });
  }
}

/** 催办 as recorded on the task. */
export class UrgeView {
  @ApiProperty() id: number;
  @ApiProperty() taskId: number;
  @ApiProperty({ description: '被催办的股室' }) departmentId: number;
  @ApiProperty() leaderId: number;
  @ApiProperty() message: string;
  @ApiProperty({ ...NULLABLE_DATE_TIME, description: '通知写入发件箱的时间' }) notifiedAt: Date | null;
  @ApiProperty(DATE_TIME) createdAt: Date;

  static of(u: Urge): UrgeView {
    return Object.assign(new UrgeView(), {
      id: u.id,
      taskId: u.taskId,
      departmentId: u.departmentId,
      leaderId: u.leaderId,
      message: u.message,
      notifiedAt: u.notifiedAt,
      createdAt: u.createdAt,
    });
  }
}

/** An urge on the task page, with the leader's name. */
export class NamedUrgeView extends UrgeView {
  @ApiProperty({ description: '催办的局领导' }) leaderName: string;
}
