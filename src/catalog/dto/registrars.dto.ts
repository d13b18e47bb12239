import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsString, Matches, ValidateIf } from 'class-validator';

const ROLE = /^[a-z][a-z0-9-]{0,39}$/;
const ROLE_MESSAGE = '职责代码只能包含小写字母、数字和短横线';

/** Who may register cases of an event template (admin). */
export class UpdateTemplateDto {
  @ApiPropertyOptional({ type: [String], description: '可登记此类事项的股室职责代码；bureau 表示局机关任一股室（不含学校）；空数组表示仅管理员' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Matches(ROLE, { each: true, message: ROLE_MESSAGE })
  registrars?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, description: '登记股室在本事项中承担的职责（其牵头和配合事项由登记股室办理）；null 表示不替换' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Matches(ROLE, { message: ROLE_MESSAGE })
  registrarActsAs?: string | null;
}
