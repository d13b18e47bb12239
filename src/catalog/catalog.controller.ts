import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Roles } from '../access/decorators';
import { CatalogService } from './catalog.service';
import { TemplateItemView, TemplateView, TemplateWithItemsView, WorkPointView } from './dto/catalog.view';
import { CreateTemplateDto, UpdateTemplateItemDto } from './dto/template.dto';
import { UpdateTemplateDto } from './dto/registrars.dto';
import { InputValidationException } from '../common/validation';

@ApiTags('工作要点与清单模板')
@ApiBearerAuth()
@Controller()
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get('work-points')
  @ApiOperation({ summary: '工作要点（组织领导、学法用法、三项制度……）' })
  @ApiOkResponse({ type: [WorkPointView] })
  async workPoints(): Promise<WorkPointView[]> {
    return (await this.catalog.listWorkPoints()).map(WorkPointView.of);
  }

  @Get('templates')
  @ApiQuery({ name: 'kind', required: false, enum: ['annual', 'event'] })
  @ApiOperation({ summary: '清单模板列表' })
  @ApiOkResponse({ type: [TemplateView] })
  async templates(@Query('kind') kind?: string): Promise<TemplateView[]> {
    if (kind !== undefined && kind !== 'annual' && kind !== 'event') {
      throw new InputValidationException([{ field: 'kind', message: '取值必须是以下之一：annual, event' }]);
    }
    return (await this.catalog.listTemplates(kind)).map(TemplateView.of);
  }

  @Get('templates/:id')
  @ApiOperation({ summary: '一个模板及其事项' })
  @ApiOkResponse({ type: TemplateWithItemsView })
  async template(@Param('id', ParseIntPipe) id: number): Promise<TemplateWithItemsView> {
    return TemplateWithItemsView.ofTemplate(await this.catalog.getTemplate(id));
  }

  @Post('templates')
  @Roles('admin')
  @ApiOperation({ summary: '新建本单位的清单模板（管理员）' })
  @ApiCreatedResponse({ type: TemplateWithItemsView })
  async create(@Body() dto: CreateTemplateDto): Promise<TemplateWithItemsView> {
    return TemplateWithItemsView.ofTemplate(await this.catalog.createTemplate(dto));
  }

  @Patch('templates/:id')
  @Roles('admin')
  @ApiOperation({ summary: '修改事件模板的登记股室（管理员）' })
  @ApiOkResponse({ type: TemplateView })
  async update(@Param('id', ParseIntPipe) id: number, @Body() dto: UpdateTemplateDto): Promise<TemplateView> {
    return TemplateView.of(await this.catalog.updateTemplate(id, dto));
  }

  @Patch('templates/:id/items/:itemId')
  @Roles('admin')
  @ApiOperation({ summary: '修改模板事项（管理员）；已下发的任务不受影响' })
  @ApiOkResponse({ type: TemplateItemView })
  async updateItem(
    @Param('id', ParseIntPipe) id: number,
    @Param('itemId', ParseIntPipe) itemId: number,
    @Body() dto: UpdateTemplateItemDto,
  ): Promise<TemplateItemView> {
    return TemplateItemView.of(await this.catalog.updateItem(id, itemId, dto));
  }
}
