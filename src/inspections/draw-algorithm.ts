import { createHash } from 'node:crypto';

/**
 * The 双随机 draw as a pure function of its stored inputs: no Nest, no database, so the service,
 * the verify route and `scripts/verify-draw.ts` run exactly the same code. README ("Registers:
 * 双随机一公开") documents every step so a third party can redo a draw by hand.
 */

export interface PoolTarget {
  id: number;
  name: string;
  category: string;
  supervisingDepartmentId: number | null;
}

export interface PoolInspector {
  certificateId: number;
  certificateNo: string;
  holderName: string;
  userId: number | null;
  departmentId: number;
}

/** A declared 回避: the inspector is named by certificate or by user account. */
export interface PoolConflict {
  targetId: number;
  certificateId: number | null;
  userId: number | null;
}

export interface DrawParameters {
  targetCount: number;
  inspectorsPerTarget: number;
  excludeSupervisingDepartment: boolean;
}

export interface DrawnTarget {
  targetId: number;
  certificateIds: number[];
}

export interface DrawSnapshots {
  targets: string;
  inspectors: string;
  conflicts: string;
}

export type CanonicalValue = string | number | boolean | null | CanonicalValue[] | { [key: string]: CanonicalValue };

/** JSON with object keys sorted (code-unit order) at every level and no whitespace. */
export function canonicalJson(value: CanonicalValue): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const sha256Hex = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

const byNumbers =
  <T>(...keys: ((x: T) => number | null)[]) =>
  (a: T, b: T) => {
    for (const key of keys) {
      const d = (key(a) ?? -1) - (key(b) ?? -1);
      if (d) return d;
    }
    return 0;
  };

/** The three pools, each sorted by id and serialised canonically. */
export function snapshotPools(targets: PoolTarget[], inspectors: PoolInspector[], conflicts: PoolConflict[]): DrawSnapshots {
  const pick = <T extends object>(rows: T[], keys: (keyof T)[]) => rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k]])) as CanonicalValue);
  return {
    targets: canonicalJson(pick([...targets].sort(byNumbers((t) => t.id)), ['id', 'name', 'category', 'supervisingDepartmentId'])),
    inspectors: canonicalJson(
      pick([...inspectors].sort(byNumbers((i) => i.certificateId)), ['certificateId', 'certificateNo', 'holderName', 'userId', 'departmentId']),
    ),
    conflicts: canonicalJson(
      pick(
        [...conflicts].sort(
          byNumbers(
            (c) => c.targetId,
            (c) => c.certificateId,
            (c) => c.userId,
          ),
        ),
        ['targetId', 'certificateId', 'userId'],
      ),
    ),
  };
}

export interface SnapshotHashes {
  targets: string;
  inspectors: string;
  conflicts: string;
}

export const hashSnapshots = (s: DrawSnapshots): SnapshotHashes => ({
  targets: sha256Hex(s.targets),
  inspectors: sha256Hex(s.inspectors),
  conflicts: sha256Hex(s.conflicts),
});

/** seed = SHA-256(seed text ‖ "\n" ‖ targets hash ‖ "\n" ‖ inspectors hash ‖ "\n" ‖ conflicts hash), hex. */
export const drawSeed = (seedText: string, h: SnapshotHashes): string => sha256Hex([seedText, h.targets, h.inspectors, h.conflicts].join('\n'));

/** SHA-256 in counter mode: block i = SHA-256(seed bytes ‖ i as 4-byte big-endian), read as eight 32-bit big-endian integers. */
export class DrawRandom {
  private readonly seed: Buffer;
  private counter = 0;
  private block: Buffer = Buffer.alloc(0);
  private offset = 0;

  constructor(seedHex: string) {
    this.seed = Buffer.from(seedHex, 'hex');
  }

  nextUint32(): number {
    if (this.offset >= this.block.length) {
      const i = Buffer.alloc(4);
      i.writeUInt32BE(this.counter++);
      this.block = createHash('sha256')
        .update(Buffer.concat([this.seed, i]))
        .digest();
      this.offset = 0;
    }
    const value = this.block.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  /** Uniform in [0, n): values at or above the largest multiple of n below 2^32 are rejected. */
  randomInt(n: number): number {
    const limit = Math.floor(2 ** 32 / n) * n;
    for (;;) {
      const u = this.nextUint32();
      if (u < limit) return u % n;
    }
  }
}

/** ceil(ratio% × eligible), at least 1, at most the eligible count. */
export function targetCountByRatio(ratioPercent: number, eligible: number): number {
  return Math.min(eligible, Math.max(1, Math.ceil((ratioPercent * eligible) / 100)));
}

/** Fewer eligible inspectors than needed for a target: the draw is refused. */
export class TooFewInspectors extends Error {
  constructor(
    readonly target: PoolTarget,
    readonly eligible: number,
  ) {
    super(`too few inspectors for target ${target.id}`);
  }
}

/** Inspectors who may inspect the target: no declared 回避, and not from its supervising department when that rule is on. */
export function eligibleInspectors(target: PoolTarget, inspectors: PoolInspector[], conflicts: PoolConflict[], excludeSupervising: boolean): PoolInspector[] {
  const mine = conflicts.filter((c) => c.targetId === target.id);
  return inspectors.filter(
    (i) =>
      !mine.some((c) => c.certificateId === i.certificateId || (c.userId !== null && c.userId === i.userId)) &&
      !(excludeSupervising && i.departmentId === target.supervisingDepartmentId),
  );
}

/** The draw itself, on pools already sorted by id (as the snapshots are). */
export function runDraw(seedHex: string, targets: PoolTarget[], inspectors: PoolInspector[], conflicts: PoolConflict[], p: DrawParameters): DrawnTarget[] {
  const random = new DrawRandom(seedHex);
  const order = [...targets];
  const count = Math.min(p.targetCount, order.length);
  // Partial Fisher–Yates: position i takes a uniformly chosen one of the positions i..end.
  for (let i = 0; i < count; i++) {
    const j = i + random.randomInt(order.length - i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const load = new Map<number, number>();
  return order.slice(0, count).map((target) => {
    let remaining = eligibleInspectors(target, inspectors, conflicts, p.excludeSupervisingDepartment);
    if (remaining.length < p.inspectorsPerTarget) throw new TooFewInspectors(target, remaining.length);
    const chosen: number[] = [];
    while (chosen.length < p.inspectorsPerTarget) {
      // Balanced load: only the least-assigned candidates (kept in certificate-id order) are drawn from.
      const least = Math.min(...remaining.map((i) => load.get(i.certificateId) ?? 0));
      const candidates = remaining.filter((i) => (load.get(i.certificateId) ?? 0) === least);
      const pick = candidates[random.randomInt(candidates.length)];
      chosen.push(pick.certificateId);
      load.set(pick.certificateId, least + 1);
      // One person holding two certificates still counts once on a target.
      remaining = remaining.filter((i) => i !== pick && (pick.userId === null || i.userId !== pick.userId));
      if (remaining.length < p.inspectorsPerTarget - chosen.length) throw new TooFewInspectors(target, chosen.length + remaining.length);
    }
    return { targetId: target.id, certificateIds: chosen };
  });
}

/** Everything a draw is recomputed from (the export.json format). */
export interface DrawRecord {
  seedText: string;
  parameters: DrawParameters;
  snapshots: DrawSnapshots;
  hashes: SnapshotHashes;
  seed: string;
  result: DrawnTarget[];
}

/** Recomputes a stored draw: hashes, canonical form, seed and result. Problems are in Chinese. */
export function verifyDraw(record: DrawRecord): { matches: boolean; problems: string[] } {
  const problems: string[] = [];
  const names = { targets: '检查对象名录快照', inspectors: '检查人员名录快照', conflicts: '回避清单快照' } as const;
  const parsed: Partial<Record<keyof DrawSnapshots, unknown[]>> = {};
  for (const key of ['targets', 'inspectors', 'conflicts'] as const) {
    const text = record.snapshots[key];
    if (sha256Hex(text) !== record.hashes[key]) problems.push(`${names[key]}的 SHA-256 与记录不符`);
    try {
      const value = JSON.parse(text) as unknown;
      if (!Array.isArray(value)) throw new Error('not an array');
      parsed[key] = value;
    } catch {
      problems.push(`${names[key]}不是有效的 JSON 数组`);
    }
  }
  if (problems.length) return { matches: false, problems };
  const again = snapshotPools(parsed.targets as PoolTarget[], parsed.inspectors as PoolInspector[], parsed.conflicts as PoolConflict[]);
  for (const key of ['targets', 'inspectors', 'conflicts'] as const) {
    if (again[key] !== record.snapshots[key]) problems.push(`${names[key]}不是规范格式（键排序、按编号排序）`);
  }
  const seed = drawSeed(record.seedText, record.hashes);
  if (seed !== record.seed) problems.push('由种子文字和快照哈希重新计算的随机种子与记录不符');
  let result: DrawnTarget[] = [];
  try {
    result = runDraw(seed, parsed.targets as PoolTarget[], parsed.inspectors as PoolInspector[], parsed.conflicts as PoolConflict[], record.parameters);
  } catch (e) {
    if (!(e instanceof TooFewInspectors)) throw e;
    problems.push(`重新抽取时检查对象「${e.target.name}」可用检查人员不足`);
  }
  if (canonicalJson(result as unknown as CanonicalValue) !== canonicalJson(record.result as unknown as CanonicalValue)) {
    problems.push('重新计算的抽取结果与记录的结果不一致');
  }
  return { matches: problems.length === 0, problems };
}
