import { ConflictException } from '@nestjs/common';
import { BureauModule } from '../../src/bureau/bureau.module';
import { CalendarModule } from '../../src/calendar/calendar.module';
import { CatalogModule } from '../../src/catalog/catalog.module';
import { requestContext } from '../../src/common/request-context';
import { OrgModule } from '../../src/org/org.module';
import { EvidenceModule } from '../../src/evidence/evidence.module';
import { PlansModule } from '../../src/plans/plans.module';
import { PlansService } from '../../src/plans/plans.service';
import { DataSource } from 'typeorm';
import { Task } from '../../src/tasks/task.entity';
import { TaskStore } from '../../src/tasks/task-store.service';
import { TasksModule } from '../../src/tasks/tasks.module';
import { TasksService } from '../../src/tasks/tasks.service';
import type { AuthUser } from '../../src/access/auth-user';
import { bootServices, createBureau, type Bureau, type ServiceApp } from './support/service-app';

describe('TasksService on SQLite (no HTTP, no Redis)', () => {
  let app: ServiceApp;
  let bureau: Bureau;
  let tasks: TasksService;

  /** An open lead task without gates, target or review, and the head of its department. */
  const plainTask = async (skip: number): Promise<{ id: number; head: AuthUser }> => {
    const [row] = await app.sql<{ id: number; department_id: number }>(
      `SELECT id, department_id FROM tasks WHERE status = 'open' AND needs_review = 0 AND gate_task_ids = '[]'
       AND target_count IS NULL AND lead_task_id IS NULL ORDER BY id LIMIT 1 OFFSET ${skip}`,
    );
    const head = [...bureau.heads.values(), ...bureau.schoolHeads].find((h) => h.departmentId === row.department_id)!;
    return { id: row.id, head };
  };
  const as = <T>(user: AuthUser, work: () => Promise<T>) => requestContext.run({ requestId: `spec-${user.id}`, userId: user.id }, work);
  const rowsOf = async (taskId: number) => ({
    task: (await app.sql<{ status: string; completion_note: string | null }>('SELECT status, completion_note FROM tasks WHERE id = ?', [taskId]))[0],
    history: await app.sql<{ action: string; from_status: string; to_status: string; user_id: number }>(
      'SELECT action, from_status, to_status, user_id FROM task_transitions WHERE task_id = ?',
      [taskId],
    ),
    audit: await app.sql<{ action: string; user_id: number; request_id: string; before: string; after: string }>(
      "SELECT action, user_id, request_id, before, after FROM audit_events WHERE entity = 'tasks' AND entity_id = ? AND action LIKE 'task.%'",
      [String(taskId)],
    ),
  });

  beforeAll(async () => {
    app = await bootServices([OrgModule, CatalogModule, CalendarModule, BureauModule, TasksModule, PlansModule, EvidenceModule]);
    bureau = await createBureau(app);
    tasks = app.get(TasksService);
    app.pinClock('2026-06-10');
    await requestContext.run({ requestId: 'plan' }, () => app.get(PlansService).createAnnual(2026, bureau.admin, '2026-01-01'));
  });
  afterAll(() => app?.close());

  it('a tick-off writes the status, one history row and one audit event of the same request', async () => {
    const { id, head } = await plainTask(0);

    const done = await as(head, () => tasks.complete(head, id, { note: '已完成' }));

    expect(done.status).toBe('done');
    const { task, history, audit } = await rowsOf(id);
    expect(task).toEqual({ status: 'done', completion_note: '已完成' });
    expect(history).toEqual([{ action: 'complete', from_status: 'open', to_status: 'done', user_id: head.id }]);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'task.complete', user_id: head.id, request_id: `spec-${head.id}` });
    expect(JSON.parse(audit[0].before)).toMatchObject({ status: 'open', completionNote: null });
    expect(JSON.parse(audit[0].after)).toMatchObject({ status: 'done', completionNote: '已完成' });
  });

  it('a tick-off whose audit write fails leaves the task, its history and the trail as they were', async () => {
    const { id, head } = await plainTask(0);
    await app.sql(
      `CREATE TRIGGER spec_refuse_audit BEFORE INSERT ON audit_events WHEN NEW.entity_id = '${id}' BEGIN SELECT RAISE(ABORT, 'audit refused'); END`,
    );
    try {
      await expect(as(head, () => tasks.complete(head, id, { note: '已完成' }))).rejects.toThrow('audit refused');
    } finally {
      await app.sql('DROP TRIGGER spec_refuse_audit');
    }

    expect(await rowsOf(id)).toEqual({ task: { status: 'open', completion_note: null }, history: [], audit: [] });
  });

  it("reads a ticked-off task back through the store's own SQL exactly as TypeORM reads it", async () => {
    const { id, head } = await plainTask(0);
    await as(head, () => tasks.complete(head, id, { note: '核对读取' }));

    const viaStore = await app.get(TaskStore).findById(id);
    const viaTypeOrm = await app.get(DataSource).getRepository(Task).findOneBy({ id });

    expect(viaStore).toEqual(viaTypeOrm);
    expect(viaStore).toMatchObject({ status: 'done', needsReview: false, gateTaskIds: [], completedById: head.id });
    expect(viaStore!.completedAt).toBeInstanceOf(Date);
  });

  it('a refused tick-off (gate still open) writes nothing', async () => {
    const [gated] = await app.sql<{ id: number; department_id: number }>(
      "SELECT id, department_id FROM tasks WHERE status = 'open' AND gate_task_ids <> '[]' AND target_count IS NULL ORDER BY id LIMIT 1",
    );
    const head = [...bureau.heads.values(), ...bureau.schoolHeads].find((h) => h.departmentId === gated.department_id)!;

    await expect(as(head, () => tasks.complete(head, gated.id, { note: '提前办结' }))).rejects.toBeInstanceOf(ConflictException);

    const { task, history, audit } = await rowsOf(gated.id);
    expect(task.status).toBe('open');
    expect(history).toEqual([]);
    expect(audit).toEqual([]);
  });
});
