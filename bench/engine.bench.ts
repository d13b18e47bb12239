/**
 * Engine benchmark (see bench/README.md): a bureau of 200 departments and 100,000 tasks on
 * SQLite, served by the real application over loopback HTTP.
 *
 *   npm run bench:engine                 # = npx ts-node --transpile-only bench/engine.bench.ts
 *   npm run bench:engine -- --strict     # exit code 1 when a target is missed
 *
 * Optional environment: BENCH_TASKS (100000), BENCH_DEPARTMENTS (200), BENCH_N (200 sequential
 * requests per latency series), BENCH_DURATION_MS (5000 per throughput series), BENCH_ROUNDS (5),
 * BENCH_CLIENTS (20), BENCH_ROLE (api | all), BENCH_PROFILE=1 (CPU profile of the throughput
 * phases), BENCH_KEEP=1 (keep the data folder), REDIS_URL (redis://127.0.0.1:6379).
 * The two target ratios, per interleaved block / round, end the output as one `BENCH_RESULT` line.
 */
import { rmSync } from 'node:fs';
import { emitResults } from './lib/report';
import { activeDataDirs, DEFAULT_OPTIONS, runEngineBench, type EngineBenchOptions } from './lib/engine-harness';

const HARD_LIMIT_MS = 175_000;
const T0 = performance.now();
const log = (msg: string) => console.log(`[bench ${((performance.now() - T0) / 1000).toFixed(1)}s] ${msg}`);

const num = (name: string, fallback: number) => {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name}=${v} is not a positive number`);
  return n;
};

export function optionsFromEnv(): EngineBenchOptions {
  const role = process.env.BENCH_ROLE ?? DEFAULT_OPTIONS.role;
  if (role !== 'api' && role !== 'all') throw new Error(`BENCH_ROLE=${role}: use api or all`);
  return {
    ...DEFAULT_OPTIONS,
    label: 'baseline',
    tasks: num('BENCH_TASKS', DEFAULT_OPTIONS.tasks),
    departments: num('BENCH_DEPARTMENTS', DEFAULT_OPTIONS.departments),
    n: num('BENCH_N', DEFAULT_OPTIONS.n),
    durationMs: num('BENCH_DURATION_MS', DEFAULT_OPTIONS.durationMs),
    rounds: num('BENCH_ROUNDS', DEFAULT_OPTIONS.rounds),
    clients: num('BENCH_CLIENTS', DEFAULT_OPTIONS.clients),
    role,
    profile: process.env.BENCH_PROFILE === '1',
    keepData: process.env.BENCH_KEEP === '1',
    redisUrl: process.env.REDIS_URL ?? DEFAULT_OPTIONS.redisUrl,
  };
}

if (require.main === module) {
  const strict = process.argv.includes('--strict');
  const hardStop = setTimeout(() => {
    console.error(`[bench] aborted: still running after ${HARD_LIMIT_MS / 1000} s`);
    for (const dir of activeDataDirs) rmSync(dir, { recursive: true, force: true });
    process.exit(2);
  }, HARD_LIMIT_MS);
  hardStop.unref();
  runEngineBench(optionsFromEnv(), log).then(
    (r) => {
      log('done, cleaned up');
      emitResults(r.rows);
      process.exitCode = strict && !r.pass.all ? 1 : 0;
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 2;
    },
  );
}
