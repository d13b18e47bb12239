import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import type { AuthUser } from '../access/auth-user';
import { recordAudit } from '../audit/audit.recorder';
import { CatalogService } from '../catalog/catalog.service';
import { CertificateRegistry } from '../certificates/certificate-registry';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { PlansService } from '../plans/plans.service';
import { TARGET_CATEGORIES } from './directory.entity';
import { DirectoryService } from './directory.service';
import {
  drawSeed,
  type DrawnTarget,
  hashSnapshots,
  type PoolConflict,
  type PoolInspector,
  type PoolTarget,
  runDraw,
  snapshotPools,
  targetCountByRatio,
  TooFewInspectors,
} from './draw-algorithm';
import { InspectionDraw, InspectionDrawTarget } from './draw.entity';
import { DrawSteps } from './draw-steps';
import { DrawViews } from './draw-views';
import type { CreateDrawDto, InspectionEndDto, RecordOutcomeDto, RedrawDto } from './dto/draw.dto';
import type { DrawView } from './dto/inspection.view';
import { InspectionAccess } from './inspection-access';

export const INSPECTION_TEMPLATE = 'random-inspection';

/** A draw that cannot be made as asked (no targets, too few inspectors): 422 with the reason. */
export class DrawRefused extends DomainError {
  constructor(message: string) {
    super(422, message);
  }
}

/** The 双随机 draw: snapshots the pools, fixes the seed, runs the pure algorithm and stores everything, append-only. */
@Injectable()
export class DrawsService {
  constructor(
    @InjectRepository(InspectionDraw) private readonly draws: Repository<InspectionDraw>,
    @InjectRepository(InspectionDrawTarget) private readonly drawn: Repository<InspectionDrawTarget>,
    private readonly directory: DirectoryService,
    private readonly certificates: CertificateRegistry,
    private readonly plans: PlansService,
    private readonly catalog: CatalogService,
    private readonly access: InspectionAccess,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly views: DrawViews,
    private readonly steps: DrawSteps,
  ) {}

  async draw(caller: AuthUser, dto: CreateDrawDto): Promise<DrawView> {
    await this.access.mustEdit(caller);
    const current = await this.draws.findOneBy({ planId: dto.planId, supersededById: IsNull() });
    if (current) throw new ConflictException(`本次抽查已经抽取（抽取记录 ${current.id}），如需重新抽取请说明理由`);
    return this.make(caller, dto, null);
  }

  /** A new draw for the same inspection; the earlier one stays, marked superseded. */
  async redraw(caller: AuthUser, id: number, dto: RedrawDto): Promise<DrawView> {
    await this.access.mustEdit(caller);
    const previous = await this.get(id);
    if (previous.supersededById !== null) throw new ConflictException(`抽取记录 ${id} 已被第 ${previous.supersededById} 号替代，只能对当前有效的抽取重新抽取`);
    if (dto.planId !== previous.planId) throw new BadRequestException('重新抽取须针对同一次抽查（planId 应与原抽取相同）');
    return this.make(caller, dto, { previous, reason: dto.reason });
  }

  async get(id: number): Promise<InspectionDraw> {
    const draw = await this.draws.findOneBy({ id });
    if (!draw) throw new NotFoundException(`抽取记录 ${id} 不存在`);
    return draw;
  }

  private async make(caller: AuthUser, dto: CreateDrawDto, redo: { previous: InspectionDraw; reason: string } | null): Promise<DrawView> {
    const plan = await this.plans.get(caller, dto.planId);
    const template = plan.templateId === null ? null : await this.catalog.findTemplate({ id: plan.templateId });
    if (template?.key !== INSPECTION_TEMPLATE) throw new BadRequestException(`计划 ${plan.id} 不是“双随机抽查（单次）”事项`);
    if (plan.cancelledAt) throw new ConflictException('该次抽查已撤销，不能抽取');
    const item = await this.directory.item(dto.itemId);
    if (!item.active) throw new BadRequestException(`抽查事项「${item.title}」已停用`);
    if (dto.targetCount !== undefined && dto.ratioPercent !== undefined)
      throw new BadRequestException('按数量（targetCount）和按比例（ratioPercent）只能选一种');
    const drawnOn = dto.drawnOn ?? this.clock.today();
    const targets: PoolTarget[] = (await this.directory.activeTargets(item.category)).map((t) => ({
      id: t.id,
      name: t.name,
      category: t.category,
      supervisingDepartmentId: t.supervisingDepartmentId,
    }));
    if (!targets.length) throw new DrawRefused(`名录库中没有“${TARGET_CATEGORIES[item.category]}”类别的在库检查对象，无法抽取`);
    const inspectors: PoolInspector[] = (await this.certificates.validHolders(drawnOn)).map((o) => ({
      certificateId: o.certificateId,
      certificateNo: o.certificateNo,
      holderName: o.holderName,
      userId: o.userId,
      departmentId: o.departmentId,
    }));
    const ids = new Set(targets.map((t) => t.id));
    const conflicts: PoolConflict[] = (await this.directory.allConflicts())
      .filter((c) => ids.has(c.targetId))
      .map((c) => ({ targetId: c.targetId, certificateId: c.certificateId, userId: c.userId }));
    const ratioPercent = dto.targetCount === undefined ? (dto.ratioPercent ?? item.ratioPercent) : null;
    const targetCount = ratioPercent === null ? dto.targetCount! : targetCountByRatio(ratioPercent, targets.length);
    if (targetCount > targets.length) throw new DrawRefused(`要抽取 ${targetCount} 个检查对象，但名录库中符合条件的只有 ${targets.length} 个`);
    const parameters = {
      targetCount,
      inspectorsPerTarget: dto.inspectorsPerTarget ?? 2,
      excludeSupervisingDepartment: dto.excludeSupervisingDepartment ?? true,
    };
    const snapshots = snapshotPools(targets, inspectors, conflicts);
    const hashes = hashSnapshots(snapshots);
    const seed = drawSeed(dto.seedText, hashes);
    let result: DrawnTarget[];
    try {
      result = runDraw(
        seed,
        JSON.parse(snapshots.targets) as PoolTarget[],
        JSON.parse(snapshots.inspectors) as PoolInspector[],
        JSON.parse(snapshots.conflicts) as PoolConflict[],
        parameters,
      );
    } catch (e) {
      if (!(e instanceof TooFewInspectors)) throw e;
      throw new DrawRefused(
        `检查对象「${e.target.name}」可抽取的检查人员只有 ${e.eligible} 名（已排除回避${parameters.excludeSupervisingDepartment ? '和监管股室' : ''}人员），每个检查对象至少需要 ${parameters.inspectorsPerTarget} 名`,
      );
    }
    const saved = await this.tx.run(async (m) => {
      const draw = await m.save(
        m.create(InspectionDraw, {
          planId: plan.id,
          itemId: item.id,
          drawnOn,
          seedText: dto.seedText,
          countMode: ratioPercent === null ? 'count' : 'ratio',
          ratioPercent,
          ...parameters,
          targetsSnapshot: snapshots.targets,
          targetsHash: hashes.targets,
          inspectorsSnapshot: snapshots.inspectors,
          inspectorsHash: hashes.inspectors,
          conflictsSnapshot: snapshots.conflicts,
          conflictsHash: hashes.conflicts,
          seed,
          result: JSON.stringify(result),
          redrawReason: redo?.reason ?? null,
          supersededById: null,
          drawnById: caller.id,
        }),
      );
      await m.save(
        result.map((r, position) =>
          m.create(InspectionDrawTarget, { drawId: draw.id, position, targetId: r.targetId, certificateIds: r.certificateIds.join(',') }),
        ),
      );
      if (redo) await m.update(InspectionDraw, redo.previous.id, { supersededById: draw.id });
      await recordAudit(m, {
        action: redo ? 'inspection.redrawn' : 'inspection.drawn',
        entity: 'inspection_draws',
        entityId: draw.id,
        before: redo ? { drawId: redo.previous.id, seed: redo.previous.seed } : undefined,
        after: { planId: plan.id, seed, hashes, targets: result.map((r) => r.targetId), reason: redo?.reason },
      });
      return draw;
    });
    await this.steps.complete(
      caller,
      plan.id,
      INSPECTION_TEMPLATE,
      `已随机抽取（抽取记录第 ${saved.id} 号，随机种子 ${seed}），抽中 ${result.length} 个检查对象`,
    );
    return this.views.detail(saved);
  }

  async recordOutcome(caller: AuthUser, drawId: number, position: number, dto: RecordOutcomeDto): Promise<DrawView> {
    await this.access.mustEdit(caller);
    const draw = await this.get(drawId);
    if (draw.supersededById !== null) throw new ConflictException('该抽取已被重新抽取替代，请在当前有效的抽取上登记结果');
    const row = await this.drawn.findOneBy({ drawId, position });
    if (!row) throw new NotFoundException(`抽取记录 ${drawId} 没有第 ${position} 个检查对象`);
    await this.drawn.save(Object.assign(row, { outcome: dto.outcome, outcomeNote: dto.note ?? null, outcomeOn: dto.outcomeOn }));
    return this.views.detail(draw);
  }

  /** The inspection's end date is the case's `inspectionEndOn` anchor: the engine then issues the publicity task. */
  async setInspectionEnd(caller: AuthUser, drawId: number, dto: InspectionEndDto): Promise<DrawView> {
    await this.access.mustEdit(caller);
    const draw = await this.get(drawId);
    if (dto.inspectionEndOn < draw.drawnOn) throw new BadRequestException(`检查结束日期不能早于抽取日期 ${draw.drawnOn}`);
    await this.plans.updateAnchors(draw.planId, { inspectionEndOn: dto.inspectionEndOn }, caller, dto.reason);
    return this.views.detail(draw);
  }
}
