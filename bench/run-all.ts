/**
 * `npm run bench`: runs every bench (bench/*.bench.ts, one after the other — they would compete
 * for the 2 cores otherwise) through its `bench:<name>` script, collects the `BENCH_RESULT` lines
 * (bench/lib/report.ts) and prints one table of ratios.
 *
 *   npm run bench                        # every bench at its default size
 *   npm run bench -- --only=engine,pg    # some of them (names as in `bench:<name>`)
 *   npm run bench -- --quick             # small sizes (10,000 tasks, short rounds)
 *
 * Each bench's own output goes to a log file in the temp folder (its path is printed).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseResults, type RatioRow, spread } from './lib/report';
import { table } from './lib/stats';

/** Sizes for `--quick`: every bench reads the knobs it knows and ignores the others. */
const QUICK_ENV: Record<string, string> = {
  BENCH_TASKS: '10000',
  BENCH_N: '20',
  BENCH_DURATION_MS: '1000',
  BENCH_FILES: '30',
  BENCH_MIGRATION_TASKS: '10000',
};

interface Bench {
  name: string;
  script: string;
}

/** Every bench file with the npm script that runs it (`bench:<name>` naming the file). */
function discover(): Bench[] {
  const root = join(__dirname, '..');
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  return readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort()
    .map((file) => {
      const entry = Object.entries(scripts).find(([k, cmd]) => k.startsWith('bench:') && cmd.includes(`bench/${file}`));
      if (!entry) throw new Error(`bench/${file} has no bench:<name> script in package.json`);
      return { name: entry[0].slice('bench:'.length), script: entry[0] };
    });
}

function run(b: Bench, env: NodeJS.ProcessEnv, logFile: string): Promise<{ code: number | null; output: string; ms: number }> {
  const t0 = performance.now();
  const log = createWriteStream(logFile);
  return new Promise((resolve) => {
    // Its own process group, so that stopping the runner stops the bench and whatever it started.
    const child = spawn('npm', ['run', '--silent', b.script], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const stop = (signal: NodeJS.Signals) => {
      process.kill(-child.pid!, signal);
      process.exit(130);
    };
    process.once('SIGINT', stop).once('SIGTERM', stop);
    let output = '';
    const take = (c: Buffer) => {
      output += c.toString();
      log.write(c);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code) => {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      log.end(() => resolve({ code, output, ms: performance.now() - t0 }));
    });
  });
}

const fmt = (v: number) => (!Number.isFinite(v) ? '—' : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));
const s3 = (xs: number[]) => {
  const s = spread(xs);
  return `${fmt(s.min)} / ${fmt(s.median)} / ${fmt(s.max)}`;
};

function resultRow(r: RatioRow): string[] {
  const cpu = r.appCpuMs?.length || r.baseCpuMs?.length ? `${fmt(spread(r.appCpuMs ?? []).median)} / ${fmt(spread(r.baseCpuMs ?? []).median)}` : '—';
  return [
    r.bench,
    r.metric,
    String(r.ratio.length),
    s3(r.ratio),
    `${fmt(spread(r.app).median)} / ${fmt(spread(r.base).median)} ${r.unit}`,
    cpu,
    r.target ?? '(info)',
    r.pass === undefined ? '—' : r.pass ? 'PASS' : 'MISS',
  ];
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const only = args
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',')
    .filter(Boolean);
  const quick = args.includes('--quick');
  const all = discover();
  const unknown = (only ?? []).filter((n) => !all.some((b) => b.name === n));
  if (unknown.length) throw new Error(`unknown bench ${unknown.join(', ')}; known: ${all.map((b) => b.name).join(', ')}`);
  const benches = only ? all.filter((b) => only.includes(b.name)) : all;
  const env = { ...process.env, ...(quick ? QUICK_ENV : {}) };
  const rows: RatioRow[] = [];
  const failures: string[] = [];
  const t0 = performance.now();
  for (const b of benches) {
    const logFile = join(tmpdir(), `fazhi-bench-${b.name}.log`);
    console.log(`[bench] ${b.name}: npm run ${b.script}${quick ? ' (quick)' : ''} → ${logFile}`);
    const res = await run(b, env, logFile);
    const found = parseResults(res.output);
    rows.push(...found);
    console.log(`[bench] ${b.name}: exit ${res.code}, ${(res.ms / 1000).toFixed(0)} s, ${found.length} results`);
    if (res.code !== 0 || !found.length) failures.push(`${b.name} (exit ${res.code}, ${found.length} results; see ${logFile})`);
  }
  console.log('');
  console.log(
    table([['bench', 'metric', 'reps', 'ratio min / median / max', 'app / base medians', 'CPU ms app / base', 'target', 'verdict'], ...rows.map(resultRow)]),
  );
  console.log(
    `\n${benches.length} benches in ${((performance.now() - t0) / 60_000).toFixed(1)} min; ${rows.filter((r) => r.pass === false).length} targets missed`,
  );
  if (failures.length) console.log(`failed or silent: ${failures.join('; ')}`);
  return failures.length ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(err);
    process.exitCode = 2;
  },
);
