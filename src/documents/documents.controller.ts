import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { PageOf } from '../common/api-schema';
import type { Page } from '../common/pagination';
import { DocumentsService } from './documents.service';
import { ChangeStatusDto, CleanupDto, CreateDocumentDto, DocumentQueryDto, InForceQueryDto, UpdateDocumentDto } from './dto/document.dto';
import { CleanupView, DocumentAccessView, DocumentDetailView, DocumentView } from './dto/document.view';

@ApiTags('规范性文件台账')
@ApiBearerAuth()
@Roles('admin', 'leader', 'head', 'staff')
@Controller('documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get()
  @ApiOperation({ summary: '规范性文件台账（股室只看本股室起草的；政策法规股、局领导看全部）' })
  @ApiOkResponse({ type: PageOf(DocumentView) })
  list(@CurrentUser() caller: AuthUser, @Query() q: DocumentQueryDto): Promise<Page<DocumentView>> {
    return this.documents.list(caller, q);
  }

  @Get('access')
  @ApiOperation({ summary: '调用者对台账的权限' })
  @ApiOkResponse({ type: DocumentAccessView })
  access(@CurrentUser() caller: AuthUser): Promise<DocumentAccessView> {
    return this.documents.access(caller);
  }

  @Get('in-force')
  @ApiOperation({ summary: '现行有效规范性文件目录（全局人员均可查看）' })
  @ApiOkResponse({ type: PageOf(DocumentView) })
  inForce(@Query() q: InForceQueryDto): Promise<Page<DocumentView>> {
    return this.documents.inForce(q);
  }

  @Get('cleanup/:year')
  @ApiOperation({ summary: '年度清理：清理基准日（10月31日）现行有效的文件及本年度清理意见' })
  @ApiOkResponse({ type: CleanupView })
  cleanup(@CurrentUser() caller: AuthUser, @Param('year', ParseIntPipe) year: number): Promise<CleanupView> {
    return this.documents.cleanup(caller, year);
  }

  @Get(':id')
  @ApiOperation({ summary: '一件规范性文件：状态记录、来源事项' })
  @ApiOkResponse({ type: DocumentDetailView })
  detail(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<DocumentDetailView> {
    return this.documents.detail(caller, id);
  }

  @Post()
  @ApiOperation({ summary: '登记规范性文件（政策法规股、管理员）；没有制定事项的文件同时生成届满前评估事项' })
  @ApiCreatedResponse({ type: DocumentDetailView })
  create(@CurrentUser() caller: AuthUser, @Body() dto: CreateDocumentDto): Promise<DocumentDetailView> {
    return this.documents.create(caller, dto);
  }

  @Patch(':id')
  @ApiOperation({ summary: '修改台账登记内容（政策法规股、管理员）' })
  @ApiOkResponse({ type: DocumentDetailView })
  update(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateDocumentDto): Promise<DocumentDetailView> {
    return this.documents.update(caller, id, dto);
  }

  @Post(':id/status')
  @ApiOperation({ summary: '修改或废止（须填日期和理由；修改可指定替代文件）' })
  @ApiCreatedResponse({ type: DocumentDetailView })
  changeStatus(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: ChangeStatusDto): Promise<DocumentDetailView> {
    return this.documents.changeStatus(caller, id, dto);
  }

  @Post(':id/cleanup')
  @ApiOperation({ summary: '登记本文件的年度清理意见（继续有效、修改、废止）' })
  @ApiCreatedResponse({ type: CleanupView })
  recordCleanup(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: CleanupDto): Promise<CleanupView> {
    return this.documents.recordCleanup(caller, id, dto);
  }
}
