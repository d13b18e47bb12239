import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createReadStream } from 'node:fs';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { BindersService } from './binders.service';
import { CreateBinderDto } from './dto/binder.dto';
import { BinderView } from './dto/binder.view';

@ApiTags('佐证材料汇编')
@ApiBearerAuth()
@Roles('admin', 'leader', 'head', 'staff')
@Controller('binders')
export class BindersController {
  constructor(private readonly binders: BindersService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: '申请生成某年度的佐证材料汇编（.zip，后台生成）；局领导、管理员、政策法规股可选任意范围，股室负责人只能汇编本股室' })
  @ApiAcceptedResponse({ type: BinderView })
  request(@CurrentUser() caller: AuthUser, @Body() dto: CreateBinderDto): Promise<BinderView> {
    return this.binders.request(caller, dto);
  }

  @Get()
  @ApiOperation({ summary: '我申请的汇编（管理员看全部），新的在前' })
  @ApiOkResponse({ type: [BinderView] })
  list(@CurrentUser() caller: AuthUser): Promise<BinderView[]> {
    return this.binders.list(caller);
  }

  @Get(':id')
  @ApiOperation({ summary: '一份汇编的状态与进度' })
  @ApiOkResponse({ type: BinderView })
  get(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<BinderView> {
    return this.binders.get(caller, id);
  }

  @Get(':id/download')
  @ApiOperation({ summary: '下载生成完成的汇编（.zip）' })
  @ApiProduces('application/zip')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' }, description: 'zip 压缩包：工作要点/事项/单位/原文件名，以及目录 index.xlsx' })
  async download(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { path, name, bytes } = await this.binders.download(caller, id);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    res.setHeader('Content-Length', String(bytes));
    return new StreamableFile(createReadStream(path));
  }
}
