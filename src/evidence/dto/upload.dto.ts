import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches } from 'class-validator';

/** Multipart form fields besides the files (the `files` parts are taken by multer first). */
export class UploadEvidenceDto {
  @ApiPropertyOptional({ description: '材料所证明事项的日期 YYYY-MM-DD，默认今天' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '必须是日期（YYYY-MM-DD）' })
  effectiveOn?: string;

  @ApiPropertyOptional({ description: '所属活动记录编号（目标数量类事项）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  activityId?: number;
}
