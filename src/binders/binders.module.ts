import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog/catalog.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { OrgModule } from '../org/org.module';
import { Binder } from './binder.entity';
import { BindersController } from './binders.controller';
import { BindersService } from './binders.service';

/** 佐证材料汇编: binder records, the build-binder job and the download route. */
@Module({
  imports: [TypeOrmModule.forFeature([Binder]), EvidenceModule, CatalogModule, OrgModule],
  providers: [BindersService],
  controllers: [BindersController],
})
export class BindersModule {}
