import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LessThan, Repository } from 'typeorm';
import { readsWholeBureau, type AuthUser } from '../access/auth-user';
import { CatalogService } from '../catalog/catalog.service';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { EvidenceService } from '../evidence/evidence.service';
import { OrgDirectory } from '../org/org-directory.service';
import { JobHandler } from '../queue/job-handler';
import { JobQueue } from '../queue/job-queue';
import type { JobContext, JobPayloads, JobStatus } from '../queue/jobs';
import { Binder } from './binder.entity';
import { binderPaths, itemFolder } from './binder-layout';
import { BinderEntry, writeBinderZip, writeIndex } from './binder-writer';
import { CreateBinderDto } from './dto/binder.dto';
import { BinderView } from './dto/binder.view';

/** The progress shown while building is written every this many files. */
const PROGRESS_EVERY = 10;
/** Tries of a build: a second one after a crash or a passing disk error. */
const BUILD_ATTEMPTS = 2;
const DAY_MS = 86_400_000;

export class BinderNotFoundError extends DomainError {
  constructor(id: number) {
    super(404, `汇编 ${id} 不存在或无权查看`);
  }
}

export class BinderRefusedError extends DomainError {
  constructor(message: string) {
    super(403, message);
  }
}

export class BinderScopeError extends DomainError {
  constructor(message: string) {
    super(404, message);
  }
}

export class BinderNotReadyError extends DomainError {
  constructor(id: number) {
    super(409, `汇编 ${id} 尚未生成完成，暂不能下载`);
  }
}

/**
 * 佐证材料汇编: a year's evidence as one .zip (folders 工作要点/事项/单位 plus index.xlsx), built by
 * a `build-binder` job into DATA_DIR/binders; each binder is kept BINDER_KEEP_DAYS days.
 */
@Injectable()
export class BindersService {
  private readonly logger = new Logger('Binders');

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectRepository(Binder) private readonly binders: Repository<Binder>,
    private readonly evidence: EvidenceService,
    private readonly catalog: CatalogService,
    private readonly org: OrgDirectory,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
  ) {}

  get dir(): string {
    return join(this.config.dataDir, 'binders');
  }

  /**
   * Leaders, admins and 政策法规股 may bind any scope; another department's head only their own
   * department (the default when they give none).
   */
  async request(caller: AuthUser, dto: CreateBinderDto): Promise<BinderView> {
    let departmentId = dto.departmentId ?? null;
    if (!readsWholeBureau(caller) && !(await this.org.inLegalOffice(caller))) {
      if (caller.role !== 'head' || caller.departmentId === null) throw new BinderRefusedError('只有局领导、管理员、政策法规股和股室负责人可以汇编佐证材料');
      if (departmentId !== null && departmentId !== caller.departmentId) throw new BinderRefusedError('股室负责人只能汇编本股室的佐证材料');
      departmentId = caller.departmentId;
    }
    if (dto.workPointId !== undefined && !(await this.catalog.workPointNames([dto.workPointId])).has(dto.workPointId)) {
      throw new BinderScopeError(`工作要点 ${dto.workPointId} 不存在`);
    }
    if (departmentId !== null && !(await this.org.departmentNames([departmentId])).has(departmentId)) throw new BinderScopeError(`股室 ${departmentId} 不存在`);
    await this.removeExpired();
    const binder = await this.binders.save(
      this.binders.create({
        requestedById: caller.id,
        year: dto.year,
        workPointId: dto.workPointId ?? null,
        departmentId,
        status: 'queued',
        createdAt: this.clock.now(),
      }),
    );
    if (!(await this.queue.add('build-binder', { binderId: binder.id }, { jobId: `binder-${binder.id}` }))) {
      await this.binders.update(binder.id, { status: 'failed', error: '任务队列暂不可用，请稍后重新申请', finishedAt: this.clock.now() });
    }
    return (await this.views([await this.binders.findOneByOrFail({ id: binder.id })]))[0];
  }

  /** The caller's binders, newest first (an admin sees everyone's). */
  async list(caller: AuthUser): Promise<BinderView[]> {
    const rows = await this.binders.find({ where: caller.role === 'admin' ? {} : { requestedById: caller.id }, order: { id: 'DESC' }, take: 100 });
    return this.views(rows);
  }

  async get(caller: AuthUser, id: number): Promise<BinderView> {
    return (await this.views([await this.visible(caller, id)]))[0];
  }

  /** The finished .zip's path and the name it is downloaded under. */
  async download(caller: AuthUser, id: number): Promise<{ path: string; name: string; bytes: number }> {
    const binder = await this.visible(caller, id);
    if (binder.status !== 'done' || !binder.fileName) throw new BinderNotReadyError(id);
    const [view] = await this.views([binder]);
    const name = ['佐证材料汇编', String(binder.year), view.workPointName, view.departmentName, String(binder.id)].filter(Boolean).join('-');
    return { path: join(this.dir, binder.fileName), name: `${name}.zip`, bytes: binder.bytes };
  }

  /**
   * Builds the zip under a temporary name and renames it when complete: a retry after a crash
   * starts the file over, and a download never sees half a zip.
   */
  @JobHandler('build-binder', { attempts: BUILD_ATTEMPTS, backoff: { type: 'fixed', delay: 5_000 } })
  async build({ binderId }: JobPayloads['build-binder'], context: JobContext): Promise<JobStatus> {
    const binder = await this.binders.findOneBy({ id: binderId });
    if (!binder || binder.status === 'done') return 'SKIPPED';
    await this.removeExpired();
    const part = join(this.dir, `${binderId}.zip.part`);
    const indexPath = join(this.dir, `${binderId}.index.xlsx.part`);
    try {
      await mkdir(this.dir, { recursive: true });
      const entries = await this.entries(binder);
      await this.binders.update(binderId, { status: 'running', filesDone: 0, filesTotal: entries.length, error: null });
      await writeIndex(entries, indexPath);
      let progress = Promise.resolve();
      await writeBinderZip(entries, indexPath, part, (done) => {
        if (done % PROGRESS_EVERY === 0) progress = progress.then(() => this.binders.update(binderId, { filesDone: done }).then(() => undefined));
      });
      await progress;
      const fileName = `${binderId}.zip`;
      await rename(part, join(this.dir, fileName));
      const { size } = await stat(join(this.dir, fileName));
      await this.binders.update(binderId, { status: 'done', filesDone: entries.length, bytes: size, fileName, finishedAt: this.clock.now() });
      return 'DONE';
    } catch (err) {
      await rm(part, { force: true });
      const last = context.attempt >= BUILD_ATTEMPTS;
      this.logger.warn(`Binder ${binderId} failed (attempt ${context.attempt}): ${(err as Error).message}`);
      if (last) await this.binders.update(binderId, { status: 'failed', error: `生成失败：${(err as Error).message}`, finishedAt: this.clock.now() });
      throw err;
    } finally {
      await rm(indexPath, { force: true });
    }
  }

  /** Removes binders (file and record) older than BINDER_KEEP_DAYS. */
  async removeExpired(): Promise<number> {
    const expired = await this.binders.find({ where: { createdAt: LessThan(new Date(this.clock.now().getTime() - this.config.BINDER_KEEP_DAYS * DAY_MS)) } });
    for (const b of expired) {
      if (b.fileName) await rm(join(this.dir, b.fileName), { force: true });
      // remove(entity), not delete(id): the audit subscriber records the removed row from it.
      await this.binders.remove(b);
    }
    return expired.length;
  }

  private async entries(binder: Binder): Promise<BinderEntry[]> {
    const rows = await this.evidence.ofYear(binder.year, { workPointId: binder.workPointId, departmentId: binder.departmentId });
    const paths = binderPaths(rows);
    return rows.map((r, i) => ({
      source: r.path,
      zipPath: paths[i],
      workPointName: r.workPointName,
      item: itemFolder(r.taskTitle, r.periodLabel),
      departmentName: r.departmentName,
      fileName: r.fileName,
      size: r.size,
      uploadedByName: r.uploadedByName,
      uploadedAt: r.uploadedAt,
    }));
  }

  /** Only the requester (or an admin) sees a binder; to others it does not exist. */
  private async visible(caller: AuthUser, id: number): Promise<Binder> {
    const binder = await this.binders.findOneBy({ id });
    if (!binder || (caller.role !== 'admin' && binder.requestedById !== caller.id)) throw new BinderNotFoundError(id);
    return binder;
  }

  private async views(rows: Binder[]): Promise<BinderView[]> {
    const ids = (pick: (b: Binder) => number | null) => [...new Set(rows.map(pick).filter((i): i is number => i !== null))];
    const [workPoints, departments, users] = await Promise.all([
      this.catalog.workPointNames(ids((b) => b.workPointId)),
      this.org.departmentNames(ids((b) => b.departmentId)),
      this.org.userNames(ids((b) => b.requestedById)),
    ]);
    return rows.map((b) => ({
      id: b.id,
      year: b.year,
      workPointId: b.workPointId,
      workPointName: b.workPointId === null ? null : (workPoints.get(b.workPointId) ?? ''),
      departmentId: b.departmentId,
      departmentName: b.departmentId === null ? null : (departments.get(b.departmentId) ?? ''),
      requestedById: b.requestedById,
      requestedByName: users.get(b.requestedById) ?? '',
      status: b.status,
      filesDone: b.filesDone,
      filesTotal: b.filesTotal,
      bytes: b.bytes,
      error: b.error,
      createdAt: b.createdAt,
      finishedAt: b.finishedAt,
      expiresAt: new Date(b.createdAt.getTime() + this.config.BINDER_KEEP_DAYS * DAY_MS),
    }));
  }
}
