import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository, type SelectQueryBuilder } from 'typeorm';
import { Plan } from './plan.entity';

/** One case (event plan) as the annual report lists it. */
export interface CaseRow {
  id: number;
  title: string;
  reference: string;
  /** The earliest of its anchor dates (filing, receipt, drafting …). */
  date: string | null;
}

/** One case with what a register lists of it (the case fields of the plan). */
export interface CaseRecord {
  id: number;
  title: string;
  reference: string;
  anchors: Record<string, string>;
  settings: Record<string, number>;
  adviserId: number | null;
  registrarDepartmentId: number | null;
  cancelled: boolean;
}

/** The annual report's questions about plans: cases of a year per template, as aggregates. */
@Injectable()
export class PlanFigures {
  constructor(@InjectRepository(Plan) private readonly plans: Repository<Plan>) {}

  /** Cases of the year per event template id; a case withdrawn (撤销) does not count. */
  async caseCounts(year: number): Promise<Map<number, number>> {
    const rows = await this.plans
      .createQueryBuilder('p')
      .select('p.template_id', 'templateId')
      .addSelect('COUNT(*)', 'n')
      .where("p.kind = 'event' AND p.year = :year AND p.cancelled_at IS NULL", { year })
      .groupBy('p.template_id')
      .getRawMany<{ templateId: number | string; n: number | string }>();
    return new Map(rows.map((r) => [Number(r.templateId), Number(r.n)]));
  }

  /** The cases of the year of one event template, in creation order. */
  async cases(year: number, templateId: number): Promise<CaseRow[]> {
    const rows = await this.plans.find({
      where: { kind: 'event', year, templateId, cancelledAt: IsNull() },
      select: { id: true, title: true, reference: true, anchors: true },
      order: { id: 'ASC' },
    });
    return rows.map((p) => ({ id: p.id, title: p.title, reference: p.reference, date: Object.values(p.anchors).filter(Boolean).sort()[0] ?? null }));
  }

  /**
   * The cases of one event template as a query (alias `p`) that a register narrows, pages and
   * reads back through {@link caseRecord}.
   */
  caseQuery(templateId: number): SelectQueryBuilder<Plan> {
    return this.plans.createQueryBuilder('p').where("p.kind = 'event' AND p.template_id = :templateId", { templateId });
  }
}

/** A case of {@link PlanFigures.caseQuery} as a register lists it. */
export function caseRecord(p: Plan): CaseRecord {
  return {
    id: p.id,
    title: p.title,
    reference: p.reference,
    anchors: p.anchors,
    settings: p.settings,
    adviserId: p.adviserId,
    registrarDepartmentId: p.registrarDepartmentId,
    cancelled: p.cancelledAt !== null,
  };
}

/**
 * SQL over {@link PlanFigures.caseQuery}: the case's anchor `key` falls in `year`, bound as
 * `:<param>`. Anchors are stored as JSON text without spaces (`{"requestedOn":"2026-03-02",…}`).
 */
export function anchorInYear(key: string, year: number, param: string): [string, Record<string, string>] {
  return [`p.anchors LIKE :${param}`, { [param]: `%"${key}":"${year}-%` }];
}
