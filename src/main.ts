import { Logger } from '@nestjs/common';
import { constants } from 'node:os';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';
import { WorkerProcess } from './queue/worker-process';

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
  const role = config.PROCESS_ROLE;
  // `all`: this process serves the API only; the jobs run in a supervised child (see WorkerProcess).
  const app = await createApp(role === 'all' ? loadConfig(process.env, { PROCESS_ROLE: 'api' }) : config);
  const logger = new Logger('Main');
  if (role === 'worker') {
    await app.init();
    // A worker started by an `all` process stops with it, however that process ended.
    if (process.send) process.once('disconnect', () => void app.close().finally(() => process.exit(0)));
    logger.log('Worker started (no HTTP)');
    return;
  }
  await app.listen(config.PORT, config.HOST);
  logger.log(`Fazhi Duban (${role}) listening on http://${config.HOST}:${config.PORT} — API docs at /api/docs, health at /health`);
  if (role === 'all') superviseWorker(new WorkerProcess({ entry: __filename }));
}

/**
 * Starts the worker child and stops it on SIGINT / SIGTERM. The app's own shutdown hooks close the
 * API on the first signal and then raise it again; that second one ends the process once the
 * worker has stopped.
 */
function superviseWorker(worker: WorkerProcess): void {
  worker.start();
  let received = 0;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      received += 1;
      const stopped = worker.stop();
      if (received > 1) void stopped.then(() => process.exit(128 + constants.signals[signal]));
    });
  }
}

void bootstrap();
