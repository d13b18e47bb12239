import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME, FREE_OBJECT } from '../../common/api-schema';
import { FINDING_SOURCES, FINDING_STATUSES, type FindingSource, type FindingStatus } from '../finding-rules';

export class FindingView {
  @ApiProperty() id: number;
  @ApiProperty({ description: '整改编号' }) code: string;
  @ApiProperty({ enum: FINDING_SOURCES }) source: FindingSource;
  @ApiProperty({ description: '问题来源（中文）' }) sourceName: string;
  @ApiProperty({ description: '来源说明' }) sourceRef: string;
  @ApiProperty({ type: Number, nullable: true, description: '来源事项（计划）编号' }) sourcePlanId: number | null;
  @ApiProperty({ description: '发现日期' }) foundOn: string;
  @ApiProperty({ description: '发现年度' }) year: number;
  @ApiProperty() description: string;
  @ApiProperty({ description: '责任股室编号' }) departmentId: number;
  @ApiProperty({ description: '责任股室' }) departmentName: string;
  @ApiProperty({ description: '整改措施' }) measures: string;
  @ApiProperty({ description: '整改期限' }) deadlineOn: string;
  @ApiProperty({ enum: FINDING_STATUSES, description: '状态（由整改任务的状态得出）' }) status: FindingStatus;
  @ApiProperty({ description: '状态（中文）' }) statusName: string;
  @ApiProperty({ description: '逾期未整改' }) overdue: boolean;
  @ApiProperty({ type: String, nullable: true, description: '报告整改完成的日期' }) rectifiedOn: string | null;
  @ApiProperty({ description: '整改事项（计划）编号' }) planId: number;
  @ApiProperty({ description: '整改任务编号' }) taskId: number;
  @ApiProperty(DATE_TIME) createdAt: Date;
}

export class FindingEvidenceView {
  @ApiProperty() id: number;
  @ApiProperty() fileName: string;
  @ApiProperty() size: number;
  @ApiProperty(DATE_TIME) uploadedAt: Date;
}

/** One step of the finding's history: its task's transitions and the edits of the finding. */
export class FindingHistoryView {
  @ApiProperty(DATE_TIME) at: Date;
  @ApiProperty({ description: '操作（中文）' }) action: string;
  @ApiProperty({ description: '说明或理由' }) note: string;
  @ApiProperty({ description: '操作人；系统操作时为空字符串' }) userName: string;
  @ApiProperty({ ...FREE_OBJECT, nullable: true, description: '修改的字段（编辑时）' }) changes: Record<string, unknown> | null;
}

export class FindingPermissionsView {
  @ApiProperty({ description: '可修改全部字段和整改期限' }) edit: boolean;
  @ApiProperty({ description: '可修改整改措施' }) editMeasures: boolean;
  @ApiProperty({ description: '可报告整改完成' }) report: boolean;
  @ApiProperty({ description: '可销号或退回' }) verify: boolean;
}

export class FindingDetailView {
  @ApiProperty({ type: FindingView }) finding: FindingView;
  @ApiProperty({ type: FindingPermissionsView }) can: FindingPermissionsView;
  @ApiProperty({ type: [FindingEvidenceView], description: '整改任务的佐证材料' }) evidence: FindingEvidenceView[];
  @ApiProperty({ type: [FindingHistoryView], description: '历史记录，按时间先后' }) history: FindingHistoryView[];
}

export class FindingImportResult {
  @ApiProperty({ description: '导入的问题条数' }) created: number;
}

export class FindingFiguresRow {
  @ApiProperty({ type: String, nullable: true, enum: FINDING_SOURCES, description: '问题来源；合计行为空' }) source: FindingSource | null;
  @ApiProperty() sourceName: string;
  @ApiProperty() total: number;
  @ApiProperty({ description: '待整改' }) open: number;
  @ApiProperty({ description: '整改中' }) inProgress: number;
  @ApiProperty({ description: '已整改（待销号）' }) rectified: number;
  @ApiProperty({ description: '已销号' }) closed: number;
  @ApiProperty({ description: '已撤销' }) cancelled: number;
  @ApiProperty({ description: '逾期未整改' }) overdue: number;
  @ApiProperty({ description: '按期整改（报告整改完成不晚于期限）' }) onTime: number;
  @ApiProperty({ description: '逾期整改' }) late: number;
}

export class FindingFiguresView {
  @ApiProperty() year: number;
  @ApiProperty({ type: [FindingFiguresRow], description: '按来源的统计，最后一行为合计' }) rows: FindingFiguresRow[];
}
