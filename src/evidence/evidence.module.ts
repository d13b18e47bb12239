import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MulterModule } from '@nestjs/platform-express';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { CatalogModule } from '../catalog/catalog.module';
import { OrgModule } from '../org/org.module';
import { TaskEvidence } from '../tasks/task-ports';
import { TasksModule } from '../tasks/tasks.module';
import { EvidenceController } from './evidence.controller';
import { EvidenceFile } from './evidence-file.entity';
import { EvidenceService } from './evidence.service';

/** Global only to hand the tasks module its TaskEvidence port (tasks sit below evidence). */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([EvidenceFile]),
    TasksModule,
    CatalogModule,
    OrgModule,
    // Uploads go to disk first (not memory): a 50 MB × 10 upload must not sit in the heap.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const dest = join(config.dataDir, 'uploads-tmp');
        mkdirSync(dest, { recursive: true });
        // Browsers send file names as raw UTF-8 (年度报告.pdf); busboy's default latin1 would garble them.
        return { dest, defParamCharset: 'utf8', limits: { fileSize: config.UPLOAD_MAX_MB * 1024 * 1024, files: config.UPLOAD_MAX_FILES, fields: 10 } };
      },
    }),
  ],
  providers: [EvidenceService, { provide: TaskEvidence, useExisting: EvidenceService }],
  controllers: [EvidenceController],
  exports: [EvidenceService, TaskEvidence],
})
export class EvidenceModule {}
