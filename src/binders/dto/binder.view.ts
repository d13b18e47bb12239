import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME, NULLABLE_DATE_TIME } from '../../common/api-schema';
import { BINDER_STATUSES, type BinderStatus } from '../binder.entity';

/** A binder request and its progress. */
export class BinderView {
  @ApiProperty() id: number;
  @ApiProperty() year: number;
  @ApiProperty({ type: Number, nullable: true }) workPointId: number | null;
  @ApiProperty({ type: String, nullable: true, description: '工作要点名称；null 为全部' }) workPointName: string | null;
  @ApiProperty({ type: Number, nullable: true }) departmentId: number | null;
  @ApiProperty({ type: String, nullable: true, description: '股室名称；null 为全部' }) departmentName: string | null;
  @ApiProperty() requestedById: number;
  @ApiProperty({ description: '申请人' }) requestedByName: string;
  @ApiProperty({ enum: BINDER_STATUSES, description: 'queued 排队中；running 生成中；done 已完成；failed 失败' }) status: BinderStatus;
  @ApiProperty({ description: '已写入的文件数' }) filesDone: number;
  @ApiProperty({ description: '文件总数（开始生成后确定）' }) filesTotal: number;
  @ApiProperty({ description: '压缩包大小（字节），完成后给出' }) bytes: number;
  @ApiProperty({ type: String, nullable: true, description: '失败原因' }) error: string | null;
  @ApiProperty(DATE_TIME) createdAt: Date;
  @ApiProperty(NULLABLE_DATE_TIME) finishedAt: Date | null;
  @ApiProperty(DATE_TIME) expiresAt: Date;
}
