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
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { PasswordService } from '../src/org/password.service';
import { loadCatalogueFile } from '../src/catalog/catalogue-file';
import { bootBenchApp } from './lib/bench-app';
import { generateBureau } from './lib/generate-bureau';
import { HttpLoad, type LoadResult, type Req } from './lib/http-load';
import { latencyStats, ms, percentile, table } from './lib/stats';

const TARGET_P99_MS = 100;
const PASSWORD = 'bench-pass-123';
const PROBE_INTERVAL_MS = 10;
const T0 = performance.now();
const log = (msg: string) => console.log(`[bench ${((performance.now() - T0) / 1000).toFixed(1)}s] ${msg}`);
const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

/**
 * An open-loop prober in its own process: a `GET /health/live` every PROBE_INTERVAL_MS whatever
 * the previous one did. A closed loop (send, wait, send) would take one sample during a
 * 6-second stall and hide it in the percentiles; here every probe sent during it waits.
 */
const PROBE_SOURCE = String.raw`
const http = require('node:http');
const { performance } = require('node:perf_hooks');
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
let samples = [], timer, errors = 0;
process.on('message', (m) => {
  if (m.op === 'start') {
    samples = [];
    errors = 0;
    timer = setInterval(() => {
      const sent = performance.now();
      http.get({ host: '127.0.0.1', port: m.port, path: '/health/live', agent }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? samples.push(performance.now() - sent) : errors++));
      }).on('error', () => errors++);
    }, m.intervalMs);
  } else if (m.op === 'stop') {
    clearInterval(timer);
    // Let the probes in flight land before reporting.
    setTimeout(() => process.send({ samples, errors }), 500);
  }
});
`;

class Prober {
  private constructor(private readonly child: ReturnType<typeof fork>) {}

  static start(dir: string): Prober {
    const script = join(dir, 'bench-health-prober.cjs');
    writeFileSync(script, PROBE_SOURCE);
    return new Prober(fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] }));
  }

  /** Probes while `during` runs, then returns the latencies (ms). */
  async measure(port: number, during: () => Promise<unknown>): Promise<{ samples: number[]; errors: number }> {
    this.child.send({ op: 'start', port, intervalMs: PROBE_INTERVAL_MS });
    await during();
    const result = new Promise<{ samples: number[]; errors: number }>((resolve) => this.child.once('message', resolve as (m: unknown) => void));
    this.child.send({ op: 'stop' });
    return result;
  }

  stop(): void {
    this.child.kill();
  }
}

async function api<T>(base: string, method: string, path: string, token: string, body?: unknown): Promise<T> {
  const res = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as T;
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Every role the catalogue names, mapped onto the generated offices so plans can be built. */
async function mapRoles(base: string, token: string, offices: number[]): Promise<void> {
  const roles = new Set<string>();
  for (const item of loadCatalogueFile().workPoints.flatMap((wp) => wp.templates.flatMap((tpl) => tpl.items))) {
    [item.lead, ...(item.support ?? []), item.reviewerRole ?? 'legal'].filter((r) => r !== 'schools').forEach((r) => roles.add(r));
  }
  let i = 0;
  for (const role of roles) await api(base, 'PUT', `/department-roles/${role}`, token, { departmentId: offices[i++ % offices.length] });
}

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
    const bureau = generateBureau(app.get(DataSource), spec, '2026-07-01');
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
    const series: { label: string; queue: Req[] }[] = [
      { label: 'POST /plans/event, 100,000 unknown anchors, 990 KB (refused) ×10', queue: Array.from({ length: 10 }, () => hostile) },
      {
        label: 'GET /oversight/summary as the leader (accepted) ×20',
        queue: Array.from({ length: 20 }, () => ({ method: 'GET', path: '/oversight/summary', token: leader.token })),
      },
      {
        label: `POST /plans/annual, ${spec.departments} departments (accepted) ×3`,
        queue: [2025, 2024, 2023].map((year) => ({ method: 'POST', path: '/plans/annual', token: admin.token, body: { year } })),
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
    const idle = (await prober.measure(port, () => new Promise((r) => setTimeout(r, 3_000)))).samples;
    const health = [['while the other client sends', 'probes', 'p50', 'p99', 'max'], row('nothing (idle baseline)', idle)];
    const requests = [['the other client sends, one at a time', 'statuses', 'p50', 'max']];
    const verdicts: string[] = [];
    for (const s of series) {
      let result: LoadResult | undefined;
      const probed = await prober.measure(port, async () => (result = await loader!.load([{ queue: s.queue }], 600_000)));
      const st = latencyStats(result!.samples);
      requests.push([s.label, JSON.stringify(result!.statuses), ms(st.median), ms(st.max)]);
      health.push(row(s.label, probed.samples));
      const pass = p99(probed.samples) < TARGET_P99_MS;
      verdicts.push(`${pass ? 'PASS' : 'MISS'}  p99 ${ms(p99(probed.samples))} ms ${pass ? '<' : '≥'} ${TARGET_P99_MS} ms during ${s.label}`);
      log(`${s.label}: done (${probed.errors} probes failed)`);
    }
    console.log(`\nRequests of the loading client (ms):\n${table(requests)}`);
    console.log(`\nGET /health/live every ${PROBE_INTERVAL_MS} ms (ms):\n${table(health)}`);
    console.log(`\n${verdicts.join('\n')}`);
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
