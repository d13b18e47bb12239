import { Test, type TestingModule } from '@nestjs/testing';
import { Global, Module, type DynamicModule, type Provider, type Type } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../src/access/auth-user';
import { loadCatalogueFile } from '../../../src/catalog/catalogue-file';
import { Clock } from '../../../src/common/clock';
import { CommonModule } from '../../../src/common/common.module';
import { requestContext } from '../../../src/common/request-context';
import { loadConfig } from '../../../src/config/app-config';
import { ConfigModule } from '../../../src/config/config.module';
import { DatabaseModule } from '../../../src/database/database.module';
import { DepartmentsService } from '../../../src/org/departments.service';
import { JobQueue } from '../../../src/queue/job-queue';
import type { UserRole } from '../../../src/access/auth-user';
import { UsersService } from '../../../src/org/users.service';

/**
 * Services against a real SQLite file with the real migrations, without HTTP, Redis or BullMQ:
 * only the feature modules a test names (immich's "medium" tests).
 */
export interface ServiceApp {
  module: TestingModule;
  get<T>(type: Type<T>): T;
  /** Raw SQL on the test database, for assertions. */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  /** Pins "now" to `hhmm` Asia/Shanghai on `date`. */
  pinClock(date: string, hhmm?: string): void;
  close(): Promise<void>;
}

/** The queue is an edge here: jobs are recorded for assertions, never run (no Redis). */
export class RecordingQueue {
  readonly added: { name: string; payload: unknown }[] = [];
  add(name: string, payload: unknown): Promise<boolean> {
    this.added.push({ name, payload });
    return Promise.resolve(true);
  }
  addBulk(name: string, jobs: { payload: unknown }[]): Promise<boolean> {
    for (const job of jobs) this.added.push({ name, payload: job.payload });
    return Promise.resolve(true);
  }
  defineScheduler(): void {}
}

@Global()
@Module({ providers: [{ provide: JobQueue, useClass: RecordingQueue }], exports: [JobQueue] })
class RecordingQueueModule {}

export async function bootServices(imports: (Type | DynamicModule)[], providers: Provider[] = []): Promise<ServiceApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-service-'));
  const config = loadConfig({}, { DATA_DIR: dataDir, DEMO: 'false', ADMIN_PASSWORD: 'Admin@Service1', PASSWORD_HASH_MEMORY_KIB: '1024', LOG_LEVEL: 'error' });
  const module = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(config), DatabaseModule, CommonModule, RecordingQueueModule, ...imports],
    providers,
  }).compile();
  module.useLogger(false);
  await module.init();
  const dataSource = module.get(DataSource);
  return {
    module,
    get: (type) => module.get(type, { strict: false }),
    sql: (query, params = []) => dataSource.query(query, params),
    pinClock: (date, hhmm = '10:00') => module.get(Clock).pin(new Date(`${date}T${hhmm}:00+08:00`)),
    close: async () => {
      await module.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A bureau with one office per catalogue role (its head and one staff member) and two schools. */
export interface Bureau {
  admin: AuthUser;
  /** Head of the office playing each role code. */
  heads: Map<string, AuthUser>;
  schoolHeads: AuthUser[];
}

export async function createBureau(app: ServiceApp): Promise<Bureau> {
  return requestContext.run({ requestId: 'fixture', actor: 'fixture' }, async () => {
    const departments = app.get(DepartmentsService);
    const users = app.get(UsersService);
    const person = async (login: string, role: UserRole, departmentId: number | null): Promise<AuthUser> => {
      const { userId } = await users.create({
        login,
        name: `用户${login}`,
        email: `${login}@service.test`,
        role,
        departmentId: departmentId ?? undefined,
        password: 'Service@2026',
      });
      return { id: userId, login, name: `用户${login}`, role, departmentId, isBureauHead: false };
    };
    const heads = new Map<string, AuthUser>();
    for (const { code, name } of loadCatalogueFile().departmentRoles) {
      const dept = await departments.create({ code, name, kind: 'office' });
      await departments.assignRole(code, dept.id);
      heads.set(code, await person(`${code}-head`, 'head', dept.id));
      await person(`${code}-staff`, 'staff', dept.id);
    }
    const schoolHeads: AuthUser[] = [];
    for (const n of [1, 2]) {
      const school = await departments.create({ code: `school-${n}`, name: `第${n}中学`, kind: 'school' });
      schoolHeads.push(await person(`school-${n}-head`, 'head', school.id));
    }
    const admin = await person('fixture-admin', 'admin', null);
    return { admin, heads, schoolHeads };
  });
}
