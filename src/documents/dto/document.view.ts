import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME } from '../../common/api-schema';
import { CLEANUP_RESULTS, DOCUMENT_STATUSES } from './document.dto';
import type { CleanupResult, DocumentStatus } from '../normative-document.entity';

const NULLABLE_DATE = { type: String, nullable: true } as const;

export class DocumentView {
  @ApiProperty() id: number;
  @ApiProperty({ description: '文号' }) docNumber: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: '起草股室' }) departmentId: number;
  @ApiProperty() departmentName: string;
  @ApiProperty({ description: '公布日期' }) publishedOn: string;
  @ApiProperty({ description: '施行日期（有效期自此起算）' }) effectiveOn: string;
  @ApiProperty({ description: '暂行、试行文件' }) provisional: boolean;
  @ApiProperty({ description: '有效期（年）' }) validityYears: number;
  @ApiProperty({ description: '有效期届满日（最后有效日）' }) expiresOn: string;
  @ApiProperty({ enum: DOCUMENT_STATUSES, description: '现行有效 / 已修改 / 已废止 / 已失效（届满未处理，按日期推定）' }) status: DocumentStatus;
  @ApiProperty() statusName: string;
  @ApiProperty({ ...NULLABLE_DATE, description: '修改或废止日期' }) statusOn: string | null;
  @ApiProperty({ ...NULLABLE_DATE, description: '修改或废止理由' }) statusReason: string | null;
  @ApiProperty({ type: Number, nullable: true, description: '替代本文件的文件（台账编号）' }) replacedById: number | null;
  @ApiProperty({ ...NULLABLE_DATE, description: '备案日期（台账登记的，或制定事项“报送备案”完成之日）' }) filedOn: string | null;
  @ApiProperty({ description: '备案日期取自制定事项的“报送备案”步骤' }) filedOnFromCase: boolean;
  @ApiProperty({ description: '备案期限' }) filingDueOn: string;
  @ApiProperty({ description: '已过备案期限仍未备案' }) filingOverdue: boolean;
  @ApiProperty({ description: '已进行公平竞争审查' }) fairCompetitionReviewed: boolean;
  @ApiProperty({ type: Number, nullable: true, description: '来源的制定事项（计划编号）' }) planId: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '台账生成的届满前评估事项（计划编号）' }) evaluationPlanId: number | null;
  @ApiProperty() notes: string;
}

export class DocumentEventView {
  @ApiProperty() id: number;
  @ApiProperty({ enum: ['amended', 'repealed', 'cleanup'], description: 'amended 修改；repealed 废止；cleanup 年度清理意见' }) kind: string;
  @ApiProperty() onDate: string;
  @ApiProperty() reason: string;
  @ApiProperty({ type: Number, nullable: true }) replacedById: number | null;
  @ApiProperty({ type: Number, nullable: true }) cleanupYear: number | null;
  @ApiProperty({ enum: CLEANUP_RESULTS, nullable: true, type: String }) cleanupResult: CleanupResult | null;
  @ApiProperty() actorName: string;
  @ApiProperty(DATE_TIME) createdAt: Date;
}

export class DocumentDetailView {
  @ApiProperty({ type: DocumentView }) document: DocumentView;
  @ApiProperty({ type: [DocumentEventView], description: '修改、废止和清理记录' }) history: DocumentEventView[];
  @ApiProperty({ ...NULLABLE_DATE, description: '替代文件的文号' }) replacedByNumber: string | null;
  @ApiProperty({ description: '调用者可以编辑（政策法规股、管理员）' }) canEdit: boolean;
}

export class DocumentAccessView {
  @ApiProperty({ description: '可以登记和编辑（政策法规股、管理员）' }) canEdit: boolean;
  @ApiProperty({ description: '可以查看全部文件（否则只看本股室起草的）' }) readsAll: boolean;
}

export class CleanupItemView {
  @ApiProperty({ type: DocumentView }) document: DocumentView;
  @ApiProperty({ enum: CLEANUP_RESULTS, nullable: true, type: String, description: '本年度清理意见（未登记为空）' }) result: CleanupResult | null;
  @ApiProperty() note: string;
}

export class CleanupView {
  @ApiProperty() year: number;
  @ApiProperty({ description: '清理基准日（年度清理事项的日期）' }) date: string;
  @ApiProperty({ type: [CleanupItemView], description: '基准日现行有效的文件' }) items: CleanupItemView[];
}

export class DocumentImportResult {
  @ApiProperty() created: number;
}
