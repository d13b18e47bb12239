import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME } from '../../common/api-schema';
import { TASK_STATUSES, type TaskStatus } from '../task.entity';
import { ActivityView, NamedUrgeView, TaskView, TransitionView } from './task-records.view';
import { TaskSummary } from './task.view';

export class TaskRef {
  @ApiProperty() id: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: TASK_STATUSES }) status: TaskStatus;
  @ApiProperty() departmentName: string;
}

export class AssigneeView {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
}

export class EvidenceView {
  @ApiProperty() id: number;
  @ApiProperty() fileName: string;
  @ApiProperty() mimeType: string;
  @ApiProperty() size: number;
  @ApiProperty() sha256: string;
  @ApiProperty({ description: '材料所证明事项的日期' }) effectiveOn: string;
  @ApiProperty({ nullable: true, type: Number }) activityId: number | null;
  @ApiProperty() uploadedByName: string;
  @ApiProperty(DATE_TIME) uploadedAt: Date;
}

export class TaskPermissions {
  @ApiProperty({ description: '可办结/提交审核、记录活动、上传材料' }) work: boolean;
  @ApiProperty({ description: '可审核通过或退回' }) review: boolean;
  @ApiProperty({ description: '可重新打开' }) reopen: boolean;
  @ApiProperty({ description: '可催办' }) urge: boolean;
  @ApiProperty({ description: '可申请“不适用”' }) requestNotApplicable: boolean;
  @ApiProperty({ description: '可同意或不同意待处理的“不适用”申请' }) decideNotApplicable: boolean;
}

export class TaskOfficerView {
  @ApiProperty() certificateId: number;
  @ApiProperty({ description: '执法证号' }) certificateNo: string;
  @ApiProperty({ description: '持证人' }) holderName: string;
}

export class TaskOfficers {
  @ApiProperty({ description: '办结时须记录的持证执法人员人数（0 为不需要）' }) required: number;
  @ApiProperty({ type: [TaskOfficerView], description: '办结时记录的执法人员' }) officers: TaskOfficerView[];
}

export class TaskDetail {
  @ApiProperty({ type: TaskView }) task: TaskView;
  @ApiProperty({ type: TaskSummary }) summary: TaskSummary;
  @ApiProperty({ type: AssigneeView, nullable: true, description: '经办人' }) assignee: AssigneeView | null;
  @ApiProperty({ type: [TaskRef], description: '前置事项及其状态' }) gates: TaskRef[];
  @ApiProperty({ type: [TaskRef], description: '配合股室的任务（牵头任务可见）' }) supportingTasks: TaskRef[];
  @ApiProperty({ type: TaskRef, nullable: true, description: '牵头任务（配合任务可见）' }) leadTask: TaskRef | null;
  @ApiProperty({ type: [TransitionView] }) history: TransitionView[];
  @ApiProperty({ type: [ActivityView] }) activities: ActivityView[];
  @ApiProperty({ type: [EvidenceView] }) evidence: EvidenceView[];
  @ApiProperty({ type: [NamedUrgeView] }) urges: NamedUrgeView[];
  @ApiProperty({ type: TaskOfficers }) officers: TaskOfficers;
  @ApiProperty({ type: TaskPermissions }) can: TaskPermissions;
}
