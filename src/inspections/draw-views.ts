import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { OrgDirectory } from '../org/org-directory.service';
import { PlanLookup } from '../tasks/task-ports';
import { InspectionItem } from './directory.entity';
import { type DrawnTarget, type DrawRecord, type PoolInspector, type PoolTarget, verifyDraw } from './draw-algorithm';
import { INSPECTION_OUTCOMES, InspectionDraw, InspectionDrawTarget } from './draw.entity';
import { DrawExportView, type DrawnTargetView, DrawSummaryView, DrawView, VerifyView } from './dto/inspection.view';

export const ALGORITHM =
  'fazhi-double-random-v1: seed=SHA256(seedText\\n targetsHash\\n inspectorsHash\\n conflictsHash); SHA256 counter-mode PRNG; partial Fisher-Yates; least-loaded inspectors';

/** One line of the results ledger: a drawn target with its draw. */
export interface DrawResultRow {
  draw: DrawView;
  target: DrawnTargetView;
}

/** Views of stored draws, their export and their verification; everything read from the stored rows. */
@Injectable()
export class DrawViews {
  constructor(
    @InjectRepository(InspectionDraw) private readonly draws: Repository<InspectionDraw>,
    @InjectRepository(InspectionDrawTarget) private readonly drawn: Repository<InspectionDrawTarget>,
    @InjectRepository(InspectionItem) private readonly items: Repository<InspectionItem>,
    private readonly org: OrgDirectory,
    private readonly plans: PlanLookup,
  ) {}

  /** Newest first, optionally one inspection's draws (its history of re-draws). */
  async list(planId?: number): Promise<DrawSummaryView[]> {
    return this.summaries(await this.draws.find({ where: planId === undefined ? {} : { planId }, order: { id: 'DESC' } }));
  }

  async summaries(rows: InspectionDraw[]): Promise<DrawSummaryView[]> {
    const titles = await this.plans.titles(rows.map((d) => d.planId));
    const items = new Map((await this.items.findBy({ id: In(rows.map((d) => d.itemId)) })).map((i) => [i.id, i.title]));
    const users = await this.org.userNames(rows.map((d) => d.drawnById));
    return rows.map((d) =>
      Object.assign(new DrawSummaryView(), {
        id: d.id,
        planId: d.planId,
        planTitle: titles.get(d.planId) ?? '',
        itemId: d.itemId,
        itemTitle: items.get(d.itemId) ?? '',
        drawnOn: d.drawnOn,
        targetCount: d.targetCount,
        supersededById: d.supersededById,
        redrawReason: d.redrawReason,
        drawnByName: users.get(d.drawnById) ?? '',
      }),
    );
  }

  /** Every target of the draws (newest draw first, superseded ones included), for the results ledger. */
  async *results(planId?: number): AsyncGenerator<DrawResultRow> {
    for (const summary of await this.list(planId)) {
      const draw = await this.detail(await this.draws.findOneByOrFail({ id: summary.id }));
      for (const target of draw.targets) yield { draw, target };
    }
  }

  async detail(draw: InspectionDraw): Promise<DrawView> {
    // Re-read: a re-draw may have just marked this draw superseded.
    const fresh = await this.draws.findOneByOrFail({ id: draw.id });
    const [summary] = await this.summaries([fresh]);
    const targets = new Map((JSON.parse(fresh.targetsSnapshot) as PoolTarget[]).map((t) => [t.id, t]));
    const inspectors = JSON.parse(fresh.inspectorsSnapshot) as PoolInspector[];
    const byCertificate = new Map(inspectors.map((i) => [i.certificateId, i]));
    const rows = await this.drawn.find({ where: { drawId: draw.id }, order: { position: 'ASC' } });
    const dates = await this.plans.datesOf(fresh.planId);
    return Object.assign(new DrawView(), summary, {
      seedText: fresh.seedText,
      seed: fresh.seed,
      countMode: fresh.countMode,
      ratioPercent: fresh.ratioPercent,
      inspectorsPerTarget: fresh.inspectorsPerTarget,
      excludeSupervisingDepartment: fresh.excludeSupervisingDepartment,
      eligibleTargets: targets.size,
      eligibleInspectors: inspectors.length,
      hashes: { targets: fresh.targetsHash, inspectors: fresh.inspectorsHash, conflicts: fresh.conflictsHash },
      inspectionEndOn: dates?.anchors.inspectionEndOn ?? null,
      targets: rows.map((r) => ({
        position: r.position,
        targetId: r.targetId,
        targetName: targets.get(r.targetId)?.name ?? '',
        inspectors: r.certificateIds
          .split(',')
          .map(Number)
          .map((id) => ({ certificateId: id, certificateNo: byCertificate.get(id)?.certificateNo ?? '', holderName: byCertificate.get(id)?.holderName ?? '' })),
        outcome: r.outcome,
        outcomeLabel: r.outcome ? INSPECTION_OUTCOMES[r.outcome] : null,
        outcomeNote: r.outcomeNote,
        outcomeOn: r.outcomeOn,
      })),
    });
  }

  /** The stored inputs and result, in the format scripts/verify-draw.ts reads. */
  record(d: InspectionDraw): DrawRecord {
    return {
      seedText: d.seedText,
      parameters: { targetCount: d.targetCount, inspectorsPerTarget: d.inspectorsPerTarget, excludeSupervisingDepartment: d.excludeSupervisingDepartment },
      snapshots: { targets: d.targetsSnapshot, inspectors: d.inspectorsSnapshot, conflicts: d.conflictsSnapshot },
      hashes: { targets: d.targetsHash, inspectors: d.inspectorsHash, conflicts: d.conflictsHash },
      seed: d.seed,
      result: this.result(d),
    };
  }

  exported(d: InspectionDraw): DrawExportView {
    return Object.assign(new DrawExportView(), { drawId: d.id, algorithm: ALGORITHM, ...this.record(d) });
  }

  /** Recomputes from the stored row; a result that is not even JSON is a problem, not a 500. */
  verify(d: InspectionDraw): VerifyView {
    let outcome: { matches: boolean; problems: string[] };
    try {
      outcome = verifyDraw(this.record(d));
    } catch {
      outcome = { matches: false, problems: ['记录的抽取结果无法读取'] };
    }
    return Object.assign(new VerifyView(), outcome);
  }

  private result(d: InspectionDraw): DrawnTarget[] {
    return JSON.parse(d.result) as DrawnTarget[];
  }
}
