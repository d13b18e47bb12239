import { ApiProperty } from '@nestjs/swagger';
import { USER_ROLES, type UserRole } from '../../access/auth-user';
import { ROLE_NAMES, type User } from '../user.entity';

/** A user as the API shows it: never the password hash or lock counters. */
export class UserView {
  @ApiProperty() id: number;
  @ApiProperty({ description: '登录名' }) login: string;
  @ApiProperty({ description: '姓名' }) name: string;
  @ApiProperty({ description: '电子邮箱' }) email: string;
  @ApiProperty({ enum: USER_ROLES, description: '角色' }) role: UserRole;
  @ApiProperty({ description: '角色名称' }) roleName: string;
  @ApiProperty({ nullable: true, type: Number, description: '所属股室或学校' }) departmentId: number | null;
  @ApiProperty({ description: '是否局长（第一责任人）' }) isBureauHead: boolean;
  @ApiProperty({ description: '职务' }) title: string;
  @ApiProperty({ description: '是否启用' }) active: boolean;
  @ApiProperty({ type: [Number], description: '分管的股室（仅局领导）' }) supervisedDepartmentIds: number[];

  static of(user: User, supervisedDepartmentIds: number[] = []): UserView {
    return Object.assign(new UserView(), {
      id: user.id,
      login: user.login,
      name: user.name,
      email: user.email,
      role: user.role,
      roleName: ROLE_NAMES[user.role],
      departmentId: user.departmentId,
      isBureauHead: user.isBureauHead,
      title: user.title,
      active: user.active,
      supervisedDepartmentIds,
    });
  }
}
