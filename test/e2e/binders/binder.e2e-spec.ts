import ExcelJS from 'exceljs';
import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Clock } from '../../../src/common/clock';
import { DATABASES } from '../support/databases';
import { binaryParser, createAnnualPlan, createBureau, listAll, minimalPdf, minimalPng, must, type Bureau, type DeptName } from '../support/engine-fixtures';
import { expectError, expectStatus } from '../support/expectations';
import type { TestUser } from '../support/fixtures';
import { eventually } from '../support/smtp-sink';
import { bootTestApp, type AuthedClient, type TestApp } from '../support/test-app';

interface Task {
  id: number;
  title: string;
  periodLabel: string;
  departmentId: number;
  departmentName: string;
  workPointId: number;
  workPointName: string;
}

interface Binder {
  id: number;
  status: string;
  filesDone: number;
  filesTotal: number;
  bytes: number;
  error: string | null;
  departmentId: number | null;
  workPointId: number | null;
}

/** An uploaded file and where the binder must file it. */
interface Expected {
  bytes: Buffer;
  path: string;
  fileName: string;
  task: Task;
}

/** Every entry of a zip: bytes and whether the name carries the UTF-8 flag (bit 11). */
async function unzip(zip: Buffer): Promise<Map<string, { bytes: Buffer; utf8: boolean }>> {
  const out = new Map<string, { bytes: Buffer; utf8: boolean }>();
  const file = await new Promise<ZipFile>((resolve, reject) => fromBuffer(zip, { lazyEntries: true }, (err, z) => (err ? reject(err) : resolve(z))));
  await new Promise<void>((resolve, reject) => {
    file.on('error', reject);
    file.on('end', resolve);
    file.on('entry', (entry: Entry) => {
      file.openReadStream(entry, (err, stream) => {
        if (err) return reject(err);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          out.set(entry.fileName, { bytes: Buffer.concat(chunks), utf8: (entry.generalPurposeBitFlag & 0x800) !== 0 });
          file.readEntry();
        });
      });
    });
    file.readEntry();
  });
  return out;
}

async function indexRows(xlsx: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as never);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString() : String(v)))));
  return rows;
}

/**
 * Issue 13, point 4 — 佐证材料汇编: a job zips a year's evidence into 工作要点/事项/单位/原文件名
 * with index.xlsx; scope filters; a head binds only their own department and sees only their own.
 */
describe.each(DATABASES)('binders: evidence binder (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;
  let admin: AuthedClient;
  const expected: Expected[] = [];
  let officeA: Task;
  let officeB: Task;
  let safetyA: Task;

  const itemFolder = (task: Task) => (['本事项', '一次性'].includes(task.periodLabel) ? task.title : `${task.title}（${task.periodLabel}）`);
  const folderOf = (task: Task) => `${task.workPointName}/${itemFolder(task)}/${task.departmentName}`;

  const upload = async (user: TestUser, task: Task, files: [Buffer, string][], storedNames: string[]) => {
    let req = (await b.as(user)).post(`/tasks/${task.id}/evidence`);
    for (const [bytes, filename] of files) req = req.attach('files', bytes, { filename, contentType: 'application/octet-stream' });
    expectStatus(await req, 201);
    files.forEach(([bytes, fileName], i) => expected.push({ bytes, fileName, task, path: `${folderOf(task)}/${storedNames[i]}` }));
  };

  const request = async (client: AuthedClient, body: Record<string, unknown>) => must<Binder>(await client.post('/binders').send(body), 202, 'request binder');
  const finished = (client: AuthedClient, id: number) =>
    eventually(
      async () => {
        const binder = must<Binder>(await client.get(`/binders/${id}`), 200, 'binder');
        return binder.status === 'done' || binder.status === 'failed' ? binder : null;
      },
      30_000,
      `binder ${id} to finish`,
    );
  const download = async (client: AuthedClient, id: number) =>
    client
      .get(`/binders/${id}/download`)
      .buffer(true)
      .parse(binaryParser as never);
  const built = async (client: AuthedClient, body: Record<string, unknown>) => {
    const { id } = await request(client, body);
    const binder = await finished(client, id);
    expect(binder).toEqual(expect.objectContaining({ status: 'done', error: null }));
    const res = await download(client, id);
    expectStatus(res, 200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(Number(res.headers['content-length'])).toBe(binder.bytes);
    return { binder, entries: await unzip(res.body as Buffer) };
  };
  /** The evidence entries of a zip (everything but index.xlsx). */
  const evidencePaths = (entries: Map<string, unknown>) => [...entries.keys()].filter((p) => p !== 'index.xlsx').sort();

  beforeAll(async () => {
    t = await bootTestApp({ db });
    b = await createBureau(t);
    admin = b.admin;
    const { planId } = await createAnnualPlan(t, 2026);
    const tasks = (await listAll(admin, { planId })) as unknown as Task[];
    const plain = (x: Task) => !/[/\\:*?"<>|]/.test(x.title);
    const ofDept = (d: DeptName) => tasks.filter((x) => x.departmentId === b.dept[d] && plain(x));
    officeA = ofDept('office')[0]!;
    officeB = ofDept('office').find((x) => x.workPointId !== officeA.workPointId)!;
    safetyA = ofDept('safety').find((x) => x.workPointId === officeA.workPointId) ?? ofDept('safety')[0]!;
    expect([officeA, officeB, safetyA].every(Boolean)).toBe(true);

    await upload(
      b.staff.office,
      officeA,
      [
        [minimalPdf('会议纪要一'), '会议纪要.pdf'],
        [minimalPng(), '现场照片.png'],
      ],
      ['会议纪要.pdf', '现场照片.png'],
    );
    // Same name again in the same folder, and characters Windows refuses in a file name.
    await upload(
      b.staff.office,
      officeA,
      [
        [minimalPdf('会议纪要二'), '会议纪要.pdf'],
        [minimalPdf('问答'), '问答：是否合规?.pdf'],
      ],
      ['会议纪要 (2).pdf', '问答：是否合规_.pdf'],
    );
    await upload(b.head.office, officeB, [[minimalPdf('年度报告'), '2026年度法治建设报告.pdf']], ['2026年度法治建设报告.pdf']);
    await upload(b.staff.safety, safetyA, [[minimalPdf('安全检查'), '安全检查记录.pdf']], ['安全检查记录.pdf']);
  });
  afterAll(async () => {
    t?.app.get(Clock).pin(null);
    await t?.close();
  });

  it('zips every file of the year under 工作要点/事项/单位 with its original name and bytes, and reports progress to the total', async () => {
    const { binder, entries } = await built(admin, { year: 2026 });
    expect(binder).toEqual(expect.objectContaining({ filesDone: expected.length, filesTotal: expected.length }));
    expect(evidencePaths(entries)).toEqual(expected.map((e) => e.path).sort());
    for (const e of expected) expect(entries.get(e.path)!.bytes.equals(e.bytes)).toBe(true);
    // Chinese names are stored as UTF-8 and flagged so (unzip tools would garble them otherwise).
    expect([...entries.values()].every((e) => e.utf8)).toBe(true);
  });

  it('lists every file in index.xlsx with work point, item, unit, name, size, uploader and path', async () => {
    const { entries } = await built(admin, { year: 2026 });
    const [header, ...rows] = await indexRows(entries.get('index.xlsx')!.bytes);
    expect(header).toEqual(['工作要点', '事项', '单位', '文件名', '大小（字节）', '上传人', '上传时间', '压缩包内路径']);
    expect(rows.map((r) => r[7]).sort()).toEqual(expected.map((e) => e.path).sort());
    const report = rows.find((r) => r[3] === '2026年度法治建设报告.pdf')!;
    const file = expected.find((e) => e.fileName === '2026年度法治建设报告.pdf')!;
    expect(report.slice(0, 6)).toEqual([
      officeB.workPointName,
      itemFolder(officeB),
      officeB.departmentName,
      file.fileName,
      String(file.bytes.length),
      `${officeB.departmentName}股长`,
    ]);
    expect(Number.isNaN(Date.parse(report[6]!))).toBe(false);
  });

  it('binds one work point or one department only', async () => {
    const byWorkPoint = await built(admin, { year: 2026, workPointId: officeB.workPointId });
    expect(evidencePaths(byWorkPoint.entries)).toEqual(
      expected
        .filter((e) => e.task.workPointId === officeB.workPointId)
        .map((e) => e.path)
        .sort(),
    );
    const byDept = await built(await b.as(b.leader), { year: 2026, departmentId: b.dept.safety });
    expect(evidencePaths(byDept.entries)).toEqual(
      expected
        .filter((e) => e.task.departmentId === b.dept.safety)
        .map((e) => e.path)
        .sort(),
    );
  });

  it('gives 政策法规股 the whole bureau and another head only their own department', async () => {
    const legal = await built(await b.as(b.staff.legal), { year: 2026 });
    expect(evidencePaths(legal.entries)).toHaveLength(expected.length);
    const head = await built(await b.as(b.head.safety), { year: 2026 });
    expect(head.binder.departmentId).toBe(b.dept.safety);
    expect(evidencePaths(head.entries)).toEqual(
      expected
        .filter((e) => e.task.departmentId === b.dept.safety)
        .map((e) => e.path)
        .sort(),
    );
  });

  it('refuses a head another department (403) and staff outside 政策法规股 (403)', async () => {
    expectError(await (await b.as(b.head.safety)).post('/binders').send({ year: 2026, departmentId: b.dept.office }), 403);
    expectError(await (await b.as(b.staff.office)).post('/binders').send({ year: 2026 }), 403);
  });

  it("hides another user's binder (404) and lists only one's own; an admin lists all", async () => {
    const { id } = await request(admin, { year: 2026, departmentId: b.dept.office });
    const headSafety = await b.as(b.head.safety);
    expectError(await download(headSafety, id), 404);
    expectError(await headSafety.get(`/binders/${id}`), 404);
    const mine = must<Binder[]>(await headSafety.get('/binders'), 200, 'my binders');
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((x) => x.departmentId === b.dept.safety)).toBe(true);
    const all = must<Binder[]>(await admin.get('/binders'), 200, 'all binders');
    expect(all.map((x) => x.id)).toEqual(expect.arrayContaining([id, ...mine.map((x) => x.id)]));
    await finished(admin, id);
  });

  it('checks the request: a work point or department that does not exist (404), a bad year (400)', async () => {
    expectError(await admin.post('/binders').send({ year: 2026, workPointId: 999999 }), 404);
    expectError(await admin.post('/binders').send({ year: 2026, departmentId: 999999 }), 404);
    expectError(await admin.post('/binders').send({ year: '明年' }), 400);
    expectError(await admin.post('/binders').send({ year: 2026, extra: 1 }), 400);
  });

  // Last: it removes every binder built above.
  it('removes binders older than BINDER_KEEP_DAYS (file and record) when the next one is requested', async () => {
    await built(admin, { year: 2026, departmentId: b.dept.office });
    const old = must<Binder[]>(await admin.get('/binders'), 200, 'all binders');
    const dir = join(t.config.dataDir, 'binders');
    expect(readdirSync(dir).some((f) => f.endsWith('.zip'))).toBe(true);
    t.app.get(Clock).pin(new Date(Date.now() + 8 * 86_400_000));
    const { id } = await request(admin, { year: 2026, departmentId: b.dept.safety });
    for (const binder of old) expectError(await admin.get(`/binders/${binder.id}`), 404);
    for (const binder of old) expect(existsSync(join(dir, `${binder.id}.zip`))).toBe(false);
    expect(must<Binder[]>(await admin.get('/binders'), 200, 'all binders').map((x) => x.id)).toEqual([id]);
    await finished(admin, id);
  });
});
