import { fork, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * HTTP load generator running in a child process, so that the client's own CPU work (building
 * requests, parsing responses) neither runs on the event loop of the server under test nor
 * counts in the server process's CPU time (`process.cpuUsage()` then measures the server alone).
 * Loopback only, keep-alive connections, Node's `http` (no dependency).
 */

export interface Req {
  method: 'GET' | 'POST';
  path: string;
  token: string;
  body?: unknown;
  /** Another server than the one the generator was started for (several processes of the app). */
  port?: number;
}

export interface LatencyResult {
  /** Milliseconds of each measured request (warm-up excluded). */
  samples: number[];
  statuses: Record<string, number>;
  errors: number;
  firstError?: string;
}

export interface LoadClient {
  /** Repeat `repeat` until the deadline, or send `queue` in order until it runs out or the deadline passes. */
  repeat?: Req;
  queue?: Req[];
}

export interface LoadResult {
  /** Wall-clock of the measured phase (ms). */
  elapsedMs: number;
  ok: number;
  errors: number;
  statuses: Record<string, number>;
  firstError?: string;
  /** Latency of each request under load (ms). */
  samples: number[];
  /** Clients that ran out of queued requests before the deadline. */
  exhausted: number;
  /** Requests sent by each client (how far into its queue it got). */
  consumed: number[];
  reqPerSec: number;
  /** CPU time (user + system, ms) the load generator itself used during the phase. */
  clientCpuMs: number;
}

const WORKER_SOURCE = String.raw`
const http = require('node:http');
const { performance } = require('node:perf_hooks');

let port = 0;

function send(agent, r) {
  return new Promise((resolve) => {
    const data = r.body === undefined ? null : Buffer.from(JSON.stringify(r.body));
    const headers = { authorization: 'Bearer ' + r.token, accept: 'application/json' };
    if (data) { headers['content-type'] = 'application/json'; headers['content-length'] = data.length; }
    const t0 = performance.now();
    const req = http.request({ host: '127.0.0.1', port: r.port || port, method: r.method, path: r.path, agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const ms = performance.now() - t0;
        const status = res.statusCode || 0;
        resolve({ status, ms, body: status >= 200 && status < 300 ? undefined : Buffer.concat(chunks).toString('utf8').slice(0, 300) });
      });
      res.on('error', (e) => resolve({ status: 0, ms: performance.now() - t0, body: String(e && e.message) }));
    });
    req.on('error', (e) => resolve({ status: 0, ms: performance.now() - t0, body: String(e && e.message) }));
    if (data) req.write(data);
    req.end();
  });
}

const ok = (s) => s >= 200 && s < 300;

async function latency(msg) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  for (let i = 0; i < msg.warmup; i++) await send(agent, msg.req);
  const samples = [];
  const statuses = {};
  let errors = 0, firstError;
  for (let i = 0; i < msg.n; i++) {
    const res = await send(agent, msg.req);
    samples.push(res.ms);
    statuses[res.status] = (statuses[res.status] || 0) + 1;
    if (!ok(res.status)) { errors++; firstError = firstError || res.status + ' ' + res.body; }
  }
  agent.destroy();
  return { samples, statuses, errors, firstError };
}

async function load(msg) {
  const statuses = {};
  const samples = [];
  let okCount = 0, errors = 0, firstError, exhausted = 0;
  const consumed = msg.clients.map(() => 0);
  const agents = msg.clients.map(() => new http.Agent({ keepAlive: true, maxSockets: 1 }));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const deadline = t0 + msg.durationMs;
  await Promise.all(msg.clients.map(async (client, i) => {
    const agent = agents[i];
    let k = 0;
    while (performance.now() < deadline) {
      let r = client.repeat;
      if (!r) {
        if (k >= client.queue.length) { exhausted++; break; }
        r = client.queue[k++];
      }
      const res = await send(agent, r);
      consumed[i]++;
      statuses[res.status] = (statuses[res.status] || 0) + 1;
      samples.push(res.ms);
      if (ok(res.status)) okCount++;
      else { errors++; firstError = firstError || res.status + ' ' + r.method + ' ' + r.path + ' ' + res.body; }
    }
  }));
  const elapsedMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  agents.forEach((a) => a.destroy());
  return {
    elapsedMs, ok: okCount, errors, statuses, firstError, samples, exhausted, consumed,
    reqPerSec: (okCount + errors) / (elapsedMs / 1000), clientCpuMs: (cpu.user + cpu.system) / 1000,
  };
}

process.on('disconnect', () => process.exit(0));
process.on('message', async (msg) => {
  try {
    let result;
    if (msg.op === 'init') { port = msg.port; result = true; }
    else if (msg.op === 'latency') result = await latency(msg);
    else if (msg.op === 'load') result = await load(msg);
    else throw new Error('unknown op ' + msg.op);
    process.send({ id: msg.id, result });
  } catch (e) {
    process.send({ id: msg.id, error: String(e && e.stack || e) });
  }
});
`;

/** Adds up the phases of one series (e.g. interleaved rounds). */
export function mergeLoad(parts: LoadResult[]): LoadResult {
  const statuses: Record<string, number> = {};
  for (const p of parts) for (const [k, v] of Object.entries(p.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
  const elapsedMs = parts.reduce((s, p) => s + p.elapsedMs, 0);
  const ok = parts.reduce((s, p) => s + p.ok, 0);
  const errors = parts.reduce((s, p) => s + p.errors, 0);
  return {
    elapsedMs,
    ok,
    errors,
    statuses,
    firstError: parts.find((p) => p.firstError)?.firstError,
    samples: parts.flatMap((p) => p.samples),
    exhausted: Math.max(0, ...parts.map((p) => p.exhausted)),
    consumed: parts[0]?.consumed.map((_, i) => parts.reduce((s, p) => s + (p.consumed[i] ?? 0), 0)) ?? [],
    reqPerSec: (ok + errors) / (elapsedMs / 1000),
    clientCpuMs: parts.reduce((s, p) => s + p.clientCpuMs, 0),
  };
}

export class HttpLoad {
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (m: { id: number; result?: unknown; error?: string }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.error) p.reject(new Error(m.error));
      else p.resolve(m.result);
    });
    const fail = (why: string) => this.pending.forEach((p) => p.reject(new Error(`load generator ${why}`)));
    child.on('error', (e) => fail(e.message));
    child.on('exit', (code) => fail(`exited (${code})`));
  }

  /** Starts the generator (its script is written into `dir`) against 127.0.0.1:`port`. */
  static async start(port: number, dir: string): Promise<HttpLoad> {
    const script = join(dir, 'bench-load-generator.cjs');
    writeFileSync(script, WORKER_SOURCE);
    const child = fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced', execArgv: [] });
    const load = new HttpLoad(child);
    await load.call({ op: 'init', port });
    return load;
  }

  private call<T>(msg: Record<string, unknown>): Promise<T> {
    const id = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.child.send({ ...msg, id });
    });
  }

  /** `n` sequential requests on one keep-alive connection after `warmup` unmeasured ones. */
  latency(req: Req, n: number, warmup: number): Promise<LatencyResult> {
    return this.call({ op: 'latency', req, n, warmup });
  }

  /** One keep-alive connection per client, each sending back-to-back for `durationMs`. */
  load(clients: LoadClient[], durationMs: number): Promise<LoadResult> {
    return this.call({ op: 'load', clients, durationMs });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.disconnect();
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2_000))]);
    if (this.child.exitCode === null) this.child.kill();
  }
}
