import { SortParam, TextFilter } from '../../common/list-query';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { USER_ROLES, type UserRole } from '../../access/auth-user';

export class CreateUserDto {
  @ApiProperty({ description: '登录名（字母、数字、点、下划线、短横线）', example: 'zhangsan' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{2,60}$/, { message: '只能包含字母、数字、点、下划线和短横线，长度 2–60' })
  login: string;

  @ApiProperty({ description: '姓名', example: '张三' })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  name: string;

  @ApiProperty({ description: '电子邮箱（接收提醒）', example: 'zhangsan@example.gov.cn' })
  @IsEmail()
  @MaxLength(200)
  email: string;

  @ApiProperty({ enum: USER_ROLES, description: '角色：admin 管理员、leader 局领导、head 股室负责人、staff 工作人员、adviser 法律顾问' })
  @IsIn(USER_ROLES)
  role: UserRole;

  @ApiPropertyOptional({ description: '所属股室或学校（股室负责人和工作人员必填）', type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  departmentId?: number | null;

  @ApiPropertyOptional({ description: '是否局长（第一责任人，接收最高一级督办升级）' })
  @IsOptional()
  @IsBoolean()
  isBureauHead?: boolean;

  @ApiPropertyOptional({ description: '职务，如 副局长、股长、校长' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  title?: string;

  @ApiPropertyOptional({ description: '初始密码（至少 8 位）；不填则自动生成并在响应中返回一次' })
  @IsOptional()
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password?: string;
}

export class UpdateUserDto extends PartialType(CreateUserDto) {
  @ApiPropertyOptional({ description: '是否启用；停用后立即无法登录，已签发的令牌失效' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/** Sortable fields of the users list. */
export const USER_SORTS = ['name', 'login', 'role', 'createdAt'] as const;

export class UserQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: '按股室筛选' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  departmentId?: number;

  @ApiPropertyOptional({ enum: USER_ROLES, description: '按角色筛选' })
  @IsOptional()
  @IsIn(USER_ROLES)
  role?: UserRole;

  @ApiPropertyOptional({ enum: ['active', 'inactive'], description: 'active 在用；inactive 已停用' })
  @IsOptional()
  @IsIn(['active', 'inactive'], { message: '状态只能是 active 或 inactive' })
  status?: 'active' | 'inactive';

  @TextFilter('姓名、登录名或邮箱包含')
  q?: string;

  @SortParam(USER_SORTS)
  sort?: string;
}

export class SupervisionDto {
  @ApiProperty({ type: [Number], description: '该局领导分管的股室编号' })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(500)
  @IsInt({ each: true })
  departmentIds: number[];
}

export class CreatedUserView {
  @ApiProperty({ description: '新账号' }) userId: number;
  @ApiPropertyOptional({ description: '自动生成的初始密码（只显示这一次）' }) initialPassword?: string;
}

export class ResetPasswordResult {
  @ApiProperty({ description: '新的临时密码（只显示这一次）' }) temporaryPassword: string;
}
