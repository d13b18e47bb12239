import { Body, Controller, Get, Param, ParseIntPipe, Post, Res, StreamableFile, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createReadStream } from 'node:fs';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/decorators';
import { UploadEvidenceDto } from './dto/upload.dto';
import { EvidenceFileView } from './dto/evidence-file.view';
import { EvidenceService, UploadedFile } from './evidence.service';

@ApiTags('佐证材料')
@ApiBearerAuth()
@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post('tasks/:id/evidence')
  @UseInterceptors(FilesInterceptor('files'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['files'],
      properties: {
        files: { type: 'array', items: { type: 'string', format: 'binary' }, description: '佐证材料文件（可多个）' },
        effectiveOn: { type: 'string', example: '2026-04-15', description: '材料所证明事项的日期，默认今天' },
        activityId: { type: 'integer', description: '所属活动记录编号' },
      },
    },
  })
  @ApiOperation({ summary: '上传佐证材料（按内容识别类型；大小和数量有上限）' })
  @ApiCreatedResponse({ type: [EvidenceFileView] })
  async upload(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @UploadedFiles() files: UploadedFile[] | undefined,
    @Body() dto: UploadEvidenceDto,
  ): Promise<EvidenceFileView[]> {
    return (await this.evidence.upload(caller, id, files ?? [], dto)).map(EvidenceFileView.of);
  }

  @Get('evidence/:id')
  @ApiOperation({ summary: '下载佐证材料（仅限可查看该任务的用户）' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' }, description: '文件内容，Content-Type 为识别出的类型' })
  async download(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { file, path } = await this.evidence.open(caller, id);
    res.setHeader('Content-Type', file.mimeType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    res.setHeader('Content-Length', String(file.size));
    return new StreamableFile(createReadStream(path));
  }
}
