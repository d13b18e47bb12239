import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME, FREE_OBJECT } from '../../common/api-schema';
import type { Plan, PlanKind } from '../plan.entity';
import type { PlanResult } from '../plans.service';

export const PLAN_STATES = ['active', 'cancelled', 'done'] as const;
export type PlanState = (typeof PLAN_STATES)[number];

/** A plan: the year's plan or one case; its internal uniqueness key stays internal. */
export class PlanView {
  @ApiProperty() id: number;
  @ApiProperty({ enum: ['annual', 'event'], description: 'annual 年度计划；event 逐件事项' }) kind: PlanKind;
  @ApiProperty() year: number;
  @ApiProperty({ type: Number, nullable: true, description: '事件模板（年度计划为空）' }) templateId: number | null;
  @ApiProperty({ description: '事项的文号或案号；年度计划为空字符串' }) reference: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: '事件日期（键见模板的 anchors）' }) anchors: Record<string, string>;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'boolean' },
    nullable: true,
    description: '登记时对模板选项的回答（如 major 是否重大执法决定）；模板无选项时为空',
  })
  options: Record<string, boolean> | null;
  @ApiProperty({ ...FREE_OBJECT, additionalProperties: { type: 'number' }, description: '生成计划时适用的单位参数' }) settings: Record<string, number>;
  @ApiProperty({ type: String, nullable: true, description: '年度计划的启用日期：此前到期的事项为补录' }) startOn: string | null;
  @ApiProperty({ type: Number, nullable: true }) createdById: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '登记股室（管理员代为登记时为空）' }) registrarDepartmentId: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '法律顾问审查：送达的法律顾问' }) adviserId: number | null;
  @ApiProperty({ ...DATE_TIME, nullable: true, description: '撤销时间' }) cancelledAt: Date | null;
  @ApiProperty({ type: String, nullable: true, description: '撤销理由' }) cancelReason: string | null;
  @ApiProperty({ enum: PLAN_STATES, description: 'active 进行中；cancelled 已撤销；done 已完成（没有未完成的任务）' }) state: PlanState;
  @ApiProperty(DATE_TIME) createdAt: Date;

  /** `finished`: the plan has no unfinished task left. */
  static of(p: Plan & { finished?: boolean }): PlanView {
    return Object.assign(new PlanView(), {
      id: p.id,
      kind: p.kind,
      year: p.year,
      templateId: p.templateId,
      reference: p.reference,
      title: p.title,
      anchors: p.anchors,
      options: p.options ?? null,
      settings: p.settings,
      startOn: p.startOn,
      createdById: p.createdById,
      registrarDepartmentId: p.registrarDepartmentId,
      adviserId: p.adviserId,
      cancelledAt: p.cancelledAt,
      cancelReason: p.cancelReason,
      state: p.cancelledAt ? 'cancelled' : p.finished ? 'done' : 'active',
      createdAt: p.createdAt,
    });
  }
}

export class PlanResultView {
  @ApiProperty({ type: PlanView }) plan: PlanView;
  @ApiProperty({ description: '本次生成的任务数' }) tasksCreated: number;

  static of(r: PlanResult): PlanResultView {
    return Object.assign(new PlanResultView(), { plan: PlanView.of(r.plan), tasksCreated: r.tasksCreated });
  }
}
