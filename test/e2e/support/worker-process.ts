import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { AppConfig } from '../../../src/config/app-config';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * A separate worker process (`src/main.ts --role=worker` through ts-node, as `npm run
 * start:worker` runs the build) on the same installation as a test app: same database, Redis
 * prefix and data folder. For faults a process must survive, or not (kill -9).
 */
export class WorkerProcess {
  private output = '';
  private exited?: { code: number | null; signal: NodeJS.Signals | null };

  private constructor(private readonly child: ChildProcess) {
    child.stdout!.on('data', (c: Buffer) => (this.output += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (this.output += c.toString()));
    child.on('exit', (code, signal) => (this.exited = { code, signal }));
  }

  /** Starts a worker with the settings of `config` (and `env` on top); resolves once it runs jobs. */
  static async start(config: AppConfig, env: Record<string, string> = {}, timeoutMs = 150_000): Promise<WorkerProcess> {
    const settings: Record<string, string | undefined> = {
      DATA_DIR: config.dataDir,
      DATABASE_URL: config.DATABASE_URL,
      REDIS_URL: config.REDIS_URL,
      QUEUE_PREFIX: config.QUEUE_PREFIX,
      SMTP_URL: config.SMTP_URL,
      MAIL_SEND_ATTEMPTS: String(config.MAIL_SEND_ATTEMPTS),
      MAIL_RETRY_BASE_MS: String(config.MAIL_RETRY_BASE_MS),
      MAIL_STALE_CLAIM_MS: String(config.MAIL_STALE_CLAIM_MS),
      QUEUE_SWEEP_INTERVAL_MS: String(config.QUEUE_SWEEP_INTERVAL_MS),
      DEMO: 'false',
      LOG_LEVEL: 'log',
      ...env,
    };
    // Only these: the test runner's own environment must not leak into the worker's configuration.
    const childEnv = Object.fromEntries(Object.entries({ PATH: process.env.PATH, HOME: process.env.HOME, ...settings }).filter(([, v]) => v !== undefined));
    const child = spawn(process.execPath, ['-r', 'ts-node/register', join(ROOT, 'src', 'main.ts'), '--role=worker'], {
      cwd: ROOT,
      env: { ...childEnv, TS_NODE_TRANSPILE_ONLY: 'true', TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new WorkerProcess(child);
    const deadline = Date.now() + timeoutMs;
    while (!worker.output.includes('Worker started')) {
      if (worker.exited || Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`worker process did not start (${JSON.stringify(worker.exited)}):\n${worker.output.slice(-3000)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return worker;
  }

  get alive(): boolean {
    return !this.exited;
  }

  /** What the process printed (JSON log lines), for failure messages. */
  get log(): string {
    return this.output;
  }

  /** kill -9: no shutdown hook runs, claims and job locks stay behind. */
  async kill9(): Promise<void> {
    await this.stopWith('SIGKILL');
  }

  async stop(): Promise<void> {
    await this.stopWith('SIGTERM');
  }

  private async stopWith(signal: NodeJS.Signals): Promise<void> {
    if (this.exited) return;
    await new Promise<void>((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.kill(signal);
    });
  }
}
