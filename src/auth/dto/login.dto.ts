import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { UserView } from '../../org/dto/user.view';

export class LoginDto {
  @ApiProperty({ description: '登录名', example: 'admin' })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  login: string;

  @ApiProperty({ description: '密码' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}

export class LoginResult {
  @ApiProperty({ description: '访问令牌，放在 Authorization: Bearer <token> 中' })
  token: string;

  @ApiProperty({ description: '令牌过期时间（UTC）' })
  expiresAt: string;

  @ApiProperty({ description: '为 true 时须先修改密码（管理员生成或重置的密码），其他接口返回 403 PASSWORD_CHANGE_REQUIRED' })
  mustChangePassword: boolean;

  @ApiProperty({ type: () => UserView })
  user: UserView;
}

export class ChangePasswordDto {
  @ApiProperty({ description: '当前密码' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({ description: '新密码：至少 8 位，不能是常见密码，不能与登录名相同' })
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  newPassword: string;
}

export class AuthOptions {
  @ApiProperty({ description: '是否为演示环境（界面显示“演示数据”横幅）' })
  demo: boolean;

  @ApiProperty({ description: '密码最少位数' })
  passwordMinLength: number;
}
