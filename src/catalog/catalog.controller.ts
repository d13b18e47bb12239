import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators';
import { CatalogService } from './catalog.service';
import { ChecklistTemplate } from './checklist-template.entity';
import { CreateTemplateDto, UpdateTemplateItemDto } from './dto/template.dto';
import { TemplateItem } from './template-item.entity';
import { WorkPoint } from './work-point.entity';
import { InputValidationException } from '../common/validation';

@ApiTags('工作要点与清单模板')
@ApiBearerAuth()
@Controller()
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get('work-points')
  @ApiOperation({ summary: '工作要点（组织领导、学法用法、三项制度……）' })
  workPoints(): Promise<WorkPoint[]> {
    return this.catalog.listWorkPoints();
  }

  @Get('templates')
  @ApiQuery({ name: 'kind', required: false, enum: ['annual', 'event'] })
  @ApiOperation({ summary: '清单模板列表' })
  templates(@Query('kind') kind?: string): Promise<ChecklistTemplate[]> {
    if (kind !== undefined && kind !== 'annual' && kind !== 'event') {
      throw new InputValidationException([{ field: 'kind', message: '取值必须是以下之一：annual, event' }]);
    }
    return this.catalog.listTemplates(kind);
  }

  @Get('templates/:id')
  @ApiOperation({ summary: '一个模板及其事项' })
  template(@Param('id', ParseIntPipe) id: number): Promise<ChecklistTemplate & { items: TemplateItem[] }> {
    return this.catalog.getTemplate(id);
  }

  @Post('templates')
  @Roles('admin')
  @ApiOperation({ summary: '新建本单位的清单模板（管理员）' })
  create(@Body() dto: CreateTemplateDto): Promise<ChecklistTemplate & { items: TemplateItem[] }> {
    return this.catalog.createTemplate(dto);
  }

  @Patch('templates/:id/items/:itemId')
  @Roles('admin')
  @ApiOperation({ summary: '修改模板事项（管理员）；已下发的任务不受影响' })
  updateItem(@Param('id', ParseIntPipe) id: number, @Param('itemId', ParseIntPipe) itemId: number, @Body() dto: UpdateTemplateItemDto): Promise<TemplateItem> {
    return this.catalog.updateItem(id, itemId, dto);
  }
}
