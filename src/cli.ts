import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { CatalogueLoader } from './catalog/catalogue-loader';
import { createLogger, PinoNestLogger } from './common/logger';
import { ConfigError, loadConfig } from './config/app-config';
import { printLogins } from './demo/demo-loader';
import { DemoSeeder } from './demo/demo-seeder';

process.env.TZ = 'UTC';

const COMMANDS: Record<string, string> = {
  seed: 'load (or update) the rule-of-law catalogue; running it again changes nothing',
  'seed:demo': 'load the demo bureau into an empty database',
};

/** `node dist/src/cli.js seed | seed:demo` — data loading without starting the HTTP server. */
async function main(): Promise<number> {
  const command = process.argv[2] ?? '';
  if (!COMMANDS[command]) {
    process.stderr.write(
      `usage: node dist/src/cli.js <command>\n${Object.entries(COMMANDS)
        .map(([c, d]) => `  ${c.padEnd(10)} ${d}`)
        .join('\n')}\n`,
    );
    return 2;
  }
  const config = loadConfig(process.env, { PROCESS_ROLE: 'api', DEMO: 'false' });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: new PinoNestLogger(createLogger(config.LOG_LEVEL)) });
  const logger = new Logger('CLI');
  try {
    await app.get(CatalogueLoader).load();
    if (command === 'seed:demo') {
      const seeder = app.get(DemoSeeder);
      if (!(await seeder.isEmpty())) {
        logger.error('The database already has departments: the demo bureau is only loaded into an empty database (use another DATA_DIR or DATABASE_URL).');
        return 1;
      }
      printLogins(logger, await seeder.seed(), config.PORT);
    }
    logger.log(`${command}: done`);
    return 0;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof ConfigError ? err.message : err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
