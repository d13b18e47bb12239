/**
 * The evidence binder (issue 13 point 4): several hundred MB of evidence (BENCH_FILES random files
 * of 1–2 MB, stored through EvidenceService on the tasks of a 2026 plan) bound into one zip by the
 * `build-binder` job in a worker process as production runs it (the compiled `dist/`, `--role=worker`,
 * same database, data folder and queue), its peak RSS read from the kernel (VmHWM, reset just before
 * the job) and its RSS sampled every 50 ms; then the baseline: the same files zipped with the same
 * library (yazl, stored) without the app. Targets: the worker's peak RSS < 200 MB during the build;
 * time reported against the baseline.
 *
 *   npm run bench:binder                 # builds dist/, then runs bench/binder.bench.ts
 *   npm run bench:binder -- --strict     # exit code 1 when the RSS target is missed
 *
 * Optional environment: BENCH_FILES (300), REDIS_URL (redis://127.0.0.1:6379).
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { AuthUser } from '../src/access/auth-user';
import { BindersService } from '../src/binders/binders.service';
import { EvidenceService } from '../src/evidence/evidence.service';
import type { AppConfig } from '../src/config/app-config';
import { TaskStore } from '../src/tasks/task-store.service';
import { emitResults, spread } from './lib/report';
import { api, bootBenchApp, mapRoles, startCompiled } from './lib/bench-app';

// The same flags scripts/start.js gives each role (a plain JS module: start.js runs without a build).

const TARGET_RSS_MB = 200;
const SAMPLE_MS = 50;
const PASSWORD = 'bench-pass-123';
const FILES = process.env.BENCH_FILES ? Number(process.env.BENCH_FILES) : 300;
const REPS = process.env.BENCH_REPS ? Number(process.env.BENCH_REPS) : 5;
const MB = 1024 * 1024;

/** Peak RSS of this process while `fn` runs, sampled every 50 ms (plus once at the start and the end). */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ result: T; peakMb: number; ms: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), SAMPLE_MS);
  const started = performance.now();
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, peakMb: peak / MB, ms: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

/** A field of /proc/<pid>/status in MB (VmRSS now, VmHWM the peak since start or the last reset). */
function procMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  if (!line) throw new Error(`no ${field} for process ${pid}`);
  return Number(line[1]) / 1024;
}

/** The compiled worker as `npm run start:worker` runs it, on the bench app's installation; resolves once it runs jobs. */
function startWorker(config: AppConfig): Promise<ChildProcess> {
  const { dataDir, DATABASE_URL, REDIS_URL, QUEUE_PREFIX } = config;
  return startCompiled('worker', { DATA_DIR: dataDir, DATABASE_URL, REDIS_URL, QUEUE_PREFIX, DEMO: 'false' }, 'Worker started');
}

/**
 * Writes a file the type check accepts as a PDF (the magic number), the rest random, in 64 KB
 * chunks: the setup must not inflate the heap the build's RSS is measured on.
 */
async function writePdfLike(path: string, size: number): Promise<void> {
  await pipeline(async function* () {
    yield Buffer.from('%PDF-1.4\n');
    for (let left = size - 9; left > 0; left -= 65_536) yield randomBytes(Math.min(65_536, left));
  }, createWriteStream(path));
}

/**
 * Requests the year's binder through the service (the job goes to Redis) and waits for the
 * compiled worker to build it, reading the worker's RSS: its peak is reset just before the request.
 */
async function buildInWorker(config: AppConfig, binders: BindersService, admin: AuthUser) {
  const worker = await startWorker(config);
  const pid = worker.pid!;
  try {
    const rssBefore = procMb(pid, 'VmRSS');
    // 5 → clear_refs resets the peak (VmHWM) to the current RSS: what follows is the build's own peak.
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    let sampled = rssBefore;
    const sampler = setInterval(() => (sampled = Math.max(sampled, procMb(pid, 'VmRSS'))), SAMPLE_MS);
    const started = performance.now();
    const binder = await binders.request(admin, { year: 2026 });
    let built = await binders.get(admin, binder.id);
    while (built.status !== 'done' && built.status !== 'failed') {
      await new Promise((r) => setTimeout(r, SAMPLE_MS));
      built = await binders.get(admin, binder.id);
    }
    const ms = performance.now() - started;
    clearInterval(sampler);
    return { ms, peakMb: Math.max(procMb(pid, 'VmHWM'), sampled), rssBefore, sampled, built };
  } finally {
    worker.kill('SIGTERM');
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-bench-binder-'));
  const booted = await bootBenchApp({ dataDir, adminPassword: PASSWORD, redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', role: 'api' });
  const { app } = booted;
  const rssBoot = process.memoryUsage.rss() / MB;
  try {
    const base = `http://127.0.0.1:${booted.port}`;
    const login = await api<{ token: string; user: { id: number } }>(base, 'POST', '/auth/login', '', { login: 'admin', password: PASSWORD });
    const offices: number[] = [];
    for (const [code, name] of [
      ['legal', '政策法规股'],
      ['office', '局办公室'],
      ['safety', '安全管理股'],
    ]) {
      offices.push((await api<{ id: number }>(base, 'POST', '/departments', login.token, { code, name, kind: 'office' })).id);
    }
    await mapRoles(base, login.token, offices);
    const plan = await api<{ plan: { id: number } }>(base, 'POST', '/plans/annual', login.token, { year: 2026 });
    const tasks = await app.get(TaskStore).ofPlan(plan.plan.id);

    // Evidence through the service (type check, content-addressed storage, rows), as an upload does.
    const evidence = app.get(EvidenceService);
    const uploadsDir = join(dataDir, 'uploads-tmp');
    let total = 0;
    const sources: { path: string; name: string }[] = [];
    for (let i = 0; i < FILES; i++) {
      const task = tasks[i % tasks.length]!;
      const size = MB + Math.floor(Math.random() * MB);
      const tmp = join(uploadsDir, `bench-${i}`);
      await writePdfLike(tmp, size);
      const caller: AuthUser = { id: login.user.id, login: 'admin', name: '管理员', role: 'head', departmentId: task.departmentId, isBureauHead: false };
      const [row] = await evidence.upload(caller, task.id, [{ path: tmp, originalname: `佐证材料-${i}.pdf`, size }], {});
      sources.push({ path: join(evidence.storageDir, row!.sha256.slice(0, 2), row!.sha256), name: `${i}.pdf` });
      total += size;
    }
    console.log(`${FILES} evidence files, ${(total / MB).toFixed(0)} MB, on ${tasks.length} tasks`);

    const admin: AuthUser = { id: login.user.id, login: 'admin', name: '管理员', role: 'admin', departmentId: null, isBureauHead: false };
    // Interleaved repetitions: a binder in a fresh worker, then the bare zip of the same files.
    const builds: Awaited<ReturnType<typeof buildInWorker>>[] = [];
    const baselines: { ms: number; peakMb: number }[] = [];
    const baselineTarget = join(dataDir, 'baseline.zip');
    for (let rep = 0; rep < REPS; rep++) {
      builds.push(await buildInWorker(booted.config, app.get(BindersService), admin));
      baselines.push(
        await withPeakRss(async () => {
          const zip = new ZipFile();
          for (const s of sources) zip.addFile(s.path, s.name, { compress: false });
          zip.end();
          await pipeline(zip.outputStream, createWriteStream(baselineTarget));
        }),
      );
    }
    const peak = builds.map((b) => b.peakMb);
    const ok = spread(peak).median < TARGET_RSS_MB && builds.every((b) => b.built.status === 'done' && b.built.filesDone === FILES);
    console.table(
      builds.flatMap((build, rep) => [
        {
          run: `${rep + 1}: binder (build-binder job, compiled worker process)`,
          files: build.built.filesDone,
          zipMb: +(build.built.bytes / MB).toFixed(1),
          ms: Math.round(build.ms),
          rssBeforeMb: +build.rssBefore.toFixed(1),
          peakRssMb: +build.peakMb.toFixed(1),
        },
        {
          run: `${rep + 1}: baseline (yazl, same files)`,
          files: sources.length,
          zipMb: +(statSync(baselineTarget).size / MB).toFixed(1),
          ms: Math.round(baselines[rep].ms),
          peakRssMb: +baselines[rep].peakMb.toFixed(1),
        },
      ]),
    );
    console.log(
      `worker peak RSS (kernel VmHWM, checked against 50 ms samples) min / median / max ${spread(peak).min.toFixed(1)} / ${spread(peak).median.toFixed(1)} / ${spread(peak).max.toFixed(1)} MB; ` +
        `bench process (ts-node, setup only) ${rssBoot.toFixed(1)} MB after boot; peak RSS target < ${TARGET_RSS_MB} MB: ${ok ? 'PASS' : 'MISS'}`,
    );
    emitResults([
      {
        bench: 'binder',
        metric: 'worker peak RSS during a binder / its RSS before',
        unit: 'MB',
        app: peak,
        base: builds.map((b) => b.rssBefore),
        ratio: builds.map((b) => b.peakMb / b.rssBefore),
        target: `peak < ${TARGET_RSS_MB} MB`,
        pass: ok,
      },
      {
        bench: 'binder',
        metric: 'binder build / bare yazl zip of the same files (time)',
        unit: 'ms',
        app: builds.map((b) => b.ms),
        base: baselines.map((b) => b.ms),
        ratio: builds.map((b, i) => b.ms / baselines[i].ms),
      },
    ]);
    if (!ok && process.argv.includes('--strict')) process.exitCode = 1;
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
