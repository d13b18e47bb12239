import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MaxKeys } from '../../common/validators';

export class UpdateBureauDto {
  @ApiPropertyOptional({ description: '单位名称', example: '某某县教育科技局' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({
    description: '本地化参数（键见 GET /bureau 的 settings），只需给出要修改的项',
    example: { normativeDocFilingDays: 15 },
  })
  @IsOptional()
  @IsObject()
  @MaxKeys(100)
  settings?: Record<string, number>;
}

export class BureauSettingView {
  @ApiProperty() key: string;
  @ApiProperty({ description: '名称' }) label: string;
  @ApiProperty({ description: '当前取值' }) value: number;
  @ApiProperty({ description: '目录默认值' }) defaultValue: number;
  @ApiProperty({ description: '单位' }) unit: string;
}

export class BureauView {
  @ApiProperty() name: string;
  @ApiProperty({ type: [BureauSettingView] }) settings: BureauSettingView[];
}
