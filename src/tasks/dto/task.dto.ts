import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { SortParam, TextFilter } from '../../common/list-query';
import { IsRealDate } from '../../common/validators';
import { PageQueryDto } from '../../common/pagination';
import { TASK_STATUSES, type TaskStatus } from '../task.entity';

export class CompleteTaskDto {
  @ApiProperty({ description: '完成情况说明（必填）' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  note: string;

  @ApiPropertyOptional({ description: '未达到目标数量时的说明' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  shortfallReason?: string;

  @ApiPropertyOptional({ description: '工作实际完成的日期 YYYY-MM-DD（默认今天；不晚于今天，补录事项可填本年度内任一天）', example: '2026-03-20' })
  @IsOptional()
  @IsString()
  @IsRealDate({ message: '完成日期必须是真实的日期（YYYY-MM-DD）' })
  doneOn?: string;

  @ApiPropertyOptional({ type: [Number], description: '执法环节：参与的执法人员的执法证编号（须不少于该环节要求的人数，且在完成日有效）' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  officerCertificateIds?: number[];
}

export class ReasonDto {
  @ApiProperty({ description: '理由（必填）' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  reason: string;
}

export class AcceptDto {
  @ApiPropertyOptional({ description: '审核意见' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}

export class AssignDto {
  @ApiProperty({ description: '经办人（本部门负责人或工作人员）的用户编号；null 表示取消指定', type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  assigneeId: number | null = null;
}

export class UrgeDto {
  @ApiProperty({ description: '催办内容', example: '请于本周五前完成并上传佐证材料' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  message: string;
}

export class ActivityDto {
  @ApiProperty({ description: '活动日期 YYYY-MM-DD', example: '2026-04-15' })
  @IsString()
  @IsRealDate()
  occurredOn: string;

  @ApiProperty({ description: '活动名称', example: '党组会会前学法：学习《行政复议法》' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ description: '参加人员' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  participants?: string;

  @ApiPropertyOptional({ description: '备注' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}

export class MeasureDto {
  @ApiProperty({ description: '分子，如 参考人数（≥ 0 的整数，不大于分母）', example: 48 })
  @IsInt({ message: '分子必须是整数' })
  @Min(0, { message: '分子不能小于 0' })
  @Max(100_000_000, { message: '分子过大' })
  numerator: number;

  @ApiProperty({ description: '分母，如 应参考人数（> 0 的整数）', example: 50 })
  @IsInt({ message: '分母必须是整数' })
  @Min(1, { message: '分母必须大于 0' })
  @Max(100_000_000, { message: '分母过大' })
  denominator: number;
}

export const TASK_VIEWS = ['overdue', 'dueSoon', 'open', 'done', 'na', 'all'] as const;
export type TaskView = (typeof TASK_VIEWS)[number];

/** Sortable fields of every task list (`department` and `workPoint` order by name). */
export const TASK_SORTS = ['dueOn', 'title', 'status', 'updatedAt', 'department', 'workPoint'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

/** A page of tasks of one department and/or work point (the department and leader lists). */
export class TaskPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: '股室或学校（股室用户只能看本部门）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  departmentId?: number;

  @ApiPropertyOptional({ description: '工作要点' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  workPointId?: number;

  @TextFilter('名称、文号/案号、股室或工作要点包含')
  q?: string;

  @SortParam(TASK_SORTS)
  sort?: string;
}

export class TaskFilterDto extends TaskPageQueryDto {
  @ApiPropertyOptional({
    enum: TASK_VIEWS,
    description: 'overdue 逾期；dueSoon 即将到期；open 其他未完成（含补录、待审核、不适用申请中）；done 已完成；na 不适用；all 全部',
    default: 'all',
  })
  @IsOptional()
  @IsIn(TASK_VIEWS)
  view: TaskView = 'all';

  @ApiPropertyOptional({ enum: TASK_STATUSES, description: 'open 待办；submitted 待审核；returned 已退回；done 已完成；na 不适用；cancelled 已撤销' })
  @IsOptional()
  @IsIn(TASK_STATUSES, { message: '状态只能是 open、submitted、returned、done、na、cancelled' })
  status?: TaskStatus;

  @ApiPropertyOptional({ description: '计划' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  planId?: number;

  @ApiPropertyOptional({ description: '计划年度' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ type: Number, description: '“即将到期”的范围：今天起若干个工作日内', default: 5 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60)
  dueSoonDays = 5;
}
