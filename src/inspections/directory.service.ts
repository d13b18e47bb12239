import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { AuthUser } from '../access/auth-user';
import { BureauService } from '../bureau/bureau.service';
import { CertificateRegistry } from '../certificates/certificate-registry';
import { Clock } from '../common/clock';
import { keysetPage, type KeysetColumn } from '../common/keyset';
import { containsAny, containsPattern, keysetSort } from '../common/list-query';
import { Page } from '../common/pagination';
import { OrgDirectory } from '../org/org-directory.service';
import { InspectionConflict, InspectionItem, InspectionTarget, RISK_LEVELS, TARGET_CATEGORIES } from './directory.entity';
import { InspectionDrawTarget } from './draw.entity';
import type { CreateConflictDto, CreateItemDto, CreateTargetDto, TargetQueryDto, UpdateItemDto, UpdateTargetDto } from './dto/directory.dto';
import { ConflictView, InspectorView, ItemView, TargetView } from './dto/inspection.view';
import { InspectionAccess } from './inspection-access';

const TARGET_SORT: Record<string, KeysetColumn> = {
  name: { sql: 't.name', type: 'text' },
  category: { sql: 't.category', type: 'text' },
  area: { sql: 't.area', type: 'text' },
  riskLevel: { sql: 't.risk_level', type: 'text' },
};

/** 检查对象名录库, 随机抽查事项清单 and the 回避 declarations. */
@Injectable()
export class DirectoryService {
  constructor(
    @InjectRepository(InspectionTarget) private readonly targets: Repository<InspectionTarget>,
    @InjectRepository(InspectionItem) private readonly items: Repository<InspectionItem>,
    @InjectRepository(InspectionConflict) private readonly conflicts: Repository<InspectionConflict>,
    @InjectRepository(InspectionDrawTarget) private readonly drawn: Repository<InspectionDrawTarget>,
    private readonly access: InspectionAccess,
    private readonly org: OrgDirectory,
    private readonly bureau: BureauService,
    private readonly certificates: CertificateRegistry,
    private readonly clock: Clock,
  ) {}

  /** 执法检查人员名录库: holders of a certificate valid today, the pool a draw today would snapshot. */
  async inspectors(): Promise<InspectorView[]> {
    const holders = await this.certificates.validHolders(this.clock.today());
    const names = await this.org.departmentNames(holders.map((h) => h.departmentId));
    return holders.map((h) =>
      Object.assign(new InspectorView(), {
        certificateId: h.certificateId,
        certificateNo: h.certificateNo,
        holderName: h.holderName,
        userId: h.userId,
        departmentId: h.departmentId,
        departmentName: names.get(h.departmentId) ?? '',
        category: h.category,
        expiresOn: h.expiresOn,
      }),
    );
  }

  async listTargets(q: TargetQueryDto): Promise<Page<TargetView>> {
    const qb = this.targets.createQueryBuilder('t');
    if (q.q) qb.andWhere(containsAny(['t.name', 't.area'], 'q'), { q: containsPattern(q.q) });
    if (q.category) qb.andWhere('t.category = :category', { category: q.category });
    if (q.riskLevel) qb.andWhere('t.risk_level = :risk', { risk: q.riskLevel });
    if (q.active) qb.andWhere('t.active = :active', { active: q.active === 'true' });
    const result = await keysetPage(qb, keysetSort(q.sort, TARGET_SORT, 't.id'), q);
    return Page.keyset(await this.targetViews(result.rows), result, q);
  }

  async target(id: number): Promise<InspectionTarget> {
    const target = await this.targets.findOneBy({ id });
    if (!target) throw new NotFoundException(`检查对象 ${id} 不存在`);
    return target;
  }

  async createTarget(caller: AuthUser, dto: CreateTargetDto): Promise<TargetView> {
    await this.access.mustEdit(caller);
    await this.checkDepartments(dto);
    const saved = await this.targets.save(
      this.targets.create({ area: '', riskLevel: 'low', supervisingDepartmentId: null, schoolDepartmentId: null, active: true, ...dto }),
    );
    return (await this.targetViews([saved]))[0];
  }

  async updateTarget(caller: AuthUser, id: number, dto: UpdateTargetDto): Promise<TargetView> {
    await this.access.mustEdit(caller);
    const target = await this.target(id);
    await this.checkDepartments(dto);
    const saved = await this.targets.save(Object.assign(target, dto));
    return (await this.targetViews([saved]))[0];
  }

  /** Views with the supervising department's name and the last draw that picked each target. */
  async targetViews(rows: InspectionTarget[]): Promise<TargetView[]> {
    const names = await this.org.departmentNames(rows.map((t) => t.supervisingDepartmentId).filter((d): d is number => d !== null));
    const last = await this.lastInspected(rows.map((t) => t.id));
    return rows.map((t) =>
      Object.assign(new TargetView(), {
        id: t.id,
        name: t.name,
        category: t.category,
        categoryLabel: TARGET_CATEGORIES[t.category],
        area: t.area,
        riskLevel: t.riskLevel,
        riskLabel: RISK_LEVELS[t.riskLevel],
        supervisingDepartmentId: t.supervisingDepartmentId,
        supervisingDepartmentName: t.supervisingDepartmentId === null ? null : (names.get(t.supervisingDepartmentId) ?? null),
        schoolDepartmentId: t.schoolDepartmentId,
        active: t.active,
        lastInspectedOn: last.get(t.id) ?? null,
      }),
    );
  }

  /** Latest draw date per target, counting only draws still in force. */
  async lastInspected(targetIds: number[]): Promise<Map<number, string>> {
    if (!targetIds.length) return new Map();
    const rows = await this.drawn
      .createQueryBuilder('dt')
      .innerJoin('inspection_draws', 'd', 'd.id = dt.draw_id AND d.superseded_by_id IS NULL')
      .select('dt.target_id', 'targetId')
      .addSelect('MAX(d.drawn_on)', 'drawnOn')
      .where('dt.target_id IN (:...ids)', { ids: targetIds })
      .groupBy('dt.target_id')
      .getRawMany<{ targetId: number; drawnOn: string }>();
    return new Map(rows.map((r) => [Number(r.targetId), r.drawnOn]));
  }

  private async checkDepartments(dto: { supervisingDepartmentId?: number | null; schoolDepartmentId?: number | null }): Promise<void> {
    const ids = [dto.supervisingDepartmentId, dto.schoolDepartmentId].filter((d): d is number => typeof d === 'number');
    const known = await this.org.departmentNames(ids);
    if (dto.supervisingDepartmentId != null && !known.has(dto.supervisingDepartmentId))
      throw new BadRequestException(`监管股室 ${dto.supervisingDepartmentId} 不存在`);
    if (dto.schoolDepartmentId != null && !known.has(dto.schoolDepartmentId)) throw new BadRequestException(`学校 ${dto.schoolDepartmentId} 不存在`);
  }

  async listItems(): Promise<ItemView[]> {
    return (await this.items.find({ order: { id: 'ASC' } })).map(itemView);
  }

  async item(id: number): Promise<InspectionItem> {
    const item = await this.items.findOneBy({ id });
    if (!item) throw new NotFoundException(`抽查事项 ${id} 不存在`);
    return item;
  }

  async createItem(caller: AuthUser, dto: CreateItemDto): Promise<ItemView> {
    await this.access.mustEdit(caller);
    const ratioPercent = dto.ratioPercent ?? (await this.bureau.settings()).inspectionRatioPercent;
    return itemView(await this.items.save(this.items.create({ active: true, ...dto, ratioPercent })));
  }

  async updateItem(caller: AuthUser, id: number, dto: UpdateItemDto): Promise<ItemView> {
    await this.access.mustEdit(caller);
    return itemView(await this.items.save(Object.assign(await this.item(id), dto)));
  }

  async listConflicts(): Promise<ConflictView[]> {
    const rows = await this.conflicts.find({ order: { id: 'ASC' } });
    const targets = new Map((await this.targets.findBy({ id: In(rows.map((c) => c.targetId)) })).map((t) => [t.id, t.name]));
    const users = await this.org.userNames(rows.map((c) => c.userId));
    return rows.map((c) =>
      Object.assign(new ConflictView(), {
        id: c.id,
        targetId: c.targetId,
        targetName: targets.get(c.targetId) ?? '',
        certificateId: c.certificateId,
        userId: c.userId,
        inspectorLabel: c.userId !== null ? (users.get(c.userId) ?? `人员 ${c.userId}`) : `执法证 ${c.certificateId}`,
        reason: c.reason,
        createdAt: c.createdAt,
      }),
    );
  }

  async createConflict(caller: AuthUser, dto: CreateConflictDto): Promise<ConflictView> {
    await this.access.mustEdit(caller);
    await this.target(dto.targetId);
    const byCertificate = dto.certificateId ?? null;
    const byUser = dto.userId ?? null;
    if ((byCertificate === null) === (byUser === null)) throw new BadRequestException('须回避的人员：执法证和人员须填写且只填写一项');
    if (byUser !== null && !(await this.org.account(byUser))) throw new BadRequestException(`人员 ${byUser} 不存在`);
    const saved = await this.conflicts.save(this.conflicts.create({ ...dto, certificateId: byCertificate, userId: byUser, declaredById: caller.id }));
    return (await this.listConflicts()).find((c) => c.id === saved.id)!;
  }

  /** Withdrawing a declaration only affects later draws: each draw keeps its own snapshot. */
  async removeConflict(caller: AuthUser, id: number): Promise<void> {
    await this.access.mustEdit(caller);
    const conflict = await this.conflicts.findOneBy({ id });
    if (!conflict) throw new NotFoundException(`回避记录 ${id} 不存在`);
    await this.conflicts.remove(conflict);
  }

  allConflicts(): Promise<InspectionConflict[]> {
    return this.conflicts.find();
  }

  activeTargets(category: string): Promise<InspectionTarget[]> {
    return this.targets.find({ where: { category: category as InspectionTarget['category'], active: true }, order: { id: 'ASC' } });
  }
}

const itemView = (i: InspectionItem): ItemView =>
  Object.assign(new ItemView(), {
    id: i.id,
    title: i.title,
    legalBasis: i.legalBasis,
    category: i.category,
    categoryLabel: TARGET_CATEGORIES[i.category],
    method: i.method,
    ratioPercent: i.ratioPercent,
    active: i.active,
  });
