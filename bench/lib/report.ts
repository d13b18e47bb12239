/**
 * The one result shape every bench prints, so `npm run bench` can gather them into one table.
 * A bench measures its side ("app") and a baseline ("base") in the same run, interleaved, over
 * ≥ 5 repetitions; each repetition gives one value per side and the ratio of the two.
 */

export interface RatioRow {
  /** The bench that measured it, e.g. "engine". */
  bench: string;
  /** What was measured, e.g. "summary p50 / (raw SQL + trivial)". */
  metric: string;
  /** Unit of `app` and `base` values: "ms", "req/s", "msg/s", "MB", … */
  unit: string;
  /** One value per repetition, measured on the app's side. */
  app: number[];
  /** One value per repetition, the baseline measured beside it. */
  base: number[];
  /** One ratio per repetition (app/base, or base/app when `higherIsBetter`: say which in `metric`). */
  ratio: number[];
  /** CPU time (ms) each side used per repetition, where the bench can tell. */
  appCpuMs?: number[];
  baseCpuMs?: number[];
  /** The target in words, e.g. "≤ 1.5". */
  target?: string;
  /** Whether the median ratio meets the target. */
  pass?: boolean;
}

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function spread(values: number[]): Spread {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return { min: NaN, median: NaN, max: NaN };
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1] };
}

export const RESULT_PREFIX = 'BENCH_RESULT ';

/** Prints the rows as one machine-readable line for `npm run bench` (and humans can skip it). */
export function emitResults(rows: RatioRow[]): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(rows)}\n`);
}

/** Reads every result line out of a bench's output. */
export function parseResults(output: string): RatioRow[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith(RESULT_PREFIX))
    .flatMap((line) => JSON.parse(line.slice(RESULT_PREFIX.length)) as RatioRow[]);
}

/**
 * Ends a bench's main: its rows as the result line; exit code 2 on a crash, 1 with `--strict`
 * when a target is missed.
 */
export function finishBench(run: Promise<RatioRow[]>): void {
  run.then(
    (rows) => {
      emitResults(rows);
      process.exitCode = process.argv.includes('--strict') && rows.some((r) => r.pass === false) ? 1 : 0;
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 2;
    },
  );
}
