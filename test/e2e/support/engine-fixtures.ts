import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { statutoryFestivals } from '../../../src/calendar/plausibility';
import type { CatalogueFile, CatalogueItem, CatalogueTemplate } from '../../../src/catalog/catalogue.types';
import { loadCatalogueFile } from '../../../src/catalog/catalogue-file';
import { createDepartment, createUser, type TestUser } from './fixtures';
import type { AuthedClient, TestApp } from './test-app';

/** Throws with the body unless the status is the expected one (fixtures must not fail silently). */
export function must<T = any>(res: { status: number; body: unknown }, status: number, what: string): T {
  if (res.status !== status) throw new Error(`${what}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

// ---------------------------------------------------------------------------------------------
// The bureau
// ---------------------------------------------------------------------------------------------

/** Departments of the engine bureau, by the short name tests use. */
export type DeptName = 'legal' | 'office' | 'safety' | 'education' | 'personnel' | 'private' | 'school1' | 'school2';
export const DEPT_NAMES: DeptName[] = ['legal', 'office', 'safety', 'education', 'personnel', 'private', 'school1', 'school2'];

const DEPARTMENTS: Record<DeptName, { name: string; kind: 'office' | 'school'; roles: string[] }> = {
  legal: { name: '政策法规股', kind: 'office', roles: ['legal'] },
  office: { name: '局办公室', kind: 'office', roles: ['office', 'petition', 'party'] },
  safety: { name: '安全管理股', kind: 'office', roles: ['safety'] },
  education: { name: '教育股', kind: 'office', roles: ['education', 'research', 'supervision'] },
  personnel: { name: '人事财务股', kind: 'office', roles: ['personnel', 'finance'] },
  private: { name: '民办教育与审批股', kind: 'office', roles: ['private', 'approval'] },
  school1: { name: '第一中学', kind: 'school', roles: [] },
  school2: { name: '实验小学', kind: 'school', roles: [] },
};

/** Role code → the department that plays it in the engine bureau. */
export const ROLE_DEPT: Record<string, DeptName> = Object.fromEntries(
  (Object.entries(DEPARTMENTS) as [DeptName, { roles: string[] }][]).flatMap(([dept, d]) => d.roles.map((r) => [r, dept])),
);

/** The leader supervises these departments. */
export const SUPERVISED: DeptName[] = ['legal', 'safety'];

export interface Bureau {
  dept: Record<DeptName, number>;
  /** Head (股长 / 校长) of each department. */
  head: Record<DeptName, TestUser>;
  staff: Record<DeptName, TestUser>;
  leader: TestUser;
  leaderName: string;
  /** Requests as a user (token cached). */
  as(user: TestUser): Promise<AuthedClient>;
  admin: AuthedClient;
  /** Department name → id lookups the other way round. */
  deptOf(id: number): DeptName;
}

/**
 * A small county bureau: six offices (政策法规股 = legal, 局办公室 = office + petition + party,
 * 安全管理股 = safety, 教育股 = education + research + supervision, 人事财务股 = personnel + finance,
 * 民办教育与审批股 = private + approval) and two schools; a head and a staff member each; one
 * leader (副局长) supervising 政策法规股 and 安全管理股. Every catalogue role is mapped.
 */
export async function createBureau(t: TestApp): Promise<Bureau> {
  const admin = t.as(t.adminToken);
  const dept = {} as Record<DeptName, number>;
  for (const name of DEPT_NAMES) {
    dept[name] = await createDepartment(t, { code: `eng-${name}`, name: DEPARTMENTS[name].name, kind: DEPARTMENTS[name].kind });
    for (const role of DEPARTMENTS[name].roles) {
      must(await admin.put(`/department-roles/${role}`).send({ departmentId: dept[name] }), 200, `map role ${role}`);
    }
  }
  const head = {} as Record<DeptName, TestUser>;
  const staff = {} as Record<DeptName, TestUser>;
  for (const name of DEPT_NAMES) {
    const title = DEPARTMENTS[name].kind === 'school' ? '校长' : '股长';
    head[name] = await createUser(t, { login: `head-${name}`, name: `${DEPARTMENTS[name].name}${title}`, role: 'head', departmentId: dept[name], title });
    staff[name] = await createUser(t, { login: `staff-${name}`, name: `${DEPARTMENTS[name].name}干事`, role: 'staff', departmentId: dept[name] });
  }
  const leaderName = '李副局长';
  const leader = await createUser(t, { login: 'leader-li', name: leaderName, role: 'leader', title: '副局长' });
  must(await admin.put(`/users/${leader.id}/supervised-departments`).send({ departmentIds: SUPERVISED.map((d) => dept[d]) }), 200, 'supervision');

  const tokens = new Map<string, string>();
  const as = async (user: TestUser) => {
    let token = tokens.get(user.login);
    if (!token) {
      token = await t.login(user.login, user.password);
      tokens.set(user.login, token);
    }
    return t.as(token);
  };
  const byId = new Map(DEPT_NAMES.map((n) => [dept[n], n]));
  return { dept, head, staff, leader, leaderName, as, admin, deptOf: (id) => byId.get(id)! };
}

// ---------------------------------------------------------------------------------------------
// The shipped catalogue (the expected values are read from it, not from the API)
// ---------------------------------------------------------------------------------------------

export const CATALOGUE: CatalogueFile = loadCatalogueFile();

export function catalogueTemplate(key: string): CatalogueTemplate {
  const found = CATALOGUE.workPoints.flatMap((wp) => wp.templates).find((tpl) => tpl.key === key);
  if (!found) throw new Error(`catalogue has no template ${key}`);
  return found;
}

export function catalogueItem(templateKey: string, itemKey: string): CatalogueItem {
  const found = catalogueTemplate(templateKey).items.find((i) => i.key === itemKey);
  if (!found) throw new Error(`catalogue template ${templateKey} has no item ${itemKey}`);
  return found;
}

/** The id of a stored template, by its catalogue key. */
export async function templateId(t: TestApp, key: string): Promise<number> {
  const list = must<{ id: number; key: string }[]>(await t.as(t.adminToken).get('/templates'), 200, 'templates');
  const found = list.find((tpl) => tpl.key === key);
  if (!found) throw new Error(`template ${key} is not loaded`);
  return found.id;
}

/** The day of each statutory festival of `year`: a fictional year must hold them to be loaded. */
export const festivalDays = (year: number): string[] => statutoryFestivals(year).map((f) => f.date);

// ---------------------------------------------------------------------------------------------
// Plans and tasks
// ---------------------------------------------------------------------------------------------

export interface TaskSummary {
  id: number;
  title: string;
  dueOn: string | null;
  daysLeft: number | null;
  status: string;
  departmentId: number;
  departmentName: string;
  workPointId: number;
  planId: number;
  supporting: boolean;
  needsReview: boolean;
  targetCount: number | null;
  activityCount: number;
  doneOn: string | null;
  late: boolean;
  backfill: boolean;
  naReason: string | null;
  reviewKind: 'completion' | 'notApplicable' | null;
}

/** The year's plan; it starts on 1 January unless `startOn` says otherwise (then earlier items are 补录). */
export async function createAnnualPlan(t: TestApp, year: number, startOn = `${year}-01-01`): Promise<{ planId: number; tasksCreated: number }> {
  const body = must(await t.as(t.adminToken).post('/plans/annual').send({ year, startOn }), 201, `annual plan ${year}`);
  return { planId: body.plan.id, tasksCreated: body.tasksCreated };
}

export async function createEventPlan(
  client: AuthedClient,
  t: TestApp,
  templateKey: string,
  reference: string,
  anchors: Record<string, string>,
): Promise<{ planId: number; tasksCreated: number }> {
  const body = must(
    await client.post('/plans/event').send({ templateId: await templateId(t, templateKey), reference, title: `${reference} 测试事项`, anchors }),
    201,
    `event plan ${templateKey} ${reference}`,
  );
  return { planId: body.plan.id, tasksCreated: body.tasksCreated };
}

/** Every task visible to `client` matching the query (all pages). */
export function listAll(client: AuthedClient, query: Record<string, string | number> = {}): Promise<TaskSummary[]> {
  return walkPages<TaskSummary>(client, '/tasks', { ...query, pageSize: 200 });
}

/** Every row of a list route, page after page by `nextCursor` (the first page alone carries the total, checked at the end). */
export async function walkPages<T>(client: AuthedClient, path: string, query: Record<string, string | number> = {}): Promise<T[]> {
  const out: T[] = [];
  const params = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)]));
  let total: number | undefined;
  for (let cursor: string | null = null; ;) {
    const qs = new URLSearchParams({ ...params, ...(cursor ? { cursor } : {}) });
    const body = must(await client.get(`${path}?${qs}`), 200, `${path}?${qs}`);
    expect(body.total === null).toBe(cursor !== null);
    total ??= body.total as number;
    out.push(...(body.items as T[]));
    cursor = body.nextCursor as string | null;
    if (!cursor) break;
  }
  expect(out).toHaveLength(total);
  return out;
}

/** The tasks of a plan issued for one catalogue item (lead first, then supporting ones). */
export async function tasksOfItem(t: TestApp, planId: number, templateKey: string, itemKey: string): Promise<TaskSummary[]> {
  const title = catalogueItem(templateKey, itemKey).title;
  const tasks = (await listAll(t.as(t.adminToken), { planId })).filter((x) => x.title === title);
  return tasks.sort((a, b) => Number(a.supporting) - Number(b.supporting) || a.id - b.id);
}

/** The one lead task of an item in a plan. */
export async function leadTask(t: TestApp, planId: number, templateKey: string, itemKey: string): Promise<TaskSummary> {
  const leads = (await tasksOfItem(t, planId, templateKey, itemKey)).filter((x) => !x.supporting);
  if (leads.length !== 1) throw new Error(`expected one lead task for ${templateKey}/${itemKey} in plan ${planId}, got ${leads.length}`);
  return leads[0];
}

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** A minimal but well-formed one-page PDF. */
export function minimalPdf(text = '法治督办'): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
  let body = `%PDF-1.4\n%${Buffer.from(text).toString('hex')}\n`;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A 1×1 PNG (signature, IHDR, IDAT, IEND with real CRCs). */
export function minimalPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  // One scanline: filter 0 + RGB (255, 0, 0).
  const idat = deflateSync(Buffer.from([0, 255, 0, 0]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Supertest buffers a binary body only when told how; JSON (an error body) is still parsed. */
export function binaryParser(
  res: NodeJS.ReadableStream & { headers: Record<string, string | undefined> },
  done: (err: Error | null, body: unknown) => void,
): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => {
    const bytes = Buffer.concat(chunks);
    done(null, /^application\/json/.test(res.headers['content-type'] ?? '') ? JSON.parse(bytes.toString('utf8')) : bytes);
  });
}

// ---------------------------------------------------------------------------------------------
// A deadline scenario for the views, on a clock pinned to Tuesday 2026-09-29
// ---------------------------------------------------------------------------------------------

export const SCENARIO_TODAY = '2026-09-29';

export interface DeadlineScenario {
  /** 政策法规股, 法律顾问出具书面意见 requested 09-10: due Sunday 09-20 (make-up day), 9 days overdue. */
  opinionLate: TaskSummary;
  /** …its 审查请求与意见登记, 2 working days later: 09-22, 7 days overdue. */
  recordLate: TaskSummary;
  /** Requested 09-22: opinion due 10-09 (09-30, 10-08, 10-09 are the next 3 working days). */
  opinionSoon: TaskSummary;
  /** …its record due 10-12 (after make-up Saturday 10-10). */
  recordLater: TaskSummary;
  /** Another case requested 09-22 whose opinion is already done. */
  opinionDone: TaskSummary;
  recordOpen: TaskSummary;
  /** 局办公室 (role petition), 书面告知 15 days after 09-01: 09-16, 13 days overdue. */
  petitionLate: TaskSummary;
}

/**
 * Three legal-adviser reviews (政策法规股) and one petition (局办公室, which plays `petition`);
 * nothing else, so every count is known. The clock must be pinned to SCENARIO_TODAY by the caller.
 */
export async function createDeadlineScenario(t: TestApp, b: Bureau): Promise<DeadlineScenario> {
  const legal = await b.as(b.head.legal);
  const review = async (reference: string, requestedOn: string) => {
    const { planId } = await createEventPlan(legal, t, 'legal-adviser-review', reference, { requestedOn });
    return [await leadTask(t, planId, 'legal-adviser-review', 'adviser-opinion'), await leadTask(t, planId, 'legal-adviser-review', 'record-opinion')];
  };
  const [opinionLate, recordLate] = await review('法审〔2026〕1号', '2026-09-10');
  const [opinionSoon, recordLater] = await review('法审〔2026〕2号', '2026-09-22');
  const [opinionDone, recordOpen] = await review('法审〔2026〕3号', '2026-09-22');
  must(await legal.post(`/tasks/${opinionDone.id}/complete`).send({ note: '法律顾问已出具书面意见' }), 200, 'complete opinion');
  const { planId } = await createEventPlan(await b.as(b.staff.office), t, 'petition', '信访〔2026〕15号', { receivedOn: '2026-09-01' });
  const petitionLate = await leadTask(t, planId, 'petition', 'written-notice');
  return { opinionLate, recordLate, opinionSoon, recordLater, opinionDone: { ...opinionDone, status: 'done' }, recordOpen, petitionLate };
}
