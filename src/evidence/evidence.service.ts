import { BadRequestException, ForbiddenException, Injectable, NotFoundException, UnsupportedMediaTypeException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { In, Repository } from 'typeorm';
import type { AuthUser } from '../access/auth-user';
import { CatalogService } from '../catalog/catalog.service';
import { Clock } from '../common/clock';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { OrgDirectory } from '../org/org-directory.service';
import { TaskEvidence, TaskEvidenceFile } from '../tasks/task-ports';
import { TaskQueriesService } from '../tasks/task-queries.service';
import { TaskStore } from '../tasks/task-store.service';
import { TasksService } from '../tasks/tasks.service';
import { EvidenceFile } from './evidence-file.entity';
import { ALLOWED_DESCRIPTION, detectAllowedType } from './evidence-types';

/** One evidence file of a year, with the names a binder files it under. */
export interface YearEvidence {
  id: number;
  workPointName: string;
  taskTitle: string;
  periodLabel: string;
  departmentName: string;
  fileName: string;
  size: number;
  uploadedByName: string;
  uploadedAt: Date;
  /** Absolute path of the stored bytes. */
  path: string;
}

/** Task ids per IN list: well under SQLite's and PostgreSQL's bound-parameter limits. */
const ID_CHUNK = 500;

export interface UploadedFile {
  path: string;
  originalname: string;
  size: number;
}

/**
 * Evidence files: content-checked, stored once by SHA-256, readable by whoever may read the task.
 * Also the TaskEvidence port that lists a task's files on the task page.
 */
@Injectable()
export class EvidenceService extends TaskEvidence {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectRepository(EvidenceFile) private readonly files: Repository<EvidenceFile>,
    private readonly tasks: TasksService,
    private readonly taskRepository: TaskStore,
    private readonly clock: Clock,
    private readonly taskQueries: TaskQueriesService,
    private readonly catalog: CatalogService,
    private readonly org: OrgDirectory,
  ) {
    super();
  }

  filesOf(taskId: number): Promise<TaskEvidenceFile[]> {
    return this.files.find({ where: { taskId }, order: { id: 'ASC' } });
  }

  get storageDir(): string {
    return join(this.config.dataDir, 'evidence');
  }

  async upload(caller: AuthUser, taskId: number, files: UploadedFile[], meta: { effectiveOn?: string; activityId?: number }): Promise<EvidenceFile[]> {
    try {
      const task = await this.tasks.readable(caller, taskId);
      if (!(await this.tasks.mayWorkOn(caller, task))) throw new ForbiddenException('只有本部门的负责人和工作人员可以上传佐证材料');
      if (meta.activityId !== undefined && !(await this.taskRepository.activityExists(taskId, meta.activityId))) {
        throw new NotFoundException(`活动 ${meta.activityId} 不属于任务 ${taskId}`);
      }
      if (!files.length) throw new BadRequestException('请选择要上传的文件（字段名 files）');
      const types = await Promise.all(files.map((f) => detectAllowedType(f.path)));
      const refused = files.filter((_, i) => !types[i]).map((f) => f.originalname);
      if (refused.length) throw new UnsupportedMediaTypeException(`不支持的文件类型：${refused.join('、')}（按文件内容识别；允许 ${ALLOWED_DESCRIPTION}）`);
      const saved: EvidenceFile[] = [];
      for (const [i, file] of files.entries()) {
        const sha256 = await this.store(file.path);
        saved.push(
          await this.files.save({
            taskId,
            activityId: meta.activityId ?? null,
            sha256,
            size: file.size,
            mimeType: types[i]!,
            fileName: file.originalname.slice(0, 255),
            effectiveOn: meta.effectiveOn ?? this.clock.today(),
            uploadedById: caller.id,
          }),
        );
      }
      return saved;
    } finally {
      await Promise.all(files.map((f) => rm(f.path, { force: true })));
    }
  }

  /** The file's row and absolute path, if the caller may read its task. */
  async open(caller: AuthUser, id: number): Promise<{ file: EvidenceFile; path: string }> {
    const file = await this.files.findOneBy({ id });
    if (!file) throw new NotFoundException(`材料 ${id} 不存在或无权查看`);
    await this.tasks.readable(caller, file.taskId).catch(() => {
      throw new NotFoundException(`材料 ${id} 不存在或无权查看`);
    });
    return { file, path: this.pathOf(file.sha256) };
  }

  /**
   * Every evidence file of the year's plans (optionally one work point or department), ordered by
   * work point, task and upload. Rows only: the bytes stay on disk until a reader streams them.
   */
  async ofYear(year: number, scope: { workPointId?: number | null; departmentId?: number | null }): Promise<YearEvidence[]> {
    const qb = this.taskRepository.query().where('t.plan_id IN (:...plans)', { plans: await this.taskQueries.plansOfYear(year) });
    if (scope.workPointId != null) qb.andWhere('t.work_point_id = :wp', { wp: scope.workPointId });
    if (scope.departmentId != null) qb.andWhere('t.department_id = :dept', { dept: scope.departmentId });
    const tasks = await qb.orderBy('t.work_point_id', 'ASC').addOrderBy('t.id', 'ASC').getMany();
    const files: EvidenceFile[] = [];
    for (let i = 0; i < tasks.length; i += ID_CHUNK) {
      files.push(...(await this.files.find({ where: { taskId: In(tasks.slice(i, i + ID_CHUNK).map((t) => t.id)) }, order: { id: 'ASC' } })));
    }
    const unique = (ids: number[]) => [...new Set(ids)];
    const [workPoints, departments, users] = await Promise.all([
      this.catalog.workPointNames(unique(tasks.map((t) => t.workPointId))),
      this.org.departmentNames(unique(tasks.map((t) => t.departmentId))),
      this.org.userNames(unique(files.map((f) => f.uploadedById))),
    ]);
    const order = new Map(tasks.map((t, i) => [t.id, i]));
    const taskOf = new Map(tasks.map((t) => [t.id, t]));
    return files
      .sort((a, b) => order.get(a.taskId)! - order.get(b.taskId)! || a.id - b.id)
      .map((f) => {
        const task = taskOf.get(f.taskId)!;
        return {
          id: f.id,
          workPointName: workPoints.get(task.workPointId) ?? '',
          taskTitle: task.title,
          periodLabel: task.periodLabel,
          departmentName: departments.get(task.departmentId) ?? '',
          fileName: f.fileName,
          size: f.size,
          uploadedByName: users.get(f.uploadedById) ?? '',
          uploadedAt: f.uploadedAt,
          path: this.pathOf(f.sha256),
        };
      });
  }

  private pathOf(sha256: string): string {
    return join(this.storageDir, sha256.slice(0, 2), sha256);
  }

  /** Moves the upload into content-addressed storage; identical files are kept once. */
  private async store(tmpPath: string): Promise<string> {
    const hash = createHash('sha256');
    await pipeline(createReadStream(tmpPath), hash);
    const sha256 = hash.digest('hex');
    const target = this.pathOf(sha256);
    if (!existsSync(target)) {
      await mkdir(join(this.storageDir, sha256.slice(0, 2)), { recursive: true });
      await rename(tmpPath, target);
    }
    return sha256;
  }
}
