import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { AuthUser } from '../access/auth-user';
import { CatalogService } from '../catalog/catalog.service';
import { yearOf } from '../common/dates';
import { InputValidationException } from '../common/validation';
import { OrgDirectory } from '../org/org-directory.service';
import { PlansService } from '../plans/plans.service';
import { TaskEvidence } from '../tasks/task-ports';
import { TaskStore } from '../tasks/task-store.service';
import { TasksService } from '../tasks/tasks.service';
import { CreateFindingDto, UpdateFindingDto } from './dto/finding.dto';
import { Finding } from './finding.entity';
import { DEADLINE_ANCHOR, FINDING_TEMPLATE, findingStatus, mayRecord, SOURCE_NAMES, STATUS_NAMES, type FindingSource } from './finding-rules';

/** A finding's plan title: the description's beginning. */
const planTitle = (description: string) => `整改：${description.length > 60 ? `${description.slice(0, 60)}…` : description}`;

/**
 * Records and edits findings, and moves them through the engine: each finding's rectification is
 * the task of its own `finding-rectification` plan, and reporting, 销号 and sending back are that
 * task's complete / accept / return.
 */
@Injectable()
export class FindingsService {
  constructor(
    @InjectRepository(Finding) private readonly findings: Repository<Finding>,
    private readonly plans: PlansService,
    private readonly tasks: TasksService,
    private readonly catalog: CatalogService,
    private readonly org: OrgDirectory,
    private readonly evidence: TaskEvidence,
    private readonly taskStore: TaskStore,
  ) {}

  /** The finding if the caller may see it: the owner department, 政策法规股, leaders and admins; 404 otherwise. */
  async visible(caller: AuthUser, id: number): Promise<Finding> {
    const finding = await this.findings.findOneBy({ id });
    if (!finding || !((await this.readsAll(caller)) || caller.departmentId === finding.departmentId)) {
      throw new NotFoundException(`整改问题 ${id} 不存在或无权查看`);
    }
    return finding;
  }

  /** 政策法规股, leaders and admins read every department's findings. */
  async readsAll(caller: AuthUser): Promise<boolean> {
    return caller.role === 'admin' || caller.role === 'leader' || (caller.role !== 'adviser' && (await this.org.inLegalOffice(caller)));
  }

  /** 政策法规股 and admins edit every field and the deadline of any finding. */
  async editsAll(caller: AuthUser): Promise<boolean> {
    return caller.role === 'admin' || (caller.role !== 'adviser' && caller.role !== 'leader' && (await this.org.inLegalOffice(caller)));
  }

  /** Refuses (403) a caller who may not record a finding of this source for this department. */
  async checkMayRecord(caller: AuthUser, departmentId: number, source: FindingSource): Promise<void> {
    if (mayRecord(caller, await this.editsAll(caller), departmentId, source)) return;
    throw new ForbiddenException(`整改问题由政策法规股、局领导或管理员登记；各股室只能登记本股室的自查问题（不能登记“${SOURCE_NAMES[source]}”问题）`);
  }

  async create(caller: AuthUser, dto: CreateFindingDto): Promise<Finding> {
    await this.checkMayRecord(caller, dto.departmentId, dto.source);
    this.checkDates(dto.foundOn, dto.deadlineOn);
    if (!(await this.org.departmentNames([dto.departmentId])).has(dto.departmentId)) {
      throw new InputValidationException([{ field: 'departmentId', message: `责任股室 ${dto.departmentId} 不存在` }]);
    }
    // Two findings recorded at the same moment may pick the same number: the later one takes the next.
    for (let attempt = 1; ; attempt++) {
      const [code] = await this.nextCodes(yearOf(dto.foundOn), 1);
      try {
        return await this.open(caller, dto, code);
      } catch (err) {
        if (!(err instanceof ConflictException) || attempt === 3) throw err;
      }
    }
  }

  /** Writes the finding together with its plan and task (in `within`, an import's transaction, when given). */
  async open(caller: AuthUser, dto: CreateFindingDto, code: string, within?: EntityManager): Promise<Finding> {
    const template = await this.catalog.findTemplate({ key: FINDING_TEMPLATE });
    if (!template) throw new UnprocessableEntityException('工作要点目录中缺少“问题整改”模板，请先载入最新目录');
    let saved: Finding | undefined;
    const plan = { templateId: template.id, reference: code, title: planTitle(dto.description), anchors: { [DEADLINE_ANCHOR]: dto.deadlineOn } };
    await this.plans.createEventFor(
      plan,
      caller,
      dto.departmentId,
      async (m, p, tasks) => {
        const fields = { ...dto, code, sourceRef: dto.sourceRef ?? '', sourcePlanId: dto.sourcePlanId ?? null, measures: dto.measures ?? '' };
        saved = await m.save(Finding, m.create(Finding, { ...fields, year: yearOf(dto.foundOn), planId: p.id, taskId: tasks[0].id, createdById: caller.id }));
      },
      within,
    );
    return saved!;
  }

  /** The next free 整改编号 of a year (ZG2026-001 …). */
  async nextCodes(year: number, count: number): Promise<string[]> {
    const last = await this.findings.createQueryBuilder('f').select('MAX(f.id)', 'id').where('f.year = :year', { year }).getRawOne<{ id: number | null }>();
    const lastCode = last?.id ? (await this.findings.findOneBy({ id: last.id }))?.code : undefined;
    const n = lastCode ? Number(lastCode.split('-')[1]) : 0;
    return Array.from({ length: count }, (_, i) => `ZG${year}-${String(n + i + 1).padStart(3, '0')}`);
  }

  checkDates(foundOn: string, deadlineOn: string): void {
    if (deadlineOn < foundOn) throw new InputValidationException([{ field: 'deadlineOn', message: `整改期限（${deadlineOn}）不能早于发现日期（${foundOn}）` }]);
  }

  /**
   * 政策法规股 and admins edit every field; the owner department edits its measures. A new deadline
   * re-dates the task through the plan's anchor (with the reason in its history).
   */
  async update(caller: AuthUser, id: number, dto: UpdateFindingDto): Promise<Finding> {
    const finding = await this.visible(caller, id);
    const all = await this.editsAll(caller);
    const own = (caller.role === 'head' || caller.role === 'staff') && caller.departmentId === finding.departmentId;
    const onlyMeasures = Object.keys(dto).every((k) => k === 'measures');
    if (!all && !(own && onlyMeasures)) throw new ForbiddenException('责任股室只能修改整改措施；其他内容和整改期限由政策法规股或管理员修改');
    const [task] = await this.taskStore.findByIds([finding.taskId]);
    const status = findingStatus(task);
    if (status === 'closed' || status === 'cancelled') throw new ConflictException(`问题已${STATUS_NAMES[status]}，不能再修改`);
    if (dto.deadlineOn !== undefined && dto.deadlineOn !== finding.deadlineOn) {
      this.checkDates(finding.foundOn, dto.deadlineOn);
      if (!dto.reason?.trim()) throw new InputValidationException([{ field: 'reason', message: '变更整改期限须说明理由' }]);
      await this.plans.updateAnchorsFor(finding.planId, { [DEADLINE_ANCHOR]: dto.deadlineOn }, caller, dto.reason);
    }
    const fields = { description: dto.description, measures: dto.measures, sourceRef: dto.sourceRef, deadlineOn: dto.deadlineOn };
    return this.findings.save({ ...finding, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) });
  }

  /** The owner department reports the rectification done: its task goes to 政策法规股 for 销号. Evidence must be there. */
  async report(caller: AuthUser, id: number, note: string): Promise<Finding> {
    const finding = await this.visible(caller, id);
    if (!(await this.evidence.filesOf(finding.taskId)).length) {
      throw new BadRequestException('请先在整改任务中上传整改佐证材料，再报告整改完成');
    }
    await this.tasks.complete(caller, finding.taskId, { note });
    return finding;
  }

  /** 销号: 政策法规股 (for other departments' findings) or a leader accepts the rectification. */
  async close(caller: AuthUser, id: number, note?: string): Promise<Finding> {
    const finding = await this.visible(caller, id);
    await this.tasks.accept(caller, finding.taskId, note ?? '');
    return finding;
  }

  /** Not rectified well enough: back to the department with the reason. */
  async sendBack(caller: AuthUser, id: number, reason: string): Promise<Finding> {
    const finding = await this.visible(caller, id);
    await this.tasks.returnTask(caller, finding.taskId, reason);
    return finding;
  }
}
