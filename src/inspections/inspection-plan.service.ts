import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, In, IsNull, Repository } from 'typeorm';
import { BureauService } from '../bureau/bureau.service';
import { Clock } from '../common/clock';
import { addYears } from '../common/dates';
import { InspectionTarget } from './directory.entity';
import { DirectoryService } from './directory.service';
import { INSPECTION_OUTCOMES, InspectionDraw, InspectionDrawTarget, type InspectionOutcome } from './draw.entity';
import { InspectionCoverageView, PlanItemView, YearPlanView } from './dto/inspection.view';

/** A target picked by one of the year's draws in force, with the result recorded for it. */
export interface DrawnTarget {
  drawId: number;
  planId: number;
  drawnOn: string;
  targetName: string;
  outcome: InspectionOutcome | null;
  outcomeLabel: string | null;
  outcomeOn: string | null;
}

/** The yearly 抽查计划 (items, ratio, rounds, draws done) and the coverage of the target directory. */
@Injectable()
export class InspectionPlanService {
  constructor(
    @InjectRepository(InspectionDraw) private readonly draws: Repository<InspectionDraw>,
    @InjectRepository(InspectionTarget) private readonly targets: Repository<InspectionTarget>,
    @InjectRepository(InspectionDrawTarget) private readonly drawTargets: Repository<InspectionDrawTarget>,
    private readonly directory: DirectoryService,
    private readonly bureau: BureauService,
    private readonly clock: Clock,
  ) {}

  async year(year: number): Promise<YearPlanView> {
    const roundsPerYear = (await this.bureau.settings()).inspectionRoundsPerYear;
    const draws = await this.draws.find({
      where: { drawnOn: Between(`${year}-01-01`, `${year}-12-31`), supersededById: IsNull() },
      select: { id: true, itemId: true },
    });
    const items = (await this.directory.listItems()).filter((i) => i.active);
    const counts = await Promise.all(items.map((i) => this.targets.countBy({ category: i.category as InspectionTarget['category'], active: true })));
    return Object.assign(new YearPlanView(), {
      year,
      roundsPerYear,
      items: items.map((i, n) =>
        Object.assign(new PlanItemView(), i, {
          drawsDone: draws.filter((d) => d.itemId === i.id).length,
          roundsPlanned: roundsPerYear,
          targetsInCategory: counts[n],
        }),
      ),
    });
  }

  /** The targets of the year's draws in force (by draw date), in draw and position order: the annual report's figures. */
  async drawnTargets(year: number): Promise<DrawnTarget[]> {
    const draws = await this.draws.find({ where: { drawnOn: Between(`${year}-01-01`, `${year}-12-31`), supersededById: IsNull() }, order: { id: 'ASC' } });
    if (!draws.length) return [];
    const rows = await this.drawTargets.find({ where: { drawId: In(draws.map((d) => d.id)) }, order: { drawId: 'ASC', position: 'ASC' } });
    const names = new Map((await this.targets.findBy({ id: In([...new Set(rows.map((r) => r.targetId))]) })).map((t) => [t.id, t.name]));
    const byId = new Map(draws.map((d) => [d.id, d]));
    return rows.map((r) => ({
      drawId: r.drawId,
      planId: byId.get(r.drawId)!.planId,
      drawnOn: byId.get(r.drawId)!.drawnOn,
      targetName: names.get(r.targetId) ?? '',
      outcome: r.outcome,
      outcomeLabel: r.outcome ? INSPECTION_OUTCOMES[r.outcome] : null,
      outcomeOn: r.outcomeOn,
    }));
  }

  /** Active targets no draw in force has picked since `today − N years` (N: setting inspectionCoverageYears). */
  async coverage(): Promise<InspectionCoverageView> {
    const years = (await this.bureau.settings()).inspectionCoverageYears;
    const since = addYears(this.clock.today(), -years);
    const active = await this.targets.find({ where: { active: true }, order: { name: 'ASC', id: 'ASC' } });
    const views = await this.directory.targetViews(active);
    return Object.assign(new InspectionCoverageView(), {
      years,
      since,
      notInspected: views.filter((t) => t.lastInspectedOn === null || t.lastInspectedOn < since),
    });
  }
}
