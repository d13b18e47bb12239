/**
 * Third-party check of a 双随机 draw, without the app or its database:
 *   npx ts-node --transpile-only scripts/verify-draw.ts draw-12.json
 * where draw-12.json is `GET /inspections/draws/12/export.json`. Recomputes the snapshot hashes,
 * the seed and the result with the same pure algorithm (src/inspections/draw-algorithm.ts) and
 * exits 0 when everything matches, 1 otherwise.
 */
import { readFileSync } from 'node:fs';
import { type DrawRecord, verifyDraw } from '../src/inspections/draw-algorithm';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: ts-node scripts/verify-draw.ts <export.json>\n');
  process.exit(2);
}
const outcome = verifyDraw(JSON.parse(readFileSync(file, 'utf8')) as DrawRecord);
process.stdout.write(outcome.matches ? '通过：快照哈希、随机种子和抽取结果均与记录一致\n' : `不通过：\n${outcome.problems.map((p) => `- ${p}`).join('\n')}\n`);
process.exit(outcome.matches ? 0 : 1);
