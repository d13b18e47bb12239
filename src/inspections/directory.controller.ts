import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { PageOf } from '../common/api-schema';
import type { Page } from '../common/pagination';
import { DirectoryService } from './directory.service';
import { CreateConflictDto, CreateItemDto, CreateTargetDto, TargetQueryDto, UpdateItemDto, UpdateTargetDto } from './dto/directory.dto';
import { ConflictView, InspectorView, ItemView, TargetView } from './dto/inspection.view';

const EDITORS = '（政策法规股、民办教育股、管理员）';

/** 检查对象名录库, 随机抽查事项清单 and 回避: the bureau reads, the keepers edit. */
@ApiTags('双随机一公开')
@ApiBearerAuth()
@Roles('admin', 'leader', 'head', 'staff')
@Controller('inspections')
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Get('targets')
  @ApiOperation({ summary: '检查对象名录库（搜索、按类别/风险等级/状态筛选）' })
  @ApiOkResponse({ type: PageOf(TargetView) })
  targets(@Query() q: TargetQueryDto): Promise<Page<TargetView>> {
    return this.directory.listTargets(q);
  }

  @Post('targets')
  @ApiOperation({ summary: `新增检查对象${EDITORS}` })
  @ApiCreatedResponse({ type: TargetView })
  createTarget(@CurrentUser() caller: AuthUser, @Body() dto: CreateTargetDto): Promise<TargetView> {
    return this.directory.createTarget(caller, dto);
  }

  @Patch('targets/:id')
  @ApiOperation({ summary: `修改检查对象，含停用${EDITORS}` })
  @ApiOkResponse({ type: TargetView })
  updateTarget(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateTargetDto): Promise<TargetView> {
    return this.directory.updateTarget(caller, id, dto);
  }

  @Get('items')
  @ApiOperation({ summary: '随机抽查事项清单' })
  @ApiOkResponse({ type: [ItemView] })
  items(): Promise<ItemView[]> {
    return this.directory.listItems();
  }

  @Post('items')
  @ApiOperation({ summary: `新增抽查事项${EDITORS}；比例默认取设置“双随机抽查比例”` })
  @ApiCreatedResponse({ type: ItemView })
  createItem(@CurrentUser() caller: AuthUser, @Body() dto: CreateItemDto): Promise<ItemView> {
    return this.directory.createItem(caller, dto);
  }

  @Patch('items/:id')
  @ApiOperation({ summary: `修改抽查事项，含停用${EDITORS}` })
  @ApiOkResponse({ type: ItemView })
  updateItem(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateItemDto): Promise<ItemView> {
    return this.directory.updateItem(caller, id, dto);
  }

  @Get('inspectors')
  @ApiOperation({ summary: '执法检查人员名录库：今天持有效执法证的人员（来自执法证台账）' })
  @ApiOkResponse({ type: [InspectorView] })
  inspectors(): Promise<InspectorView[]> {
    return this.directory.inspectors();
  }

  @Get('conflicts')
  @ApiOperation({ summary: '事先申报的回避（检查人员—检查对象）' })
  @ApiOkResponse({ type: [ConflictView] })
  conflicts(): Promise<ConflictView[]> {
    return this.directory.listConflicts();
  }

  @Post('conflicts')
  @ApiOperation({ summary: `申报回避${EDITORS}：执法证或人员二选一，并说明理由` })
  @ApiCreatedResponse({ type: ConflictView })
  createConflict(@CurrentUser() caller: AuthUser, @Body() dto: CreateConflictDto): Promise<ConflictView> {
    return this.directory.createConflict(caller, dto);
  }

  @Delete('conflicts/:id')
  @HttpCode(204)
  @ApiOperation({ summary: `撤回回避申报${EDITORS}；已完成的抽取保留其快照，不受影响` })
  @ApiNoContentResponse({ description: '已撤回' })
  removeConflict(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<void> {
    return this.directory.removeConflict(caller, id);
  }
}
