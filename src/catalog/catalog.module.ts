import { Module } from '@nestjs/common';
import { CatalogController } from './catalog.controller';
import { CatalogService } from './catalog.service';
import { CatalogueLoader } from './catalogue-loader';

@Module({
  providers: [CatalogService, CatalogueLoader],
  controllers: [CatalogController],
  exports: [CatalogService, CatalogueLoader],
})
export class CatalogModule {}
