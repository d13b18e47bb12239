import { Controller, Get, Param, ParseIntPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/decorators';
import { AnnualReportService } from './annual-report.service';
import { AnnualReportView, FigureRecordsView } from './dto/report.view';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 年度法治政府建设情况报告: leaders, admins and 政策法规股 (checked by the service). */
@ApiTags('年度报告')
@ApiBearerAuth()
@Controller('reports/annual')
export class ReportsController {
  constructor(private readonly reports: AnnualReportService) {}

  @Get(':year')
  @ApiOperation({ summary: '年度统计数据：按工作要点列出根据现有记录计算的数字，以及各股室按期完成情况（局领导、管理员、政策法规股）' })
  @ApiOkResponse({ type: AnnualReportView })
  report(@CurrentUser() caller: AuthUser, @Param('year', ParseIntPipe) year: number): Promise<AnnualReportView> {
    return this.reports.report(caller, year);
  }

  @Get(':year/figures/:key')
  @ApiOperation({ summary: '统计项明细：该数字所计的任务、活动或案件（局领导、管理员、政策法规股）' })
  @ApiOkResponse({ type: FigureRecordsView })
  records(@CurrentUser() caller: AuthUser, @Param('year', ParseIntPipe) year: number, @Param('key') key: string): Promise<FigureRecordsView> {
    return this.reports.records(caller, year, key);
  }

  @Get(':year/draft.docx')
  @ApiOperation({ summary: '年度报告Word初稿（厅字〔2019〕28号五部分结构，已填入统计数字，叙述部分留待填写）' })
  @ApiProduces(DOCX_TYPE)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' }, description: 'Word文档（.docx）' })
  async draft(@CurrentUser() caller: AuthUser, @Param('year', ParseIntPipe) year: number, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { bytes, fileName } = await this.reports.draft(caller, year);
    // Set here, not with @Header: those would also label the JSON body of a refusal.
    res.setHeader('Content-Type', DOCX_TYPE);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    return new StreamableFile(bytes);
  }
}
