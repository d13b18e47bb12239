import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { WorkerProcess, type WorkerProcessOptions } from '../../../src/queue/worker-process';

/**
 * A stand-in for dist/src/main.js --role=worker: says it is up (and with which role), crashes
 * once when `crash-once` exists, says goodbye on SIGTERM unless told to ignore it.
 */
const FAKE_WORKER = String.raw`
const fs = require('node:fs');
const path = require('node:path');
const flag = path.join(__dirname, 'crash-once');
console.log('up ' + process.argv.slice(2).join(' '));
if (fs.existsSync(flag)) { fs.rmSync(flag); console.error('crashing'); process.exit(3); }
process.on('SIGTERM', () => {
  if (fs.existsSync(path.join(__dirname, 'ignore-sigterm'))) return console.log('ignoring');
  console.log('bye');
  process.exit(0);
});
console.log('ready');
setInterval(() => undefined, 1000);
`;

// Each test starts real node processes: seconds on a loaded machine.
jest.setTimeout(60_000);

describe('WorkerProcess (the job worker of a PROCESS_ROLE=all process)', () => {
  let dir: string;
  let lines: string[];
  let output: PassThrough;
  let worker: WorkerProcess | undefined;

  /** Resolves once the child's output holds `count` lines equal to `line`. */
  const until = (line: string, count = 1) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (lines.filter((l) => l === line).length < count) return;
        output.off('data', check);
        resolve();
      };
      output.on('data', check);
      check();
    });

  /** Starts the fake worker and resolves with its pid once it is ready. */
  const start = async (options: Partial<WorkerProcessOptions>) => {
    worker = new WorkerProcess({ entry: join(dir, 'fake-worker.js'), out: output, err: output, ...options });
    worker.start();
    await until('[worker] ready');
    return worker.pid!;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'worker-process-'));
    writeFileSync(join(dir, 'fake-worker.js'), FAKE_WORKER);
    lines = [];
    output = new PassThrough();
    output.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
  });

  afterEach(async () => {
    await worker?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the entry with --role=worker, prefixes its lines, restarts it when it dies and stops it for good', async () => {
    writeFileSync(join(dir, 'crash-once'), '');
    const pid = await start({ restartDelayMs: 10 });
    await worker!.stop();
    expect(lines).toEqual(['[worker] up --role=worker', '[worker] crashing', '[worker] up --role=worker', '[worker] ready', '[worker] bye']);
    expect(() => process.kill(pid, 0)).toThrow();
  });

  it('kills a worker that does not stop within the grace period', async () => {
    writeFileSync(join(dir, 'ignore-sigterm'), '');
    const pid = await start({ stopGraceMs: 200 });
    await worker!.stop();
    expect(lines).toContain('[worker] ignoring');
    expect(() => process.kill(pid, 0)).toThrow();
  });
});
