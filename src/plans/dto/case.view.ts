import { ApiProperty } from '@nestjs/swagger';
import { NULLABLE_DATE_TIME } from '../../common/api-schema';
import { STATUS_NAMES } from '../../tasks/dto/task-export';
import type { TaskStatus } from '../../tasks/task.entity';
import { PlanView } from './plan.view';

const TASK_STATUSES = Object.keys(STATUS_NAMES);

/** A step that must be finished before another one. */
export class CaseGateView {
  @ApiProperty() taskId: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: TASK_STATUSES }) status: TaskStatus;
  @ApiProperty({ description: '已满足（前置步骤不再是未完成状态）' }) satisfied: boolean;
}

/** One task of a case, as the case's timeline shows it. */
export class CaseStepView {
  @ApiProperty({ description: '任务编号' }) taskId: number;
  @ApiProperty() title: string;
  @ApiProperty() departmentId: number;
  @ApiProperty() departmentName: string;
  @ApiProperty({ description: '配合任务（指向牵头任务）' }) supporting: boolean;
  @ApiProperty({ enum: TASK_STATUSES }) status: TaskStatus;
  @ApiProperty({ type: String, nullable: true, description: '截止日期 YYYY-MM-DD；待定时为空' }) dueOn: string | null;
  @ApiProperty({ description: '截止日期待定的原因' }) dueNote: string;
  @ApiProperty({ description: '期限规则的文字说明' }) scheduleText: string;
  @ApiProperty(NULLABLE_DATE_TIME) completedAt: Date | null;
  @ApiProperty({ type: String, nullable: true, description: '经办人' }) assigneeName: string | null;
  @ApiProperty({ type: [CaseGateView], description: '前置步骤' }) gates: CaseGateView[];
}

/** What the caller may do with the case. */
export class CaseAbilities {
  @ApiProperty({ description: '可填写或更正事件日期' }) editAnchors: boolean;
  @ApiProperty({ description: '可撤销' }) cancel: boolean;
}

/** The case page: the case, who registered it, and its steps in order. */
export class CaseView {
  @ApiProperty({ type: PlanView }) plan: PlanView;
  @ApiProperty({ description: '事件模板名称' }) templateName: string;
  @ApiProperty({ description: '登记人' }) registrarName: string;
  @ApiProperty({ description: '登记股室（管理员代为登记时为空字符串）' }) registrarDepartmentName: string;
  @ApiProperty({ type: String, nullable: true, description: '法律顾问' }) adviserName: string | null;
  @ApiProperty({ type: String, nullable: true, description: '撤销人' }) cancelledByName: string | null;
  @ApiProperty({ type: CaseAbilities }) can: CaseAbilities;
  @ApiProperty({ type: [CaseStepView] }) steps: CaseStepView[];
}

/** A person who can be named on a case (a legal adviser). */
export class PersonView {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
}

/** A legal-adviser review request addressed to the caller, with its opinion step. */
export class AdviserRequestView {
  @ApiProperty({ type: PlanView }) plan: PlanView;
  @ApiProperty({ description: '登记股室' }) registrarDepartmentName: string;
  @ApiProperty({ type: CaseStepView, nullable: true, description: '出具书面意见的步骤' }) step: CaseStepView | null;
}
