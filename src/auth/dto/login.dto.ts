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

  @ApiProperty({ type: () => UserView })
  user: UserView;
}

export class ChangePasswordDto {
  @ApiProperty({ description: '当前密码' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({ description: '新密码（至少 8 位）' })
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  newPassword: string;
}
