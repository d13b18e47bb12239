import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { DEPARTMENT_KINDS, DepartmentKind } from '../department.entity';

export class CreateDepartmentDto {
  @ApiProperty({ description: '编码（字母、数字、短横线）', example: 'legal' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: '只能包含字母、数字、下划线和短横线，长度 1–40' })
  code: string;

  @ApiProperty({ description: '名称', example: '政策法规股' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: DEPARTMENT_KINDS, description: 'office 股室，school 学校' })
  @IsIn(DEPARTMENT_KINDS)
  kind: DepartmentKind;

  @ApiPropertyOptional({ description: '上级单位编号', type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  parentId?: number | null;
}

export class UpdateDepartmentDto extends PartialType(CreateDepartmentDto) {
  @ApiPropertyOptional({ description: '是否启用；停用的单位不再分配新任务' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class AssignRoleDto {
  @ApiProperty({ description: '承担该职责的股室编号' })
  @IsInt()
  departmentId: number;
}
