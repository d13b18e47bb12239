/**
 * The 双随机 draw (issue 12): the pure algorithm of src/inspections/draw-algorithm.ts — snapshots,
 * hashes, seed, the draw and its verification — on a county-sized pool and on a large one, against
 * a baseline measured in the same run: serialising the same pools with JSON.stringify and hashing
 * them once (the least any verifiable draw must do with its inputs). Interleaved repetitions;
 * min / median / max of each, and the ratio of the medians.
 *
 *   npm run bench:draw                  # = npx ts-node --transpile-only bench/draw.bench.ts
 *
 * Optional environment: BENCH_REPS (7).
 */
import { createHash } from 'node:crypto';
import {
  drawSeed,
  hashSnapshots,
  runDraw,
  snapshotPools,
  verifyDraw,
  type DrawRecord,
  type PoolConflict,
  type PoolInspector,
  type PoolTarget,
} from '../src/inspections/draw-algorithm';
import { emitResults, type RatioRow } from './lib/report';
import { latencyStats } from './lib/stats';

const REPS = process.env.BENCH_REPS ? Number(process.env.BENCH_REPS) : 7;

interface Scenario {
  name: string;
  targets: number;
  inspectors: number;
  conflicts: number;
  drawn: number;
}

const SCENARIOS: Scenario[] = [
  // A county: ~600 schools and institutions, 5 % drawn, 40 certified inspectors, a few 回避.
  { name: 'county (600 targets, 30 drawn, 40 inspectors, 20 回避)', targets: 600, inspectors: 40, conflicts: 20, drawn: 30 },
  // Far beyond a county: a whole city's directory drawn at 25 %.
  { name: 'large (20,000 targets, 5,000 drawn, 500 inspectors, 2,000 回避)', targets: 20_000, inspectors: 500, conflicts: 2_000, drawn: 5_000 },
];

function pools(s: Scenario) {
  const departments = 12;
  const targets: PoolTarget[] = Array.from({ length: s.targets }, (_, i) => ({
    id: i + 1,
    name: `检查对象${i + 1}`,
    category: 'school',
    supervisingDepartmentId: (i % departments) + 1,
  }));
  const inspectors: PoolInspector[] = Array.from({ length: s.inspectors }, (_, i) => ({
    certificateId: i + 1,
    certificateNo: `ZF-${String(i + 1).padStart(5, '0')}`,
    holderName: `执法人员${i + 1}`,
    userId: i + 1,
    departmentId: (i % departments) + 1,
  }));
  const conflicts: PoolConflict[] = Array.from({ length: s.conflicts }, (_, i) => ({
    targetId: ((i * 7919) % s.targets) + 1,
    certificateId: ((i * 104729) % s.inspectors) + 1,
    userId: null,
  }));
  return { targets, inspectors, conflicts };
}

function timed(fn: () => unknown): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

function main(): void {
  const rows = [];
  const results: RatioRow[] = [];
  for (const s of SCENARIOS) {
    const { targets, inspectors, conflicts } = pools(s);
    const params = { targetCount: s.drawn, inspectorsPerTarget: 2, excludeSupervisingDepartment: true };
    const app: number[] = [];
    const verify: number[] = [];
    const base: number[] = [];
    for (let rep = 0; rep < REPS; rep++) {
      base.push(timed(() => createHash('sha256').update(JSON.stringify({ targets, inspectors, conflicts })).digest('hex')));
      let record: DrawRecord | undefined;
      app.push(
        timed(() => {
          const snapshots = snapshotPools(targets, inspectors, conflicts);
          const hashes = hashSnapshots(snapshots);
          const seed = drawSeed(`抽签会议 ${rep}`, hashes);
          const result = runDraw(seed, JSON.parse(snapshots.targets), JSON.parse(snapshots.inspectors), JSON.parse(snapshots.conflicts), params);
          record = { seedText: `抽签会议 ${rep}`, snapshots, hashes, seed, parameters: params, result };
        }),
      );
      verify.push(
        timed(() => {
          if (!verifyDraw(record!).matches) throw new Error('the draw does not verify');
        }),
      );
    }
    const [a, v, b] = [latencyStats(app), latencyStats(verify), latencyStats(base)];
    const fmt = (x: ReturnType<typeof latencyStats>) => `${x.min.toFixed(1)} / ${x.median.toFixed(1)} / ${x.max.toFixed(1)}`;
    rows.push({
      scenario: s.name,
      'draw ms (min/med/max)': fmt(a),
      'verify ms': fmt(v),
      'baseline ms (JSON + SHA-256)': fmt(b),
      'draw / baseline (medians)': +(a.median / b.median).toFixed(1),
    });
    // No target: the draw runs once per meeting; the ratio tracks its cost against its inputs' hashing.
    results.push({
      bench: 'draw',
      metric: `draw / JSON + SHA-256 of the pools, ${s.name.split(' (')[0]}`,
      unit: 'ms',
      app,
      base,
      ratio: app.map((x, i) => x / base[i]),
    });
  }
  console.table(rows);
  emitResults(results);
}

main();
