import fc from 'fast-check';
import {
  canonicalJson,
  drawSeed,
  DrawRandom,
  eligibleInspectors,
  hashSnapshots,
  type PoolConflict,
  type PoolInspector,
  type PoolTarget,
  runDraw,
  snapshotPools,
  targetCountByRatio,
  TooFewInspectors,
  verifyDraw,
  type DrawRecord,
} from '../../../src/inspections/draw-algorithm';

const DEPARTMENTS = [1, 2, 3, 4];

/** Random pools: targets and certificates with unique ids, some 回避 pairs, some shared holders. */
const pools = fc
  .record({
    targetIds: fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 25 }),
    inspectorIds: fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { minLength: 2, maxLength: 20 }),
    supervising: fc.array(fc.option(fc.constantFrom(...DEPARTMENTS), { nil: null }), { minLength: 25, maxLength: 25 }),
    inspectorDepartments: fc.array(fc.constantFrom(...DEPARTMENTS), { minLength: 20, maxLength: 20 }),
    userIds: fc.array(fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }), { minLength: 20, maxLength: 20 }),
    conflictPairs: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 15 }),
  })
  .map(({ targetIds, inspectorIds, supervising, inspectorDepartments, userIds, conflictPairs }) => {
    const targets: PoolTarget[] = targetIds.map((id, i) => ({ id, name: `对象${id}`, category: 'school', supervisingDepartmentId: supervising[i] }));
    const inspectors: PoolInspector[] = inspectorIds.map((id, i) => ({
      certificateId: id,
      certificateNo: `ZF${id}`,
      holderName: `人员${id}`,
      userId: userIds[i],
      departmentId: inspectorDepartments[i],
    }));
    const conflicts: PoolConflict[] = conflictPairs.map(([t, c, byUser]) => {
      const inspector = inspectors[c % inspectors.length];
      const useUser = byUser && inspector.userId !== null;
      return { targetId: targets[t % targets.length].id, certificateId: useUser ? null : inspector.certificateId, userId: useUser ? inspector.userId : null };
    });
    return { targets, inspectors, conflicts };
  });

const parameters = fc.record({
  ratio: fc.integer({ min: 1, max: 100 }),
  inspectorsPerTarget: fc.integer({ min: 2, max: 3 }),
  excludeSupervisingDepartment: fc.boolean(),
});

function draw(
  seedText: string,
  pool: { targets: PoolTarget[]; inspectors: PoolInspector[]; conflicts: PoolConflict[] },
  p: { ratio: number; inspectorsPerTarget: number; excludeSupervisingDepartment: boolean },
) {
  const snapshots = snapshotPools(pool.targets, pool.inspectors, pool.conflicts);
  const hashes = hashSnapshots(snapshots);
  const seed = drawSeed(seedText, hashes);
  const parameters = {
    targetCount: targetCountByRatio(p.ratio, pool.targets.length),
    inspectorsPerTarget: p.inspectorsPerTarget,
    excludeSupervisingDepartment: p.excludeSupervisingDepartment,
  };
  const sorted = JSON.parse(snapshots.targets) as PoolTarget[];
  const result = runDraw(seed, sorted, JSON.parse(snapshots.inspectors) as PoolInspector[], JSON.parse(snapshots.conflicts) as PoolConflict[], parameters);
  return { snapshots, hashes, seed, parameters, result };
}

/** Runs the draw; a refusal is an answer too (the property then checks it was justified). */
function attempt(...args: Parameters<typeof draw>): { ok: ReturnType<typeof draw> } | { refused: TooFewInspectors } {
  try {
    return { ok: draw(...args) };
  } catch (e) {
    if (e instanceof TooFewInspectors) return { refused: e };
    throw e;
  }
}

describe('the 双随机 draw algorithm', () => {
  it('gives the same result for the same inputs, whatever order the pools come in', () => {
    fc.assert(
      fc.property(pools, parameters, fc.string(), (pool, p, seedText) => {
        const shuffled = { targets: [...pool.targets].reverse(), inspectors: [...pool.inspectors].reverse(), conflicts: [...pool.conflicts].reverse() };
        expect(attempt(seedText, shuffled, p)).toEqual(attempt(seedText, pool, p));
      }),
    );
  });

  it('keeps 回避, the supervising-department rule, the minimum of inspectors, distinct people and the ratio', () => {
    fc.assert(
      fc.property(pools, parameters, fc.string(), (pool, p, seedText) => {
        const outcome = attempt(seedText, pool, p);
        if ('refused' in outcome) {
          const { target, eligible } = outcome.refused;
          expect(eligible).toBeLessThan(p.inspectorsPerTarget);
          expect(eligibleInspectors(target, pool.inspectors, pool.conflicts, p.excludeSupervisingDepartment).length).toBeGreaterThanOrEqual(eligible);
          return;
        }
        const { result } = outcome.ok;
        expect(result).toHaveLength(Math.min(pool.targets.length, Math.max(1, Math.ceil((p.ratio * pool.targets.length) / 100))));
        expect(new Set(result.map((r) => r.targetId)).size).toBe(result.length);
        const byId = new Map(pool.inspectors.map((i) => [i.certificateId, i]));
        for (const { targetId, certificateIds } of result) {
          const target = pool.targets.find((t) => t.id === targetId)!;
          expect(certificateIds).toHaveLength(p.inspectorsPerTarget);
          const people = certificateIds.map((id) => byId.get(id)!);
          expect(new Set(certificateIds).size).toBe(certificateIds.length);
          const users = people.map((i) => i.userId).filter((u) => u !== null);
          expect(new Set(users).size).toBe(users.length);
          for (const inspector of people) {
            const conflicted = pool.conflicts.some(
              (c) => c.targetId === targetId && (c.certificateId === inspector.certificateId || (c.userId !== null && c.userId === inspector.userId)),
            );
            expect(conflicted).toBe(false);
            if (p.excludeSupervisingDepartment) expect(inspector.departmentId).not.toBe(target.supervisingDepartmentId);
          }
        }
      }),
    );
  });

  it('gives another result for another seed (at least once over many seeds)', () => {
    fc.assert(
      fc.property(pools, fc.uniqueArray(fc.string(), { minLength: 20, maxLength: 20 }), (pool, seeds) => {
        fc.pre(pool.targets.length >= 4 && pool.inspectors.length >= 4);
        const open = { ...pool, conflicts: [] };
        const results = seeds.map((s) =>
          canonicalJson(draw(s, open, { ratio: 50, inspectorsPerTarget: 2, excludeSupervisingDepartment: false }).result as never),
        );
        expect(new Set(results).size).toBeGreaterThan(1);
      }),
    );
  });

  it('refuses a target with fewer than two eligible inspectors and names it', () => {
    const targets = [{ id: 1, name: '城关第一小学', category: 'school', supervisingDepartmentId: 2 }];
    const inspectors: PoolInspector[] = [
      { certificateId: 1, certificateNo: 'A1', holderName: '张三', userId: null, departmentId: 2 },
      { certificateId: 2, certificateNo: 'A2', holderName: '李四', userId: null, departmentId: 3 },
      { certificateId: 3, certificateNo: 'A3', holderName: '王五', userId: null, departmentId: 3 },
    ];
    const conflicts = [{ targetId: 1, certificateId: 3, userId: null }];
    expect(() => runDraw('00', targets, inspectors, conflicts, { targetCount: 1, inspectorsPerTarget: 2, excludeSupervisingDepartment: true })).toThrow(
      expect.objectContaining({ target: targets[0], eligible: 1 }) as Error,
    );
    expect(
      runDraw('00', targets, inspectors, conflicts, { targetCount: 1, inspectorsPerTarget: 2, excludeSupervisingDepartment: false })[0].certificateIds.sort(),
    ).toEqual([1, 2]);
  });

  it('verifies a stored draw and detects a tampered snapshot, seed or result', () => {
    const pool = {
      targets: [1, 2, 3, 4, 5].map((id) => ({ id, name: `学校${id}`, category: 'school', supervisingDepartmentId: null })),
      inspectors: [1, 2, 3, 4].map((id) => ({ certificateId: id, certificateNo: `N${id}`, holderName: `人${id}`, userId: id, departmentId: 1 })),
      conflicts: [{ targetId: 2, certificateId: 1, userId: null }],
    };
    const { snapshots, hashes, seed, parameters, result } = draw('2026年第一次抽查会议', pool, {
      ratio: 40,
      inspectorsPerTarget: 2,
      excludeSupervisingDepartment: false,
    });
    const record: DrawRecord = { seedText: '2026年第一次抽查会议', parameters, snapshots, hashes, seed, result };
    expect(verifyDraw(record)).toEqual({ matches: true, problems: [] });
    const tampered = verifyDraw({ ...record, snapshots: { ...snapshots, inspectors: snapshots.inspectors.replace('人3', '人9') } });
    expect(tampered.matches).toBe(false);
    expect(tampered.problems).toEqual(['检查人员名录快照的 SHA-256 与记录不符']);
    expect(verifyDraw({ ...record, seedText: '会后改的种子' }).problems).toContain('由种子文字和快照哈希重新计算的随机种子与记录不符');
    const swapped = [{ ...result[0], certificateIds: [...result[0].certificateIds].reverse() }, ...result.slice(1)];
    expect(verifyDraw({ ...record, result: swapped }).problems).toEqual(['重新计算的抽取结果与记录的结果不一致']);
  });

  it('rejects out-of-range values so randomInt stays uniform, and rounds the ratio up', () => {
    const random = new DrawRandom('ab');
    const seen = new Set(Array.from({ length: 200 }, () => random.randomInt(3)));
    expect([...seen].sort()).toEqual([0, 1, 2]);
    expect(targetCountByRatio(5, 30)).toBe(2);
    expect(targetCountByRatio(5, 3)).toBe(1);
    expect(targetCountByRatio(100, 7)).toBe(7);
    expect(canonicalJson({ b: 1, a: [{ d: null, c: '中' }] })).toBe('{"a":[{"c":"中","d":null}],"b":1}');
  });
});
