import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogController } from './catalog.controller';
import { CatalogService } from './catalog.service';
import { CatalogueLoader } from './catalogue-loader';
import { ChecklistTemplate } from './checklist-template.entity';
import { TemplateItem } from './template-item.entity';
import { WorkPoint } from './work-point.entity';

@Module({
  imports: [TypeOrmModule.forFeature([WorkPoint, ChecklistTemplate, TemplateItem])],
  providers: [CatalogService, CatalogueLoader],
  controllers: [CatalogController],
  exports: [CatalogService, CatalogueLoader],
})
export class CatalogModule {}
