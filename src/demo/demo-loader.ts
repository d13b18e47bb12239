import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { CatalogueLoader } from '../catalog/catalogue-loader';
import { DEMO_PASSWORD } from './demo-bureau';
import { DemoLogin, DemoSeeder } from './demo-seeder';

/** On first start with an empty database (and DEMO not switched off): the demo bureau. */
@Injectable()
export class DemoLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly seeder: DemoSeeder,
    private readonly catalogue: CatalogueLoader,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.DEMO || this.config.PROCESS_ROLE === 'worker' || !(await this.seeder.isEmpty())) return;
    await this.catalogue.load();
    try {
      printLogins(this.logger, await this.seeder.seed(), this.config.PORT);
    } catch (err) {
      // The service stays usable without the demo; the admin account exists already.
      this.logger.error(`Demo bureau could not be loaded: ${(err as Error).stack}`);
    }
  }
}

export function printLogins(logger: Logger, logins: DemoLogin[], port: number): void {
  logger.log(`Demo bureau loaded. Open http://localhost:${port}/ and log in with password "${DEMO_PASSWORD}" as:`);
  for (const l of logins) logger.log(`  ${l.login.padEnd(10)} ${l.name} — ${l.department}`);
}
