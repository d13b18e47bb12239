import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { CreateRobotDto, UpdateRobotDto } from './dto/robot.dto';
import { RobotTestView, RobotView } from './dto/robot.view';
import { RobotsService } from './robots.service';

@ApiTags('群机器人（钉钉、企业微信）')
@ApiBearerAuth()
@Roles('admin', 'head')
@Controller('robots')
export class RobotsController {
  constructor(private readonly robots: RobotsService) {}

  @Get()
  @ApiOperation({ summary: '群机器人列表（管理员看全部，股室负责人看本股室的）；密钥已隐去' })
  @ApiOkResponse({ type: [RobotView] })
  list(@CurrentUser() caller: AuthUser): Promise<RobotView[]> {
    return this.robots.list(caller);
  }

  @Post()
  @ApiOperation({ summary: '新增钉钉或企业微信群机器人' })
  @ApiCreatedResponse({ type: RobotView })
  create(@CurrentUser() caller: AuthUser, @Body() dto: CreateRobotDto): Promise<RobotView> {
    return this.robots.create(caller, dto);
  }

  @Get(':id')
  @ApiOperation({ summary: '一个群机器人；密钥已隐去' })
  @ApiOkResponse({ type: RobotView })
  get(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<RobotView> {
    return this.robots.get(caller, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: '修改群机器人（名称、启用、Webhook、加签密钥；不填的密钥保持不变）' })
  @ApiOkResponse({ type: RobotView })
  update(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateRobotDto): Promise<RobotView> {
    return this.robots.update(caller, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: '删除群机器人' })
  @ApiNoContentResponse({ description: '已删除' })
  remove(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<void> {
    return this.robots.remove(caller, id);
  }

  @Post(':id/test')
  @HttpCode(200)
  @ApiOperation({ summary: '发送测试消息（立即发送，返回机器人是否接受）' })
  @ApiOkResponse({ type: RobotTestView })
  test(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<RobotTestView> {
    return this.robots.test(caller, id);
  }
}
