import type { DataSource } from 'typeorm';

/**
 * Fills an app database (schema from the migrations, catalogue loaded at boot) with a large
 * bureau in one transaction of multi-row inserts on the app's own connection — SQLite (prepared
 * statements on the better-sqlite3 handle) or PostgreSQL (a TypeORM query runner). Rows are
 * written directly, so no audit events are recorded for them (as a bulk import would behave).
 */

export interface BureauSpec {
  departments: number;
  offices: number;
  tasks: number;
  year: number;
  /** Deterministic pseudo-random generator seed. */
  seed: number;
  passwordHash: string;
  /** More leaders, so that the daily run escalates (see `insertLeaders`). */
  leaders?: LeadersSpec;
}

/**
 * A bureau head (局长: hears of tasks overdue past the policy's bureau-head threshold) and deputy
 * heads (分管副局长), each supervising an equal contiguous share of the departments.
 */
export interface LeadersSpec {
  bureauHead: boolean;
  supervisors: number;
}

export interface GeneratedLeaders {
  bureauHeadId: number | null;
  supervisorIds: number[];
}

export interface GeneratedBureau {
  leaderId: number;
  leaderLogin: string;
  /** head login per department id */
  heads: Map<number, string>;
  departmentIds: number[];
  planIds: number[];
  taskCount: number;
  statusCounts: Record<string, number>;
  overdueOnToday: number;
  leaders?: GeneratedLeaders;
  ms: number;
}

interface ItemRow {
  id: number;
  template_id: number;
  work_point_id: number;
  kind: 'annual' | 'event';
  template_key: string;
  template_name: string;
  title: string;
  description: string;
  basis: string;
  evidence_hint: string;
  review: number;
  target: string | null;
}

interface SqliteDb {
  prepare(sql: string): {
    run(...params: unknown[]): { lastInsertRowid: number | bigint };
    all(...params: unknown[]): unknown[];
    get(...params: unknown[]): unknown;
  };
  transaction<T>(fn: () => T): () => T;
  pragma(sql: string): unknown;
}

/** mulberry32 */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OFFICE_NAMES = [
  '办公室',
  '政策法规股',
  '人事股',
  '计划财务股',
  '基础教育股',
  '职业与成人教育股',
  '安全稳定股',
  '教育督导室',
  '教研室',
  '体卫艺股',
  '招生考试办公室',
  '信访办公室',
];

const pad2 = (n: number) => String(n).padStart(2, '0');
/** TypeORM's SQLite datetime format (UTC). */
const sqliteDatetime = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');

export function sqliteConnection(ds: DataSource): SqliteDb {
  const db = (ds.driver as unknown as { databaseConnection?: SqliteDb }).databaseConnection;
  if (!db || typeof db.prepare !== 'function') throw new Error('bench needs the better-sqlite3 driver (SQLite DATA_DIR)');
  return db;
}

/**
 * The few operations the generator needs, on either database. SQL is written with `?`
 * placeholders; booleans are bound as 1/0 (PostgreSQL casts them from the parameter's text).
 */
export interface BureauSink {
  /** Task rows per INSERT: each dialect's bound-parameter limit (SQLite 32,766, PostgreSQL 65,535) over 24 columns. */
  rowsPerInsert: number;
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs an INSERT and returns the new row's id. */
  insertId(sql: string, params: unknown[]): Promise<number>;
  run(sql: string, params: unknown[]): Promise<void>;
  transaction(fn: () => Promise<void>): Promise<void>;
  /** After the bulk load: checkpoint the WAL (SQLite) or refresh the planner's statistics (PostgreSQL). */
  settle(): Promise<void>;
}

export function sqliteSink(ds: DataSource): BureauSink {
  const db = sqliteConnection(ds);
  const statements = new Map<string, ReturnType<SqliteDb['prepare']>>();
  const stmt = (sql: string) => statements.get(sql) ?? statements.set(sql, db.prepare(sql)).get(sql)!;
  return {
    rowsPerInsert: 100,
    all: async <T>(sql: string, params: unknown[] = []) => stmt(sql).all(...params) as T[],
    insertId: async (sql, params) => Number(stmt(sql).run(...params).lastInsertRowid),
    run: async (sql, params) => void stmt(sql).run(...params),
    transaction: async (fn) => {
      // The app is idle while the bench generates, so the shared handle's transaction is ours.
      db.prepare('BEGIN').run();
      try {
        await fn();
        db.prepare('COMMIT').run();
      } catch (e) {
        db.prepare('ROLLBACK').run();
        throw e;
      }
    },
    settle: async () => void db.pragma('wal_checkpoint(TRUNCATE)'),
  };
}

function postgresSink(ds: DataSource): BureauSink {
  const runner = ds.createQueryRunner();
  const numbered = (sql: string) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  };
  return {
    rowsPerInsert: 1000,
    all: <T>(sql: string, params: unknown[] = []) => runner.query(numbered(sql), params) as Promise<T[]>,
    insertId: async (sql, params) => Number(((await runner.query(`${numbered(sql)} RETURNING id`, params)) as { id: number }[])[0].id),
    run: async (sql, params) => void (await runner.query(numbered(sql), params)),
    transaction: async (fn) => {
      await runner.startTransaction();
      try {
        await fn();
        await runner.commitTransaction();
      } catch (e) {
        await runner.rollbackTransaction();
        throw e;
      }
    },
    settle: async () => {
      await runner.query('ANALYZE');
      await runner.release();
    },
  };
}

/** Writes the leaders of `spec` (logins `chief`, `deputy1`…). */
export async function insertLeaders(db: BureauSink, departmentIds: number[], spec: LeadersSpec, passwordHash: string): Promise<GeneratedLeaders> {
  const now = sqliteDatetime(new Date());
  const insLeader = `INSERT INTO users (login, name, email, role, department_id, is_bureau_head, title, active, password_hash, created_at, updated_at)
     VALUES (?, ?, ?, 'leader', NULL, ?, ?, 1, ?, ?, ?)`;
  const bureauHeadId = spec.bureauHead ? await db.insertId(insLeader, ['chief', '局长', 'chief@bench.local', 1, '局长', passwordHash, now, now]) : null;
  const supervisorIds: number[] = [];
  const share = Math.ceil(departmentIds.length / Math.max(spec.supervisors, 1));
  for (let s = 0; s < spec.supervisors; s++) {
    const login = `deputy${s + 1}`;
    const id = await db.insertId(insLeader, [login, `第${s + 1}分管副局长`, `${login}@bench.local`, 0, '副局长', passwordHash, now, now]);
    supervisorIds.push(id);
    for (const d of departmentIds.slice(s * share, (s + 1) * share))
      await db.run(`INSERT INTO leader_supervisions (leader_id, department_id) VALUES (?, ?)`, [id, d]);
  }
  return { bureauHeadId, supervisorIds };
}

export async function generateBureau(ds: DataSource, spec: BureauSpec, today: string): Promise<GeneratedBureau> {
  const t0 = performance.now();
  const db = ds.options.type === 'postgres' ? postgresSink(ds) : sqliteSink(ds);
  const random = rng(spec.seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
  const items = await db.all<ItemRow>(
    `SELECT ti.id, ti.template_id, t.work_point_id, t.kind, t.key AS template_key, t.name AS template_name, ti.title, ti.description, ti.basis,
            ti.evidence_hint, ti.review, ti.target
       FROM template_items ti JOIN checklist_templates t ON t.id = ti.template_id
      WHERE ti.active ORDER BY ti.id`,
  );
  if (!items.length) throw new Error('the catalogue was not loaded at boot (no template_items)');

  const now = sqliteDatetime(new Date());
  const heads = new Map<number, string>();
  const departmentIds: number[] = [];
  const planIds: number[] = [];
  const statusCounts: Record<string, number> = { open: 0, submitted: 0, returned: 0, done: 0 };
  let overdueOnToday = 0;
  let leaderId = 0;
  let leaders: GeneratedLeaders | undefined;
  let taskCount = 0;

  await db.transaction(async () => {
    const insDept = `INSERT INTO departments (code, name, kind, parent_id, active, created_at, updated_at) VALUES (?, ?, ?, NULL, ?, ?, ?)`;
    const insUser = `INSERT INTO users (login, name, email, role, department_id, is_bureau_head, title, active, password_hash, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
    const user = (login: string, name: string, role: string, dept: number | null, title: string) =>
      db.insertId(insUser, [login, name, `${login}@bench.local`, role, dept, 0, title, 1, spec.passwordHash, now, now]);
    for (let i = 0; i < spec.departments; i++) {
      const office = i < spec.offices;
      const name = office ? (OFFICE_NAMES[i] ?? `第${i + 1}股`) : `第${i - spec.offices + 1}${i % 3 === 0 ? '中学' : i % 3 === 1 ? '小学' : '幼儿园'}`;
      const id = await db.insertId(insDept, [office ? `office-${i + 1}` : `school-${i + 1}`, name, office ? 'office' : 'school', 1, now, now]);
      departmentIds.push(id);
      const login = `head${pad2(i + 1)}`;
      await user(login, `${name}负责人`, 'head', id, office ? '股长' : '校长');
      heads.set(id, login);
    }
    leaderId = await user('leader', '分管副局长', 'leader', null, '副局长');
    // The leader supervises the offices and every tenth school.
    for (const [i, d] of departmentIds.entries()) {
      if (i < spec.offices || i % 10 === 0) await db.run(`INSERT INTO leader_supervisions (leader_id, department_id) VALUES (?, ?)`, [leaderId, d]);
    }
    if (spec.leaders) leaders = await insertLeaders(db, departmentIds, spec.leaders, spec.passwordHash);
    // The reviewer of items that need review: the policy and regulations office (法制股).
    const reviewerDept = departmentIds[Math.min(1, departmentIds.length - 1)];

    // Plans: the annual plan of the year, and one case (plan) per event template.
    const insPlan = `INSERT INTO plans (kind, unique_key, year, template_id, reference, title, anchors, settings, created_by_id, created_at) VALUES (?, ?, ?, ?, ?, ?, '{}', '{}', NULL, ?)`;
    const annualPlan = await db.insertId(insPlan, ['annual', `annual:${spec.year}`, spec.year, null, '', `${spec.year}年度法治政府建设工作清单`, now]);
    planIds.push(annualPlan);
    const planOfTemplate = new Map<number, number>();
    for (const it of items) {
      if (it.kind !== 'event' || planOfTemplate.has(it.template_id)) continue;
      const id = await db.insertId(insPlan, [
        'event',
        `event:${it.template_key}:BENCH-${spec.year}-1`,
        spec.year,
        it.template_id,
        `BENCH-${spec.year}-1`,
        `${it.template_name}（基准）`,
        now,
      ]);
      planOfTemplate.set(it.template_id, id);
      planIds.push(id);
    }

    // Tasks: offices carry three times the load of a school. Each department cycles through the
    // items in its own order; period keys keep (plan, item, department, period) unique.
    const weights = departmentIds.map((_, i) => (i < spec.offices ? 3 : 1));
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    const perDept = weights.map((w) => Math.floor((spec.tasks * w) / totalWeight));
    for (let k = 0; perDept.reduce((a, b) => a + b, 0) < spec.tasks; k++) perDept[k % perDept.length]++;

    const yearStart = Date.UTC(spec.year, 0, 1);
    const days = (Date.UTC(spec.year + 1, 0, 1) - yearStart) / 86_400_000;
    const cols = [
      'plan_id',
      'template_item_id',
      'work_point_id',
      'department_id',
      'period_key',
      'period_label',
      'title',
      'description',
      'basis',
      'evidence_hint',
      'schedule_text',
      'due_on',
      'status',
      'needs_review',
      'reviewer_department_id',
      'target_count',
      'target_unit',
      'activity_count',
      'gate_task_ids',
      'completion_note',
      'completed_at',
      'completed_by_id',
      'created_at',
      'updated_at',
    ];
    const ROWS = db.rowsPerInsert;
    const one = `(${cols.map(() => '?').join(', ')})`;
    const sql = (n: number) => `INSERT INTO tasks (${cols.join(', ')}) VALUES ${Array.from({ length: n }, () => one).join(', ')}`;
    const fullInsert = sql(ROWS);
    let batch: unknown[] = [];
    let batchRows = 0;
    const flush = async (force: boolean) => {
      if (batchRows === ROWS) await db.run(fullInsert, batch);
      else if (force && batchRows) await db.run(sql(batchRows), batch);
      else return;
      batch = [];
      batchRows = 0;
    };
    const headUserIds = new Map<number, number>(
      (await db.all<{ id: number; department_id: number }>(`SELECT id, department_id FROM users WHERE role = 'head'`)).map((u) => [u.department_id, u.id]),
    );

    for (const [di, dept] of departmentIds.entries()) {
      const order = [...items].sort(() => random() - 0.5);
      for (let j = 0; j < perDept[di]; j++) {
        const it = order[j % order.length];
        const period = Math.floor(j / order.length);
        const dueOn = random() < 0.02 ? null : new Date(yearStart + Math.floor(random() * days) * 86_400_000).toISOString().slice(0, 10);
        const r = random();
        let status = r < 0.4 ? 'done' : r < 0.9 ? 'open' : r < 0.95 ? 'submitted' : 'returned';
        let needsReview = it.review ? 1 : random() < 0.1 ? 1 : 0;
        if (status === 'submitted' || status === 'returned') needsReview = 1;
        const targetCount = it.target || random() < 0.05 ? 2 + Math.floor(random() * 5) : null;
        const activityCount = targetCount === null ? 0 : Math.floor(random() * (targetCount + 1));
        const gated = random() < 0.05;
        const done = status === 'done';
        const completedAt = done ? sqliteDatetime(new Date((dueOn ? Date.parse(dueOn) : yearStart) - Math.floor(random() * 20) * 86_400_000)) : null;
        batch.push(
          it.kind === 'event' ? (planOfTemplate.get(it.template_id) ?? annualPlan) : annualPlan,
          it.id,
          it.work_point_id,
          dept,
          `${spec.year}-P${pad2(period + 1)}`,
          `第${period + 1}期`,
          it.title,
          it.description,
          it.basis,
          it.evidence_hint,
          dueOn ? `${dueOn.slice(5, 7)}月${dueOn.slice(8)}日前` : '待定',
          dueOn,
          status,
          needsReview,
          needsReview ? reviewerDept : null,
          targetCount,
          targetCount === null ? '' : '次',
          activityCount,
          // A few tasks wait on a gate (another task of the same department, issued earlier).
          gated && taskCount > 0 ? `[${1 + Math.floor(random() * taskCount)}]` : '[]',
          done ? '已按要求完成。' : null,
          completedAt,
          done ? (headUserIds.get(dept) ?? null) : null,
          now,
          now,
        );
        batchRows++;
        taskCount++;
        statusCounts[status]++;
        if ((status === 'open' || status === 'returned') && dueOn !== null && dueOn < today) overdueOnToday++;
        await flush(false);
      }
    }
    await flush(true);
  });
  await db.settle();
  return {
    leaderId,
    leaderLogin: 'leader',
    heads,
    departmentIds,
    planIds,
    taskCount,
    statusCounts,
    overdueOnToday,
    leaders,
    ms: performance.now() - t0,
  };
}

export { sqliteDatetime };
