import { ApiProperty } from '@nestjs/swagger';
import { Activity } from '../activity.entity';
import { Task } from '../task.entity';
import { TaskTransition } from '../task-transition.entity';
import { Urge } from '../urge.entity';
import { TaskSummary } from './task.view';

export class TaskRef {
  @ApiProperty() id: number;
  @ApiProperty() title: string;
  @ApiProperty() status: string;
  @ApiProperty() departmentName: string;
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
  @ApiProperty() uploadedAt: Date;
}

export class TaskPermissions {
  @ApiProperty({ description: '可办结/提交审核、记录活动、上传材料' }) work: boolean;
  @ApiProperty({ description: '可审核通过或退回' }) review: boolean;
  @ApiProperty({ description: '可重新打开' }) reopen: boolean;
  @ApiProperty({ description: '可催办' }) urge: boolean;
}

export class TaskDetail {
  @ApiProperty({ type: () => Task }) task: Task;
  @ApiProperty({ type: () => TaskSummary }) summary: TaskSummary;
  @ApiProperty({ nullable: true, description: '经办人', type: Object }) assignee: { id: number; name: string } | null;
  @ApiProperty({ type: [TaskRef], description: '前置事项及其状态' }) gates: TaskRef[];
  @ApiProperty({ type: [TaskRef], description: '配合股室的任务（牵头任务可见）' }) supportingTasks: TaskRef[];
  @ApiProperty({ type: TaskRef, nullable: true, description: '牵头任务（配合任务可见）' }) leadTask: TaskRef | null;
  @ApiProperty({ type: [TaskTransition] }) history: (TaskTransition & { userName: string })[];
  @ApiProperty({ type: [Activity] }) activities: Activity[];
  @ApiProperty({ type: [EvidenceView] }) evidence: EvidenceView[];
  @ApiProperty({ type: [Urge] }) urges: (Urge & { leaderName: string })[];
  @ApiProperty({ type: TaskPermissions }) can: TaskPermissions;
}
