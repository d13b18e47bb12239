import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, IsNull, Repository } from 'typeorm';
import { BureauService } from '../bureau/bureau.service';
import { Clock } from '../common/clock';
import { addYears } from '../common/dates';
import { InspectionTarget } from './directory.entity';
import { DirectoryService } from './directory.service';
import { InspectionDraw } from './draw.entity';
import { InspectionCoverageView, PlanItemView, YearPlanView } from './dto/inspection.view';

/** The yearly 抽查计划 (items, ratio, rounds, draws done) and the coverage of the target directory. */
@Injectable()
export class InspectionPlanService {
  constructor(
    @InjectRepository(InspectionDraw) private readonly draws: Repository<InspectionDraw>,
    @InjectRepository(InspectionTarget) private readonly targets: Repository<InspectionTarget>,
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
