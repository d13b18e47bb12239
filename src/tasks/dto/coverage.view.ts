import { ApiProperty } from '@nestjs/swagger';
import { TaskRef } from './task-detail.view';

/** 学校覆盖率: of a school-led item in one period, how many schools' tasks are done. */
export class CoverageRow {
  @ApiProperty() templateItemId: number;
  @ApiProperty({ example: '学校章程建设' }) title: string;
  @ApiProperty() workPointId: number;
  @ApiProperty({ example: '2026' }) periodKey: string;
  @ApiProperty({ example: '2026年度' }) periodLabel: string;
  @ApiProperty({ description: '已完成的学校数' }) done: number;
  @ApiProperty({ description: '学校任务总数（不适用、已撤销的不计）' }) total: number;
  @ApiProperty({ description: '覆盖率（%，一位小数）', example: 80 }) percent: number;
  @ApiProperty({ type: Number, nullable: true, description: '目标覆盖率（%）；非覆盖率事项为空', example: 100 }) target: number | null;
  @ApiProperty({ description: '计量说明', example: '%（学校章程覆盖率）' }) unit: string;
  @ApiProperty({ type: Boolean, nullable: true, description: '是否达到目标；无目标时为空' }) met: boolean | null;
}

/** A school-led item as its supporting department (or a leader) follows it from one task. */
export class SchoolProgressView {
  @ApiProperty({ type: CoverageRow }) coverage: CoverageRow;
  @ApiProperty({ type: [TaskRef], description: '各校任务（学校用户只看到汇总，列表为空）' }) schools: TaskRef[];
}
