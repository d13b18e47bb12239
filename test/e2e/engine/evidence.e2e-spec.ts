import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Clock } from '../../../src/common/clock';
import { DATABASES } from '../support/databases';
import {
  binaryParser,
  createAnnualPlan,
  createBureau,
  leadTask,
  minimalPdf,
  minimalPng,
  must,
  sha256,
  tasksOfItem,
  type Bureau,
  type TaskSummary,
} from '../support/engine-fixtures';
import { expectError, expectFieldError, expectStatus } from '../support/expectations';
import type { TestUser } from '../support/fixtures';
import { bootTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 3 — evidence (佐证材料): types are recognised from the bytes (a renamed text file is
 * refused), size and count are limited (here UPLOAD_MAX_MB=1, UPLOAD_MAX_FILES=2), files are
 * stored once under DATA_DIR/evidence by SHA-256 and downloaded only by who may read the task.
 */
describe.each(DATABASES)('engine: evidence (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;
  /** 将法治建设纳入年度目标考核: lead 局办公室; supporting 人事财务股 and 政策法规股; no review. */
  let task: TaskSummary;
  let supporting: TaskSummary[];
  const pdf = minimalPdf('目标考核');
  const png = minimalPng();

  beforeAll(async () => {
    t = await bootTestApp({ db, env: { UPLOAD_MAX_MB: '1', UPLOAD_MAX_FILES: '2' } });
    b = await createBureau(t);
    const { planId } = await createAnnualPlan(t, 2026);
    [task, ...supporting] = await tasksOfItem(t, planId, 'organisation-leadership-annual', 'target-assessment');
    expect(task.departmentId).toBe(b.dept.office);
    t.app.get(Clock).pin(new Date('2026-04-15T02:00:00Z'));
  });
  afterAll(async () => {
    t?.app.get(Clock).pin(null);
    await t?.close();
  });

  const upload = async (user: TestUser, taskId: number, files: [Buffer, string, string][], fields: Record<string, string> = {}) => {
    let req = (await b.as(user)).post(`/tasks/${taskId}/evidence`);
    for (const [key, value] of Object.entries(fields)) req = req.field(key, value);
    for (const [bytes, filename, contentType] of files) req = req.attach('files', bytes, { filename, contentType });
    return req;
  };
  const download = async (user: TestUser, id: number) =>
    (await b.as(user))
      .get(`/evidence/${id}`)
      .buffer(true)
      .parse(binaryParser as never);
  const evidenceOf = async (taskId: number) => must(await b.admin.get(`/tasks/${taskId}`), 200, 'detail').evidence as { id: number; sha256: string }[];
  /** Refused uploads are removed from the temp folder (asynchronously: give it a moment). */
  const expectNoTmpFiles = async () => {
    const left = () => readdirSync(join(t.config.dataDir, 'uploads-tmp'));
    for (let i = 0; i < 40 && left().length; i++) await new Promise((r) => setTimeout(r, 25));
    expect(left()).toEqual([]);
  };

  let pdfId: number;

  it('accepts a real PDF and PNG, recognised from their bytes, and stores them by SHA-256', async () => {
    const res = await upload(b.staff.office, task.id, [
      [pdf, '考核文件.pdf', 'application/pdf'],
      [png, '会议照片.png', 'image/png'],
    ]);
    expectStatus(res, 201);
    expect(res.body).toEqual([
      expect.objectContaining({
        taskId: task.id,
        fileName: '考核文件.pdf',
        mimeType: 'application/pdf',
        size: pdf.length,
        sha256: sha256(pdf),
        effectiveOn: '2026-04-15',
        uploadedById: b.staff.office.id,
      }),
      expect.objectContaining({ taskId: task.id, fileName: '会议照片.png', mimeType: 'image/png', size: png.length, sha256: sha256(png) }),
    ]);
    pdfId = res.body[0].id;
    for (const bytes of [pdf, png]) {
      const stored = join(t.config.dataDir, 'evidence', sha256(bytes).slice(0, 2), sha256(bytes));
      expect(existsSync(stored)).toBe(true);
      expect(sha256(readFileSync(stored))).toBe(sha256(bytes));
    }
    await expectNoTmpFiles();
  });

  it('takes the type from the content, not the name or the declared type (415)', async () => {
    const text = Buffer.from('这不是PDF文件，只是改了扩展名的文本。\n');
    const spoofed = await upload(b.staff.office, task.id, [[text, '伪装.pdf', 'application/pdf']]);
    expect(expectError(spoofed, 415).message).toContain('伪装.pdf');
    // One bad file refuses the whole upload: the good one beside it is not kept either.
    expectError(
      await upload(b.staff.office, task.id, [
        [minimalPdf('另一份'), '好文件.pdf', 'application/pdf'],
        [text, '坏文件.docx', 'application/octet-stream'],
      ]),
      415,
    );
    // An executable disguised as an image.
    expectError(await upload(b.staff.office, task.id, [[Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), '照片.png', 'image/png']]), 415);
    expect((await evidenceOf(task.id)).length).toBe(2);
    await expectNoTmpFiles();
  });

  it('refuses a file over UPLOAD_MAX_MB (413) and more files than UPLOAD_MAX_FILES', async () => {
    const big = Buffer.concat([pdf, Buffer.alloc(1.5 * 1024 * 1024, 0x20)]);
    expectError(await upload(b.staff.office, task.id, [[big, '大文件.pdf', 'application/pdf']]), 413);
    const tooMany = await upload(
      b.staff.office,
      task.id,
      [1, 2, 3].map((n) => [minimalPdf(`第${n}份`), `${n}.pdf`, 'application/pdf'] as [Buffer, string, string]),
    );
    expect([400, 413]).toContain(tooMany.status);
    expectError(tooMany, tooMany.status);
    expect((await evidenceOf(task.id)).length).toBe(2);
    await expectNoTmpFiles();
  });

  it('checks the form fields: a date for effectiveOn, an activity of this task', async () => {
    expectFieldError(await upload(b.staff.office, task.id, [[pdf, 'a.pdf', 'application/pdf']], { effectiveOn: '15/04/2026' }), 'effectiveOn');
    expectError(await upload(b.staff.office, task.id, [[pdf, 'a.pdf', 'application/pdf']], { activityId: '999999' }), 404);
    const ok = await upload(b.head.office, task.id, [[pdf, '同一文件.pdf', 'application/pdf']], { effectiveOn: '2026-03-20' });
    expectStatus(ok, 201);
    // The same bytes again: a second record, one stored file.
    expect(ok.body[0]).toEqual(expect.objectContaining({ sha256: sha256(pdf), effectiveOn: '2026-03-20', fileName: '同一文件.pdf' }));
    expect(readdirSync(join(t.config.dataDir, 'evidence', sha256(pdf).slice(0, 2))).filter((f) => f === sha256(pdf))).toHaveLength(1);
  });

  it('lets only the own department upload: others 404 when they cannot see the task, 403 when they can', async () => {
    expectError(await upload(b.head.safety, task.id, [[pdf, 'x.pdf', 'application/pdf']]), 404);
    expectError(await upload(b.head.personnel, task.id, [[pdf, 'x.pdf', 'application/pdf']]), 404);
    expectError(await upload(b.leader, task.id, [[pdf, 'x.pdf', 'application/pdf']]), 403);
    // The supporting department uploads to its own supporting task.
    const own = supporting.find((s) => s.departmentId === b.dept.personnel)!;
    expectStatus(await upload(b.staff.personnel, own.id, [[png, '人事材料.png', 'image/png']]), 201);
    await expectNoTmpFiles();
  });

  it('downloads the same bytes for the department and a leader, 404 for anyone else', async () => {
    for (const user of [b.head.office, b.staff.office, b.leader]) {
      const res = await download(user, pdfId);
      expectStatus(res, 200, user.login);
      expect(res.headers['content-type']).toMatch(/^application\/pdf/);
      expect(res.headers['content-disposition']).toContain(encodeURIComponent('考核文件.pdf'));
      expect(sha256(res.body as Buffer)).toBe(sha256(pdf));
    }
    for (const user of [b.head.safety, b.head.personnel, b.staff.school1]) expectError(await download(user, pdfId), 404);
    expectError(await download(b.head.office, 999999), 404);
  });

  it('lets the lead department read a supporting task’s evidence, not the other way round', async () => {
    const own = supporting.find((s) => s.departmentId === b.dept.personnel)!;
    const [file] = await evidenceOf(own.id);
    expectStatus(await download(b.head.office, file.id), 200);
    expectError(await download(b.head.legal, file.id), 404);
  });
});

describe('engine: evidence on a reviewed task', () => {
  it('the reviewing department may download what it reviews', async () => {
    const t = await bootTestApp();
    try {
      const b = await createBureau(t);
      const { planId } = await createAnnualPlan(t, 2026);
      const report = await leadTask(t, planId, 'powers-services-annual', 'gov-info-annual-report');
      const pdf = minimalPdf('政务公开');
      const res = await (
        await b.as(b.head.office)
      )
        .post(`/tasks/${report.id}/evidence`)
        .attach('files', pdf, { filename: 'report.pdf', contentType: 'application/pdf' });
      expectStatus(res, 201);
      const got = await (
        await b.as(b.head.legal)
      )
        .get(`/evidence/${res.body[0].id}`)
        .buffer(true)
        .parse(binaryParser as never);
      expectStatus(got, 200);
      expect(sha256(got.body as Buffer)).toBe(sha256(pdf));
      expectError(
        await (await b.as(b.head.legal)).post(`/tasks/${report.id}/evidence`).attach('files', pdf, { filename: 'r.pdf', contentType: 'application/pdf' }),
        403,
      );
    } finally {
      await t.close();
    }
  });
});
