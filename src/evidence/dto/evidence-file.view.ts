import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME } from '../../common/api-schema';
import type { EvidenceFile } from '../evidence-file.entity';

/** An uploaded evidence file (佐证材料) as the upload answers it. */
export class EvidenceFileView {
  @ApiProperty() id: number;
  @ApiProperty() taskId: number;
  @ApiProperty({ type: Number, nullable: true, description: '所属活动记录' }) activityId: number | null;
  @ApiProperty({ description: '内容的 SHA-256' }) sha256: string;
  @ApiProperty({ description: '字节数' }) size: number;
  @ApiProperty({ description: '按内容识别的类型' }) mimeType: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ description: '材料所证明事项的日期' }) effectiveOn: string;
  @ApiProperty() uploadedById: number;
  @ApiProperty(DATE_TIME) uploadedAt: Date;

  static of(f: EvidenceFile): EvidenceFileView {
    return Object.assign(new EvidenceFileView(), {
      id: f.id,
      taskId: f.taskId,
      activityId: f.activityId,
      sha256: f.sha256,
      size: f.size,
      mimeType: f.mimeType,
      fileName: f.fileName,
      effectiveOn: f.effectiveOn,
      uploadedById: f.uploadedById,
      uploadedAt: f.uploadedAt,
    });
  }
}
