import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BureauModule } from '../bureau/bureau.module';
import { CatalogModule } from '../catalog/catalog.module';
import { OrgModule } from '../org/org.module';
import { TasksModule } from '../tasks/tasks.module';
import { DocumentCases } from './document-cases';
import { DocumentViews } from './document-views';
import { DocumentsExcelController } from './documents-excel.controller';
import { DocumentsImportService } from './documents-import.service';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { NormativeDocument, NormativeDocumentEvent } from './normative-document.entity';

/** The 规范性文件台账 (issue 12, point 1). PlansService comes from the global PlansModule. */
@Module({
  imports: [TypeOrmModule.forFeature([NormativeDocument, NormativeDocumentEvent]), OrgModule, BureauModule, CatalogModule, TasksModule],
  providers: [DocumentsService, DocumentViews, DocumentCases, DocumentsImportService],
  controllers: [DocumentsExcelController, DocumentsController],
  exports: [DocumentsService],
})
export class DocumentsModule {}
