import { containsAny } from '../common/list-query';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { PlanLookup } from '../tasks/task-ports';
import { Plan } from './plan.entity';

/** What the task views need to know about plans (the PlanLookup port of the tasks module). */
@Injectable()
export class PlanDirectory extends PlanLookup {
  constructor(@InjectRepository(Plan) private readonly plans: Repository<Plan>) {
    super();
  }

  async titles(ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const rows = await this.plans.find({ where: { id: In(ids) }, select: { id: true, title: true } });
    return new Map(rows.map((p) => [p.id, p.title]));
  }

  async idsMatching(pattern: string): Promise<number[]> {
    const rows = await this.plans
      .createQueryBuilder('p')
      .select('p.id', 'id')
      .where(containsAny(['p.title', 'p.reference'], 'p'), { p: pattern })
      .getRawMany<{ id: number }>();
    return rows.map((r) => Number(r.id));
  }

  async addressedTo(adviserId: number): Promise<number[]> {
    return (await this.plans.find({ where: { adviserId }, select: { id: true } })).map((p) => p.id);
  }

  async idsOfYear(year: number): Promise<number[]> {
    return (await this.plans.find({ where: { year }, select: { id: true } })).map((p) => p.id);
  }

  async datesOf(id: number): Promise<{ year: number; anchors: Record<string, string> } | null> {
    const plan = await this.plans.findOne({ where: { id }, select: { id: true, year: true, anchors: true } });
    return plan && { year: plan.year, anchors: plan.anchors };
  }
}
