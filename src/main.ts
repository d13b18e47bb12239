import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';

// Instants are handled in UTC; deadlines are computed as Asia/Shanghai dates explicitly.
process.env.TZ = 'UTC';

async function bootstrap(): Promise<void> {
  const roleArg = process.argv.find((a) => a.startsWith('--role='))?.slice('--role='.length);
  let config;
  try {
    config = loadConfig(process.env, roleArg ? { PROCESS_ROLE: roleArg } : {});
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  const app = await createApp(config);
  const logger = new Logger('Main');
  if (config.PROCESS_ROLE === 'worker') {
    await app.init();
    logger.log('Worker started (no HTTP)');
    return;
  }
  await app.listen(config.PORT, config.HOST);
  logger.log(`Fazhi Duban (${config.PROCESS_ROLE}) listening on http://${config.HOST}:${config.PORT} — API docs at /api/docs, health at /health`);
}

void bootstrap();
