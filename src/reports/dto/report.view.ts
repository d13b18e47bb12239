import { ApiProperty } from '@nestjs/swagger';

export class FigureView {
  @ApiProperty({ description: '统计项键（用于查看明细）', example: 'law-study.leadership-study' }) key: string;
  @ApiProperty({ description: '名称', example: '领导班子法治专题学习（集体学法）' }) label: string;
  @ApiProperty({ description: '数值；无法统计时为空', type: Number, nullable: true }) value: number | null;
  @ApiProperty({ description: '相关事项总数（按时、完成类统计的分母）', type: Number, nullable: true }) total: number | null;
  @ApiProperty({ description: '单位', example: '次' }) unit: string;
  @ApiProperty({ description: '能否根据现有记录统计' }) available: boolean;
  @ApiProperty({ description: '无法统计的原因', type: String, nullable: true, example: '需要规范性文件台账（尚未建立）' }) reason: string | null;
}

export class WorkPointFiguresView {
  @ApiProperty({ example: 'law-study' }) key: string;
  @ApiProperty({ example: '学法用法' }) name: string;
  @ApiProperty({ example: '2.2' }) section: string;
  @ApiProperty({ type: [FigureView] }) figures: FigureView[];
}

export class DepartmentOnTimeView {
  @ApiProperty() departmentId: number;
  @ApiProperty({ example: '政策法规股' }) departmentName: string;
  @ApiProperty({ description: '按期完成（到期日当天或之前）' }) onTime: number;
  @ApiProperty({ description: '逾期完成' }) late: number;
  @ApiProperty({ description: '逾期未完成' }) overdue: number;
  @ApiProperty({ description: '未完成、尚未到期' }) pending: number;
  @ApiProperty({ description: '按期完成率（0–1，按已完成和逾期未完成计）；无到期事项时为空', type: Number, nullable: true }) onTimeRate: number | null;
}

export class AnnualReportView {
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ description: '统计截至日期', example: '2026-12-31' }) asOf: string;
  @ApiProperty({ type: [WorkPointFiguresView] }) workPoints: WorkPointFiguresView[];
  @ApiProperty({ type: [DepartmentOnTimeView], description: '各股室按期完成情况' }) departments: DepartmentOnTimeView[];
}

export class FigureRecordView {
  @ApiProperty({ enum: ['activity', 'task', 'case', 'entry'], description: '记录类别：活动、任务、案件（事项计划）、台账条目' })
  kind: 'activity' | 'task' | 'case' | 'entry';
  @ApiProperty({ description: '任务（活动所属任务）', type: Number, nullable: true }) taskId: number | null;
  @ApiProperty({ description: '案件（事项计划）', type: Number, nullable: true }) caseId: number | null;
  @ApiProperty() title: string;
  @ApiProperty({ description: '文号、案号', type: String, nullable: true }) reference: string | null;
  @ApiProperty({ type: Number, nullable: true }) departmentId: number | null;
  @ApiProperty({ type: String, nullable: true }) departmentName: string | null;
  @ApiProperty({ description: '活动日期、到期日或案件的起始日期', type: String, nullable: true, example: '2026-05-20' }) date: string | null;
  @ApiProperty({ description: '任务状态，或台账条目的状态、结果', type: String, nullable: true }) status: string | null;
  @ApiProperty({ description: '查看该记录的页面（界面路由，如 /tasks/12、/registers/documents/3）', type: String, nullable: true }) link: string | null;
}

export class FigureRecordsView {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
  @ApiProperty() available: boolean;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: [FigureRecordView] }) records: FigureRecordView[];
}
