/**
 * Migrations on big data (see bench/README.md, `npm run bench:migrations`): on a generated bureau
 * of BENCH_MIGRATION_TASKS (1,000,000) tasks, reverts the latest BENCH_MIGRATIONS (9) migrations
 * one by one and applies them again one by one, BENCH_REPS (5) times, timing each step and
 * counting the rows of every table before and after it (no row may be lost). Baseline in the same
 * repetition: one full read of the tasks table (what any migration that touches every task row
 * costs at least; a table rebuild costs several times more).
 *
 * BENCH_DATABASE=postgres runs it on a scratch PostgreSQL database at PG_ADMIN_URL instead of
 * SQLite.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { POSTGRES_MIGRATIONS } from '../migrations/postgres';
import { SQLITE_MIGRATIONS } from '../migrations/sqlite';
import { dataSourceOptions } from '../src/database/data-source-options';
import { PasswordService } from '../src/org/password.service';
import { bootBenchApp } from './lib/bench-app';
import { generateBureau } from './lib/generate-bureau';
import { scratchPostgres } from './lib/pg-scratch';
import { finishBench, type RatioRow, spread } from './lib/report';
import { table } from './lib/stats';

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const o = {
  tasks: num('BENCH_MIGRATION_TASKS', 1_000_000),
  latest: num('BENCH_MIGRATIONS', 9),
  reps: num('BENCH_REPS', 5),
  postgres: process.env.BENCH_DATABASE === 'postgres',
  redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
};
const T0 = performance.now();
const log = (msg: string) => console.log(`[bench ${((performance.now() - T0) / 1000).toFixed(1)}s] ${msg}`);

async function tables(ds: DataSource): Promise<string[]> {
  const rows: { name: string }[] = o.postgres
    ? await ds.query("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'")
    : await ds.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'migrations'");
  return rows.map((r) => r.name).sort();
}

async function rowCounts(ds: DataSource): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const t of await tables(ds)) counts.set(t, Number((await ds.query(`SELECT COUNT(*) AS n FROM "${t}"`))[0].n));
  return counts;
}

/** Rows that a step lost in tables it did not drop. */
function lostRows(before: Map<string, number>, after: Map<string, number>, step: string): string[] {
  return [...after].filter(([t, n]) => before.has(t) && before.get(t) !== n).map(([t, n]) => `${step}: ${t} ${before.get(t)} → ${n}`);
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function main(): Promise<RatioRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-bench-migrations-'));
  const scratch = o.postgres ? await scratchPostgres('migrations', false) : undefined;
  const url = scratch?.url ?? `sqlite:${join(dataDir, 'fazhi.sqlite')}`;
  const all = o.postgres ? POSTGRES_MIGRATIONS : SQLITE_MIGRATIONS;
  const steps = all.slice(-o.latest).map((m) => m.name);
  let ds: DataSource | undefined;
  try {
    // The app migrates the database and loads the catalogue; the generator fills it.
    const { app } = await bootBenchApp({ dataDir, adminPassword: 'bench-pass-123', redisUrl: o.redisUrl, role: 'api', databaseUrl: scratch?.url });
    const spec = {
      departments: 200,
      offices: 12,
      tasks: o.tasks,
      year: 2026,
      seed: 20260701,
      passwordHash: await app.get(PasswordService).hash('bench-pass-123'),
    };
    const bureau = await generateBureau(app.get(DataSource), spec, '2026-07-01');
    await app.close();
    log(`${o.postgres ? 'PostgreSQL' : 'SQLite'}: ${bureau.taskCount} tasks generated in ${(bureau.ms / 1000).toFixed(1)} s`);

    ds = new DataSource(dataSourceOptions(url));
    await ds.initialize();
    const start = await rowCounts(ds);
    const down = new Map(steps.map((s) => [s, [] as number[]]));
    const up = new Map(steps.map((s) => [s, [] as number[]]));
    const scan: number[] = [];
    const lost: string[] = [];
    for (let rep = 0; rep < o.reps; rep++) {
      scan.push(await timed(() => ds!.query("SELECT COUNT(*) AS n FROM tasks WHERE title <> '' OR description <> ''")));
      for (const name of [...steps].reverse()) {
        const before = await rowCounts(ds);
        down.get(name)!.push(await timed(() => ds!.undoLastMigration({ transaction: 'each' })));
        lost.push(...lostRows(before, await rowCounts(ds), `${name} down`));
      }
      // One step at a time: a DataSource that knows the migrations up to this one runs it alone.
      for (const [i, name] of steps.entries()) {
        const stepDs = new DataSource({ ...dataSourceOptions(url), migrations: all.slice(0, all.length - steps.length + i + 1) });
        await stepDs.initialize();
        const before = await rowCounts(stepDs);
        up.get(name)!.push(await timed(() => stepDs.runMigrations({ transaction: 'each' })));
        lost.push(...lostRows(before, await rowCounts(stepDs), `${name} up`));
        await stepDs.destroy();
      }
      log(`repetition ${rep + 1}/${o.reps}: scan ${scan[rep].toFixed(0)} ms`);
    }
    const end = await rowCounts(ds);
    lost.push(...lostRows(start, end, 'all repetitions'));

    const f = (xs: number[]) => `${spread(xs).min.toFixed(0)} / ${spread(xs).median.toFixed(0)} / ${spread(xs).max.toFixed(0)}`;
    console.log(
      `\n${o.latest} latest migrations on ${bureau.taskCount} tasks (${o.postgres ? 'PostgreSQL' : 'SQLite'}), ${o.reps} repetitions; ms min / median / max`,
    );
    console.log(
      table([
        ['migration', 'down ms', 'up ms', '(down + up) / full read of tasks, median'],
        ...steps.map((s) => [s, f(down.get(s)!), f(up.get(s)!), spread(down.get(s)!.map((d, i) => (d + up.get(s)![i]) / scan[i])).median.toFixed(2)]),
        ['baseline: full read of tasks', f(scan), '', ''],
      ]),
    );
    console.log(
      `\nrows at the start and at the end, per table:\n${table([['table', 'start', 'end'], ...[...start].map(([t, n]) => [t, n, end.get(t) ?? '—'])])}`,
    );
    console.log(lost.length ? `\nROWS LOST:\n${lost.join('\n')}` : '\nno row lost by any step');
    const rows: RatioRow[] = steps.map((s) => {
      const app = down.get(s)!.map((d, i) => d + up.get(s)![i]);
      return { bench: 'migrations', metric: `${s} down + up / full read of tasks`, unit: 'ms', app, base: scan, ratio: app.map((v, i) => v / scan[i]) };
    });
    const total = scan.map((_, i) => steps.reduce((t, s) => t + down.get(s)![i] + up.get(s)![i], 0));
    rows.push({
      bench: 'migrations',
      metric: `all ${steps.length} down + up / full read of tasks (rows lost: ${lost.length})`,
      unit: 'ms',
      app: total,
      base: scan,
      ratio: total.map((v, i) => v / scan[i]),
      target: 'no row lost',
      pass: lost.length === 0,
    });
    return rows;
  } finally {
    if (ds?.isInitialized) await ds.destroy();
    await scratch?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

finishBench(main());
