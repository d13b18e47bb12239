import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { requestContext } from '../common/request-context';
import { CatalogService } from './catalog.service';
import { loadCatalogueFile } from './catalogue-file';

/** Brings the stored catalogue up to the version shipped with this release, at every start. */
@Injectable()
export class CatalogueLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('Catalogue');

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly catalog: CatalogService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.PROCESS_ROLE !== 'worker') await this.load();
  }

  /** Idempotent: a catalogue version already loaded changes nothing. */
  async load(): Promise<void> {
    const result = await requestContext.run({ requestId: 'catalogue', actor: 'catalogue' }, () => this.catalog.loadCatalogue(loadCatalogueFile()));
    if (!result.unchanged) {
      this.logger.log(`Catalogue version ${result.version} loaded: ${result.templatesCreated} templates created, ${result.templatesUpdated} updated`);
    }
  }
}
