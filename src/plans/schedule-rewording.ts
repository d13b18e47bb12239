import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { CatalogService } from '../catalog/catalog.service';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { requestContext } from '../common/request-context';
import { TaskStore } from '../tasks/task-store.service';
import { Plan } from './plan.entity';
import { anchorPhrases, describeRule } from './schedule/rule-wording';

/**
 * Tasks issued before deadlines were worded in Chinese show rule keys ("decidedOn后20个工作日内").
 * At each start (after the catalogue, which supplies the anchor phrases, is loaded) their wording
 * is rendered again from their item's rule with their plan's settings; a start with nothing left
 * to reword costs one narrow query. The due dates are not touched.
 */
@Injectable()
export class ScheduleRewording implements OnApplicationBootstrap {
  private readonly logger = new Logger('ScheduleRewording');

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectRepository(Plan) private readonly plans: Repository<Plan>,
    private readonly tasks: TaskStore,
    private readonly catalog: CatalogService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.PROCESS_ROLE !== 'worker') await requestContext.run({ requestId: 'schedule-rewording', actor: 'system' }, () => this.reword());
  }

  /** Rewords every task whose text still holds Latin letters; returns how many changed. */
  async reword(): Promise<number> {
    const tasks = await this.tasks.withLatinScheduleText();
    if (!tasks.length) return 0;
    const plans = new Map((await this.plans.findBy({ id: In([...new Set(tasks.map((t) => t.planId))]) })).map((p) => [p.id, p]));
    const templates = await this.catalog.listTemplates();
    const phrases = new Map(templates.map((t) => [t.id, anchorPhrases(t.anchors)]));
    const items = new Map((await this.catalog.activeItems(templates.map((t) => t.id))).map((i) => [i.id, i]));
    const changes = tasks.flatMap((task) => {
      const item = items.get(task.templateItemId);
      const plan = plans.get(task.planId);
      if (!item || !plan) return [];
      const scheduleText = describeRule(item.schedule, plan.settings, phrases.get(item.templateId));
      return scheduleText === task.scheduleText ? [] : [{ task, scheduleText }];
    });
    await this.tasks.rewordSchedules(changes);
    if (changes.length) this.logger.log(`Reworded the deadlines of ${changes.length} tasks in Chinese`);
    return changes.length;
  }
}
