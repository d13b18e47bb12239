import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import type { AuthUser } from '../access/auth-user';
import { AuthService, LoginDelayedException } from './auth.service';
import { CurrentUser, Public } from '../access/decorators';
import { AuthOptions, ChangePasswordDto, LoginDto, LoginResult } from './dto/login.dto';
import { PASSWORD_MIN_LENGTH } from '../config/password-policy';
import { UserCredentials } from '../org/user-credentials.service';

@ApiTags('登录')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly credentials: UserCredentials,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: '用登录名和密码登录，获得访问令牌（连续失败后需等待，返回 429 和 Retry-After）' })
  @ApiOkResponse({ type: LoginResult })
  login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<LoginResult> {
    return this.auth.login(dto.login, dto.password, req.ip ?? 'unknown').catch((err: unknown) => {
      if (err instanceof LoginDelayedException) res.setHeader('Retry-After', String(err.retryAfterSeconds));
      throw err;
    });
  }

  @Public()
  @Get('options')
  @ApiOperation({ summary: '登录页所需的公开设置（是否演示环境、密码规则）' })
  @ApiOkResponse({ type: AuthOptions })
  options(): AuthOptions {
    return { demo: this.config.DEMO, passwordMinLength: PASSWORD_MIN_LENGTH };
  }

  @Post('password')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: '修改自己的密码（其他已登录的会话随之失效）' })
  @ApiNoContentResponse({ description: '密码已修改' })
  async changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.credentials.changePassword(user.id, dto.currentPassword, dto.newPassword);
  }
}
