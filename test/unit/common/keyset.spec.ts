import { BadRequestException } from '@nestjs/common';
import fc from 'fast-check';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { decodeCursor, encodeCursor, INVALID_CURSOR, keysetPage, keysetPasses, type KeysetOrder } from '../../../src/common/keyset';

@Entity('rows')
class Row {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'varchar', nullable: true }) day: string | null;
  @Column({ type: 'integer' }) rank: number;
}

const byDay = (direction: 'ASC' | 'DESC'): KeysetOrder => ({
  name: direction === 'ASC' ? 'day' : '-day',
  column: { sql: 'r.day', type: 'text', nullable: true },
  direction,
  id: 'r.id',
});
const byRank = (direction: 'ASC' | 'DESC'): KeysetOrder => ({ name: 'rank', column: { sql: 'r.rank', type: 'number' }, direction, id: 'r.id' });
const byId: KeysetOrder = { name: 'default', direction: 'DESC', id: 'r.id' };

/** The order the pages must follow, computed in memory: NULLs last either way, ties by id. */
function expected(rows: Row[], order: KeysetOrder): number[] {
  const sign = order.direction === 'ASC' ? 1 : -1;
  const key = (r: Row) => (order.column?.sql === 'r.day' ? r.day : order.column ? r.rank : null);
  return [...rows]
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      if (x !== y) {
        if (x === null) return 1;
        if (y === null) return -1;
        return sign * (x < y ? -1 : 1);
      }
      return sign * (a.id - b.id);
    })
    .map((r) => r.id);
}

describe('keyset cursors', () => {
  const order = byDay('ASC');

  it('round-trips the position, NULL and unicode values included', () => {
    fc.assert(
      fc.property(fc.option(fc.string({ unit: 'binary', maxLength: 40 })), fc.nat(), (value, id) => {
        expect(decodeCursor(order, encodeCursor(order, { value, id }))).toEqual({ value, id });
      }),
    );
  });

  it('refuses a garbled, edited or foreign cursor with a 400 and the Chinese message, never anything else', () => {
    const refuses = (cursor: string, o: KeysetOrder = order) => {
      let error: unknown;
      try {
        decodeCursor(o, cursor);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(BadRequestException);
      expect((error as BadRequestException).message).toBe(INVALID_CURSOR);
    };
    const encode = (body: unknown) => Buffer.from(JSON.stringify(body)).toString('base64url');
    refuses('not a cursor!');
    refuses('x'.repeat(2000));
    refuses(Buffer.from('{"o":"day"').toString('base64url'));
    refuses(encode([1, 2]));
    refuses(encode({ o: 'day', v: '2026-01-01', i: -1 }));
    refuses(encode({ o: 'day', v: '2026-01-01', i: 1.5 }));
    refuses(encode({ o: 'day', v: 7, i: 1 }));
    refuses(encode({ o: 'day', v: '2026-01-01', i: 1, extra: true }));
    refuses(encode({ o: 'rank', v: 3, i: 1 }));
    refuses(encodeCursor(order, { value: '2026-01-01', id: 1 }), byDay('DESC'));
    refuses(encode({ o: 'rank', v: null, i: 1 }), byRank('ASC'));
    refuses(encode({ o: 'default', v: 1, i: 1 }), byId);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (junk) => {
        try {
          decodeCursor(order, junk);
        } catch (err) {
          expect(err).toBeInstanceOf(BadRequestException);
        }
      }),
    );
  });

  it('reads the non-NULL rows through a row value comparison, then the NULL ones by id', () => {
    expect(keysetPasses(order, { value: '2026-03-01', id: 9 })).toEqual([
      { where: ['r.day IS NOT NULL', '(r.day, r.id) > (:ks_value, :ks_id)'], params: { ks_value: '2026-03-01', ks_id: 9 }, orderBy: ['r.day ASC', 'r.id ASC'] },
      { where: ['r.day IS NULL'], params: { ks_value: '2026-03-01', ks_id: 9 }, orderBy: ['r.id ASC'] },
    ]);
    expect(keysetPasses(byDay('DESC'), { value: null, id: 9 })).toEqual([
      { where: ['r.day IS NULL', 'r.id < :ks_id'], params: { ks_value: null, ks_id: 9 }, orderBy: ['r.id DESC'] },
    ]);
    expect(keysetPasses(byId)).toEqual([{ where: [], params: {}, orderBy: ['r.id DESC'] }]);
  });
});

describe('keysetPage on SQLite', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await new DataSource({ type: 'better-sqlite3', database: ':memory:', entities: [Row], synchronize: true }).initialize();
  });
  afterAll(() => db.destroy());

  /** Walks every page by cursor; the first page alone carries the total. */
  async function walk(order: KeysetOrder, pageSize: number, where?: string): Promise<number[]> {
    const ids: number[] = [];
    let cursor: string | undefined;
    for (let n = 0; n < 1000; n++) {
      const qb = db.getRepository(Row).createQueryBuilder('r');
      if (where) qb.where(where);
      const page = await keysetPage(qb, order, { cursor, pageSize });
      expect(page.total === null).toBe(cursor !== undefined);
      expect(page.rows.length).toBeLessThanOrEqual(pageSize);
      ids.push(...page.rows.map((r) => r.id));
      if (!page.nextCursor) return ids;
      expect(page.rows).toHaveLength(pageSize);
      cursor = page.nextCursor;
    }
    throw new Error('no last page');
  }

  it('lists every row exactly once in order, with ties and NULLs, for every order and page size', async () => {
    const days = fc.option(fc.constantFrom('2026-01-05', '2026-01-06', '2026-02-01', '2026-12-31'), { freq: 4 });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.record({ id: fc.integer({ min: 1, max: 10_000 }), day: days, rank: fc.integer({ min: 0, max: 3 }) }), {
          selector: (r) => r.id,
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(byDay('ASC'), byDay('DESC'), byRank('ASC'), byRank('DESC'), byId),
        async (rows, pageSize, order) => {
          await db.getRepository(Row).clear();
          await db.getRepository(Row).insert(rows);
          const all = rows.map((r) => Object.assign(new Row(), r));
          expect(await walk(order, pageSize)).toEqual(expected(all, order));
          expect(await walk(order, pageSize, 'r.rank > 0')).toEqual(
            expected(
              all.filter((r) => r.rank > 0),
              order,
            ),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('counts the rows on the first page and serves the legacy ?page= by offset in the same order', async () => {
    await db.getRepository(Row).clear();
    const rows = [1, 2, 3, 4, 5].map((id) => ({ id, day: id % 2 ? null : '2026-01-01', rank: 0 }));
    await db.getRepository(Row).insert(rows);
    const order = byDay('DESC');
    const first = await keysetPage(db.getRepository(Row).createQueryBuilder('r'), order, { pageSize: 2 });
    expect(first.total).toBe(5);
    const second = await keysetPage(db.getRepository(Row).createQueryBuilder('r'), order, { pageSize: 2, page: 2 });
    expect(second.rows.map((r) => r.id)).toEqual([5, 3]);
    expect(second.nextCursor).not.toBeNull();
    const third = await keysetPage(db.getRepository(Row).createQueryBuilder('r'), order, { pageSize: 2, cursor: second.nextCursor! });
    expect(third.rows.map((r) => r.id)).toEqual([1]);
    expect(third.nextCursor).toBeNull();
  });
});
