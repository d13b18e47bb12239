/**
 * Liveness under expensive requests (issue 10): `GET /health/live` latency, idle and while one
 * client sends the most expensive requests the API accepts (annual plans for a bureau of 200
 * departments, the oversight summary over its tasks) and the hostile body it used to choke on
 * (100,000 unknown anchor keys, 990 KB: just under the body size limit). Target: p99 under 100 ms while loaded.
 *
 *   npm run bench:health                 # = npx ts-node --transpile-only bench/health-under-load.bench.ts
 *   npm run bench:health -- --strict     # exit code 1 when the target is missed
 *
 * Optional environment: BENCH_TASKS (20000), BENCH_DEPARTMENTS (200), REDIS_URL (redis://127.0.0.1:6379).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { PasswordService } from '../src/org/password.service';
import { api, bootBenchApp, mapRoles } from './lib/bench-app';
import { PROBE_INTERVAL_MS, Prober } from './lib/health-prober';
import { generateBureau } from './lib/generate-bureau';
import { HttpLoad, mergeLoad, type LoadResult, type Req } from './lib/http-load';
import { emitResults, type RatioRow, spread } from './lib/report';
import { latencyStats, ms, percentile, table } from './lib/stats';

const TARGET_P99_MS = 100;
const PASSWORD = 'bench-pass-123';
const T0 = performance.now();
const log = (msg: string) => console.log(`[bench ${((performance.now() - T0) / 1000).toFixed(1)}s] ${msg}`);
const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

async function main(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-bench-health-'));
  let app: NestExpressApplication | undefined;
  let prober: Prober | undefined;
  let loader: HttpLoad | undefined;
  try {
    const booted = await bootBenchApp({ dataDir, adminPassword: PASSWORD, redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', role: 'api' });
    app = booted.app;
    const port = booted.port;
    const base = `http://127.0.0.1:${port}`;
    const passwordHash = await app.get(PasswordService).hash(PASSWORD);
    const spec = { departments: num('BENCH_DEPARTMENTS', 200), offices: 12, tasks: num('BENCH_TASKS', 20_000), year: 2026, seed: 20260701, passwordHash };
    const bureau = await generateBureau(app.get(DataSource), spec, '2026-07-01');
    const admin = await api<{ token: string }>(base, 'POST', '/auth/login', '', { login: 'admin', password: PASSWORD });
    await mapRoles(base, admin.token, bureau.departmentIds.slice(0, spec.offices));
    const leader = await api<{ token: string }>(base, 'POST', '/auth/login', '', { login: bureau.leaderLogin, password: PASSWORD });
    log(`app on ${base}: ${bureau.departmentIds.length} departments, ${bureau.taskCount} tasks`);

    const eventTemplate = (await api<{ id: number; kind: string }[]>(base, 'GET', '/templates', admin.token)).find((tpl) => tpl.kind === 'event')!;
    const hostileAnchors = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [String(i), 0]));
    const hostile: Req = {
      method: 'POST',
      path: '/plans/event',
      token: admin.token,
      body: { templateId: eventTemplate.id, reference: 'x', title: 'x', anchors: hostileAnchors },
    };
    // Each series is split over REPS interleaved repetitions (idle, refused bodies, summaries,
    // one plan; idle, …), so that other load on the machine weighs on every series alike.
    const REPS = num('BENCH_REPS', 5);
    const series: { label: string; queue: (rep: number) => Req[] }[] = [
      { label: `POST /plans/event, 100,000 unknown anchors, 990 KB (refused) ×${2 * REPS}`, queue: () => [hostile, hostile] },
      {
        label: `GET /oversight/summary as the leader (accepted) ×${4 * REPS}`,
        queue: () => Array.from({ length: 4 }, () => ({ method: 'GET', path: '/oversight/summary', token: leader.token })),
      },
      {
        label: `POST /plans/annual, ${spec.departments} departments (accepted) ×${REPS}`,
        queue: (rep) => [{ method: 'POST', path: '/plans/annual', token: admin.token, body: { year: 2025 - rep } }],
      },
    ];

    prober = Prober.start(dataDir);
    loader = await HttpLoad.start(port, dataDir);
    const p99 = (xs: number[]) =>
      percentile(
        [...xs].sort((x, y) => x - y),
        99,
      );
    const row = (label: string, xs: number[]) => {
      const st = latencyStats(xs);
      return [label, st.n, ms(st.median), ms(p99(xs)), ms(st.max)];
    };
    const idle: number[][] = [];
    const probes = series.map(() => [] as number[][]);
    const sent = series.map(() => [] as LoadResult[]);
    for (let rep = 0; rep < REPS; rep++) {
      idle.push((await prober.measure(port, () => new Promise((r) => setTimeout(r, 1_000)))).samples);
      for (const [i, s] of series.entries()) {
        let result: LoadResult | undefined;
        const probed = await prober.measure(port, async () => (result = await loader!.load([{ queue: s.queue(rep) }], 600_000)));
        probes[i].push(probed.samples);
        sent[i].push(result!);
        if (probed.errors) log(`${s.label}: ${probed.errors} probes failed`);
      }
      log(`repetition ${rep + 1}/${REPS} done`);
    }
    const health = [['while the other client sends', 'probes', 'p50', 'p99', 'max'], row('nothing (idle baseline)', idle.flat())];
    const requests = [['the other client sends, one at a time', 'statuses', 'p50', 'max']];
    const verdicts: string[] = [];
    const results: RatioRow[] = [];
    for (const [i, s] of series.entries()) {
      const all = mergeLoad(sent[i]);
      const st = latencyStats(all.samples);
      requests.push([s.label, JSON.stringify(all.statuses), ms(st.median), ms(st.max)]);
      health.push(row(s.label, probes[i].flat()));
      const app = probes[i].map(p99);
      const pass = spread(app).median < TARGET_P99_MS;
      verdicts.push(
        `${pass ? 'PASS' : 'MISS'}  p99 ${ms(spread(app).median)} ms (median of ${REPS}) ${pass ? '<' : '≥'} ${TARGET_P99_MS} ms during ${s.label}`,
      );
      const base = idle.map(p99);
      results.push({
        bench: 'health',
        metric: `/health/live p99 during ${s.label.split(' (')[0]} / idle p99`,
        unit: 'ms',
        app,
        base,
        ratio: app.map((v, k) => v / base[k]),
        target: `p99 < ${TARGET_P99_MS} ms`,
        pass,
      });
    }
    console.log(`\nRequests of the loading client (ms):\n${table(requests)}`);
    console.log(`\nGET /health/live every ${PROBE_INTERVAL_MS} ms (ms):\n${table(health)}`);
    console.log(`\n${verdicts.join('\n')}`);
    emitResults(results);
    const pass = verdicts.every((v) => v.startsWith('PASS'));
    return pass || !process.argv.includes('--strict') ? 0 : 1;
  } finally {
    prober?.stop();
    await loader?.stop();
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(2);
  },
);
