import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';

/**
 * CPU profile of the main thread (where the server runs) while `fn` runs, summarised as self
 * time per function and per package, so a benchmark can say where a request's time goes.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMs: number;
  byFunction: { name: string; ms: number; pct: number }[];
  byPackage: { name: string; ms: number; pct: number }[];
}

function packageOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : `native ${fn}`;
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1];
  if (url.startsWith('node:')) return 'node core';
  const src = /\/(src|bench|migrations)\/(.+)$/.exec(url);
  if (src) return `${src[1]}/${src[2].split('/')[0]}`;
  return url;
}

export async function profile<T>(fn: () => Promise<T>, file?: string): Promise<{ result: T; summary: ProfileSummary }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  let result: T;
  let prof: Profile;
  try {
    result = await fn();
  } finally {
    prof = ((await session.post('Profiler.stop')) as unknown as { profile: Profile }).profile;
    session.disconnect();
  }
  if (file) writeFileSync(file, JSON.stringify(prof));
  const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
  // Leave out the profiler's own work (the inspector session's start/stop calls and whatever runs under them).
  const excluded = new Set<number>();
  const exclude = (id: number) => {
    excluded.add(id);
    for (const c of nodes.get(id)?.children ?? []) exclude(c);
  };
  for (const n of prof.nodes) if (n.callFrame.url === 'node:inspector' || n.callFrame.url.endsWith('/bench/lib/cpu-profile.ts')) exclude(n.id);
  const self = new Map<number, number>();
  const samples = prof.samples ?? [];
  const deltas = prof.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) self.set(samples[i], (self.get(samples[i]) ?? 0) + (deltas[i] ?? 0) / 1000);
  const byFn = new Map<string, number>();
  const byPkg = new Map<string, number>();
  let total = 0;
  for (const [id, t] of self) {
    if (excluded.has(id)) continue;
    const n = nodes.get(id)!;
    const { functionName, url, lineNumber } = n.callFrame;
    const short = url.replace(/^.*\/(node_modules|src|bench)\//, '$1/');
    const name = `${functionName || '(anonymous)'} ${short ? `${short}:${lineNumber + 1}` : ''}`.trim();
    byFn.set(name, (byFn.get(name) ?? 0) + t);
    const pkg = packageOf(url, functionName);
    byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + t);
    total += t;
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([name, ms]) => ({ name, ms, pct: total ? (ms / total) * 100 : 0 }));
  return { result: result!, summary: { totalMs: total, byFunction: top(byFn), byPackage: top(byPkg) } };
}
