import { Module } from '@nestjs/common';
import { AdvisersModule } from '../advisers/advisers.module';
import { CertificatesModule } from '../certificates/certificates.module';
import { DocumentsModule } from '../documents/documents.module';
import { FindingsModule } from '../findings/findings.module';
import { InspectionsModule } from '../inspections/inspections.module';
import { PlansModule } from '../plans/plans.module';
import { TasksModule } from '../tasks/tasks.module';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

@Module({
  imports: [TasksModule, PlansModule, DocumentsModule, AdvisersModule, CertificatesModule, InspectionsModule, FindingsModule],
  providers: [SearchService],
  controllers: [SearchController],
})
export class SearchModule {}
