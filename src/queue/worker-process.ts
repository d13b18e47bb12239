import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Logger } from '@nestjs/common';

/** `scripts/` sits at the repository root, beside `src/` (ts-node) and `dist/src/` (built). */
function workerNodeFlags(): string[] {
  const candidates = [join(__dirname, '..', '..', 'scripts', 'node-flags.js'), join(__dirname, '..', '..', '..', 'scripts', 'node-flags.js')];
  const found = candidates.find((file) => existsSync(file));
  if (!found) return [];
  // A plain JS module shared with scripts/start.js, which runs without a build.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(found) as { nodeFlags(argv: string[]): string[] }).nodeFlags(['--role=worker']);
}

export interface WorkerProcessOptions {
  /** The script the child runs with `--role=worker` (production: dist/src/main.js itself). */
  entry: string;
  /** First pause before a restart; doubled per crash in a row up to 30 s, reset after a minute up. */
  restartDelayMs?: number;
  /** How long `stop` waits for the worker's graceful shutdown (it gives active jobs 10 s) before SIGKILL. */
  stopGraceMs?: number;
  /** Where the child's lines go, prefixed `[worker] ` (default: this process's stdout and stderr). */
  out?: NodeJS.WritableStream;
  err?: NodeJS.WritableStream;
}

const MAX_RESTART_DELAY_MS = 30_000;
const STABLE_AFTER_MS = 60_000;

/**
 * With PROCESS_ROLE=all the production entry serves the API in its process and runs the job worker
 * in this supervised child (`--role=worker`, the role's V8 flags from scripts/node-flags.js), so a
 * long job — the daily run reads every open task — never holds the API's event loop. The child is
 * restarted when it dies and stopped on shutdown; it also stops by itself when this process goes
 * (its IPC channel closes). Tests that build the app with `createApp` keep jobs in-process.
 */
export class WorkerProcess {
  private readonly logger = new Logger('WorkerProcess');
  private child?: ChildProcess;
  private exited?: Promise<void>;
  private restartTimer?: NodeJS.Timeout;
  private delay: number;
  private stopping = false;

  constructor(private readonly options: WorkerProcessOptions) {
    this.delay = options.restartDelayMs ?? 1_000;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  start(): void {
    const started = Date.now();
    const child = spawn(process.execPath, [...workerNodeFlags(), this.options.entry, '--role=worker'], {
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    this.child = child;
    this.prefix(child.stdout!, this.options.out ?? process.stdout);
    this.prefix(child.stderr!, this.options.err ?? process.stderr);
    this.logger.log(`Job worker started in process ${child.pid}`);
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        resolve();
        if (this.stopping) return;
        if (Date.now() - started > STABLE_AFTER_MS) this.delay = this.options.restartDelayMs ?? 1_000;
        this.logger.error(`Job worker exited (${signal ?? `code ${code}`}); restarting in ${this.delay} ms`);
        this.restartTimer = setTimeout(() => this.start(), this.delay);
        this.delay = Math.min(this.delay * 2, MAX_RESTART_DELAY_MS);
      });
    });
  }

  /** SIGTERM (the worker finishes its active jobs), SIGKILL after the grace period; no restart. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<false>((resolve) => (timer = setTimeout(resolve, this.options.stopGraceMs ?? 15_000, false)));
    const inTime = await Promise.race([this.exited!.then(() => true), grace]);
    clearTimeout(timer);
    if (!inTime) {
      this.logger.warn('Job worker did not stop in time; killing it');
      child.kill('SIGKILL');
      await this.exited;
    }
  }

  private prefix(from: NodeJS.ReadableStream, to: NodeJS.WritableStream): void {
    createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => to.write(`[worker] ${line}\n`));
  }
}
