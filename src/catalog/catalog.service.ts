import { containsAny } from '../common/list-query';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import type { CatalogueFile, CatalogueItem, CatalogueTemplate } from './catalogue.types';
import { ChecklistTemplate } from './checklist-template.entity';
import { CreateTemplateDto, UpdateTemplateItemDto } from './dto/template.dto';
import type { UpdateTemplateDto } from './dto/registrars.dto';
import { TemplateItem } from './template-item.entity';
import { templateProblems } from './template-rules';
import { WorkPoint } from './work-point.entity';

export interface CatalogueLoadResult {
  version: number;
  workPoints: number;
  templatesCreated: number;
  templatesUpdated: number;
  unchanged: boolean;
}

type ItemFields = Omit<TemplateItem, 'id' | 'templateId' | 'template'>;

function itemFields(item: CatalogueItem, sortOrder: number): ItemFields {
  return {
    key: item.key,
    title: item.title,
    description: item.description ?? '',
    basis: item.basis,
    evidenceHint: item.evidenceHint ?? '',
    leadRole: item.lead,
    supportRoles: item.support ?? [],
    schedule: item.schedule,
    target: item.target ?? null,
    supportTarget: item.supportTarget ?? false,
    review: item.review ?? false,
    reviewerRole: item.review ? (item.reviewerRole ?? 'legal') : null,
    gates: item.gates ?? [],
    whenAnchorSet: item.whenAnchorSet ?? false,
    onlyIf: item.onlyIf ?? null,
    earliest: item.earliest ?? null,
    extension: item.extension ?? null,
    officers: item.officers ?? 0,
    sortOrder,
    active: true,
  };
}

/** Work points and checklist templates: the catalogue loader and the template editor. */
@Injectable()
export class CatalogService {
  constructor(
    @InjectRepository(WorkPoint) private readonly workPoints: Repository<WorkPoint>,
    @InjectRepository(ChecklistTemplate) private readonly templates: Repository<ChecklistTemplate>,
    @InjectRepository(TemplateItem) private readonly items: Repository<TemplateItem>,
    private readonly tx: TransactionRunner,
  ) {}

  listWorkPoints(): Promise<WorkPoint[]> {
    return this.workPoints.find({ order: { section: 'ASC', id: 'ASC' } });
  }

  /** Work point names by id (all work points when `ids` is omitted). */
  async workPointNames(ids?: number[]): Promise<Map<number, string>> {
    if (ids && !ids.length) return new Map();
    const rows = await this.workPoints.find({ where: ids ? { id: In(ids) } : {}, select: { id: true, name: true } });
    return new Map(rows.map((w) => [w.id, w.name]));
  }

  /** Ids of the work points whose name matches a pattern from `containsPattern`. */
  async workPointIdsMatching(pattern: string): Promise<number[]> {
    const rows = await this.workPoints
      .createQueryBuilder('w')
      .select('w.id', 'id')
      .where(containsAny(['w.name'], 'p'), { p: pattern })
      .getRawMany<{ id: number }>();
    return rows.map((r) => Number(r.id));
  }

  listTemplates(kind?: 'annual' | 'event'): Promise<ChecklistTemplate[]> {
    return this.templates.find({ where: kind ? { kind } : {}, order: { workPointId: 'ASC', id: 'ASC' } });
  }

  /** A template without its items, by id or key, or null. */
  findTemplate(by: { id: number } | { key: string }): Promise<ChecklistTemplate | null> {
    return this.templates.findOneBy(by);
  }

  async getTemplate(id: number): Promise<ChecklistTemplate & { items: TemplateItem[] }> {
    const template = await this.templates.findOneBy({ id });
    if (!template) throw new NotFoundException(`模板 ${id} 不存在`);
    const items = await this.items.find({ where: { templateId: id }, order: { sortOrder: 'ASC', id: 'ASC' } });
    return { ...template, items };
  }

  /** Ids of templates by key, and of template items by `templateKey/itemKey` (the annual report's figures name them so). */
  async idsByKey(): Promise<{ templates: Map<string, number>; items: Map<string, number> }> {
    const templates = await this.templates.find({ select: { id: true, key: true } });
    const keyOf = new Map(templates.map((t) => [t.id, t.key]));
    const items = await this.items.find({ select: { id: true, templateId: true, key: true } });
    return { templates: new Map(templates.map((t) => [t.key, t.id])), items: new Map(items.map((i) => [`${keyOf.get(i.templateId)}/${i.key}`, i.id])) };
  }

  /** Items by id (retired ones too: issued tasks still point at them). */
  itemsById(ids: number[]): Promise<TemplateItem[]> {
    return ids.length ? this.items.find({ where: { id: In(ids) } }) : Promise.resolve([]);
  }

  /** The items of the templates that are in force, in template and catalogue order. */
  activeItems(templateIds: number[]): Promise<TemplateItem[]> {
    return this.items.find({ where: { templateId: In(templateIds), active: true }, order: { templateId: 'ASC', sortOrder: 'ASC', id: 'ASC' } });
  }

  /**
   * Loads a catalogue version: adds and updates work points, templates and items by key; items no
   * longer listed are retired. Loading the same (or an older) version again changes nothing.
   * Tasks already issued are never touched: they carry their own copy of each item.
   */
  async loadCatalogue(file: CatalogueFile): Promise<CatalogueLoadResult> {
    const problems = file.workPoints.flatMap((wp) => wp.templates.flatMap((t) => templateProblems(t).map((p) => `${t.key} ${p}`)));
    if (problems.length) throw new Error(`Catalogue is invalid:\n${problems.join('\n')}`);
    return this.tx.run(async (m) => {
      const current = await m.getRepository(ChecklistTemplate).maximum('catalogueVersion');
      const result: CatalogueLoadResult = {
        version: file.version,
        workPoints: file.workPoints.length,
        templatesCreated: 0,
        templatesUpdated: 0,
        unchanged: true,
      };
      if ((current ?? 0) >= file.version) return result;
      result.unchanged = false;
      for (const wp of file.workPoints) {
        const saved = await this.upsertByKey(m, WorkPoint, { key: wp.key, name: wp.name, section: wp.section, description: wp.description });
        for (const t of wp.templates) {
          const existed = await m.existsBy(ChecklistTemplate, { key: t.key });
          await this.writeTemplate(m, t, saved.id, file.version);
          result[existed ? 'templatesUpdated' : 'templatesCreated'] += 1;
        }
      }
      return result;
    });
  }

  /** A bureau's own template (catalogue version 0: later catalogue loads leave it alone). */
  async createTemplate(dto: CreateTemplateDto): Promise<ChecklistTemplate & { items: TemplateItem[] }> {
    const problems = templateProblems(dto);
    if (problems.length) throw new BadRequestException(`模板有误：${problems.join('；')}`);
    if (!(await this.workPoints.existsBy({ id: dto.workPointId }))) throw new BadRequestException(`工作要点 ${dto.workPointId} 不存在`);
    if (await this.templates.existsBy({ key: dto.key })) throw new ConflictException(`模板键 ${dto.key} 已存在`);
    const id = await this.tx.run((m) => this.writeTemplate(m, dto, dto.workPointId, 0));
    return this.getTemplate(id);
  }

  /** Who may register cases of an event template, and the role the registering department plays. */
  async updateTemplate(id: number, dto: UpdateTemplateDto): Promise<ChecklistTemplate> {
    const template = await this.templates.findOneBy({ id });
    if (!template) throw new NotFoundException(`模板 ${id} 不存在`);
    if (template.kind !== 'event') throw new BadRequestException('只有事件模板有登记股室');
    return this.templates.save({ ...template, ...dto });
  }

  /** Edits one item; tasks already issued keep what they were issued with. */
  async updateItem(templateId: number, itemId: number, dto: UpdateTemplateItemDto): Promise<TemplateItem> {
    const template = await this.getTemplate(templateId);
    const item = template.items.find((i) => i.id === itemId);
    if (!item) throw new NotFoundException(`模板 ${templateId} 中没有事项 ${itemId}`);
    const { lead, support, target, ...rest } = dto;
    const next: TemplateItem = {
      ...item,
      ...rest,
      leadRole: lead ?? item.leadRole,
      supportRoles: support ?? item.supportRoles,
      target: target === undefined ? item.target : target,
      reviewerRole: (dto.review ?? item.review) ? (dto.reviewerRole ?? item.reviewerRole ?? 'legal') : null,
    };
    const asCatalogue = template.items
      .map((i) => (i.id === itemId ? next : i))
      .map((i) => ({
        key: i.key,
        title: i.title,
        description: i.description,
        basis: i.basis,
        evidenceHint: i.evidenceHint,
        lead: i.leadRole,
        support: i.supportRoles,
        schedule: i.schedule,
        target: i.target ?? undefined,
        gates: i.gates,
        onlyIf: i.onlyIf ?? undefined,
        earliest: i.earliest ?? undefined,
        extension: i.extension ?? undefined,
      }));
    const problems = templateProblems({ kind: template.kind, anchors: template.anchors, options: template.options ?? [], items: asCatalogue });
    if (problems.length) throw new BadRequestException(`模板有误：${problems.join('；')}`);
    return this.items.save(next);
  }

  private async writeTemplate(m: EntityManager, t: CatalogueTemplate, workPointId: number, version: number): Promise<number> {
    const template = await this.upsertByKey(m, ChecklistTemplate, {
      key: t.key,
      workPointId,
      name: t.name,
      kind: t.kind,
      description: t.description ?? '',
      anchors: t.anchors ?? [],
      options: t.options ?? null,
      registrars: t.registrars ?? [],
      registrarActsAs: t.registrarActsAs ?? null,
      catalogueVersion: version,
    });
    const existing = await m.find(TemplateItem, { where: { templateId: template.id } });
    const listed = new Set(t.items.map((i) => i.key));
    for (const [index, item] of t.items.entries()) {
      const current = existing.find((e) => e.key === item.key);
      await m.save(TemplateItem, { ...current, ...itemFields(item, index), templateId: template.id });
    }
    const retired = existing.filter((e) => !listed.has(e.key) && e.active);
    if (retired.length)
      await m.save(
        TemplateItem,
        retired.map((e) => ({ ...e, active: false })),
      );
    return template.id;
  }

  private async upsertByKey<T extends { id: number; key: string }>(m: EntityManager, target: new () => T, fields: Omit<T, 'id'> | Partial<T>): Promise<T> {
    const repo = m.getRepository(target);
    const current = await repo.findOne({ where: { key: (fields as T).key } as never });
    return repo.save({ ...(current ?? {}), ...fields } as T);
  }
}
