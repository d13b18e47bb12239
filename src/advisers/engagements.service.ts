import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AuthUser } from '../access/auth-user';
import { Clock } from '../common/clock';
import { keysetPage } from '../common/keyset';
import { containsAny, containsPattern, keysetSort } from '../common/list-query';
import { Page } from '../common/pagination';
import { type FieldError, InputValidationException } from '../common/validation';
import { OrgDirectory } from '../org/org-directory.service';
import { AdviserEngagement } from './adviser-engagement.entity';
import { coversSchool, ENGAGEMENT_STATUS_NAMES, ENGAGEMENT_STATUS_SQL, engagementStatus, given } from './adviser-rules';
import type { CreateEngagementDto, DismissEngagementDto, EngagementQueryDto, UpdateEngagementDto } from './dto/engagement.dto';
import { EngagementView } from './dto/engagement.view';
import { RegisterAccess } from './register-access';

const KIND_NAMES = { firm: '律师事务所', person: '个人' } as const;

/** 教育局聘请, or by schools: one school 一校一聘, several 多校连聘. */
function engagedByName(e: AdviserEngagement): string {
  if (e.engagedBy === 'bureau') return '教育局聘请';
  return e.schoolIds.length > 1 ? '多校连聘' : '一校一聘';
}

/** The engagements of the register: list, detail, create, edit and 解聘. */
@Injectable()
export class EngagementsService {
  constructor(
    @InjectRepository(AdviserEngagement) private readonly engagements: Repository<AdviserEngagement>,
    private readonly org: OrgDirectory,
    private readonly access: RegisterAccess,
    private readonly clock: Clock,
  ) {}

  async list(caller: AuthUser, q: EngagementQueryDto): Promise<Page<EngagementView>> {
    const qb = this.engagements.createQueryBuilder('e');
    if (q.q) qb.andWhere(containsAny(['e.name', 'e.contact'], 'text'), { text: containsPattern(q.q) });
    if (q.status) qb.andWhere(ENGAGEMENT_STATUS_SQL[q.status], { today: this.clock.today() });
    if (q.schoolId !== undefined) qb.andWhere(...coversSchool(q.schoolId, 'school'));
    const scope = await this.scope(caller);
    if (scope) qb.andWhere(...scope);
    const result = await keysetPage(qb, keysetSort('-endOn', { endOn: { sql: 'e.end_on', type: 'text' } }, 'e.id'), q);
    return Page.keyset(await this.views(caller, result.rows), result, q);
  }

  /** Every engagement with its status today (coverage, figures). */
  async all(): Promise<(AdviserEngagement & { active: boolean })[]> {
    const today = this.clock.today();
    return (await this.engagements.find({ order: { id: 'ASC' } })).map((e) => Object.assign(e, { active: engagementStatus(e, today) === 'active' }));
  }

  async get(caller: AuthUser, id: number): Promise<EngagementView> {
    return (await this.views(caller, [await this.find(caller, id)]))[0];
  }

  async create(caller: AuthUser, dto: CreateEngagementDto): Promise<EngagementView> {
    await this.access.requireEditor(caller);
    const fields = {
      contact: '',
      phone: '',
      note: '',
      fee: null,
      adviserUserIds: [] as number[],
      schoolIds: [] as number[],
      ...(given(dto) as CreateEngagementDto),
    };
    this.throwIfAny(await this.check(fields));
    const saved = await this.engagements.save(this.engagements.create({ ...fields, dismissedOn: null, dismissReason: null }));
    return this.get(caller, saved.id);
  }

  async update(caller: AuthUser, id: number, dto: UpdateEngagementDto): Promise<EngagementView> {
    await this.access.requireEditor(caller);
    const current = await this.find(caller, id);
    const next = Object.assign(new AdviserEngagement(), current, given(dto));
    this.throwIfAny(await this.check(next));
    await this.engagements.save(next);
    return this.get(caller, id);
  }

  /** 解聘: the contract ends early on the given day (not before it started), with a reason. */
  async dismiss(caller: AuthUser, id: number, dto: DismissEngagementDto): Promise<EngagementView> {
    await this.access.requireEditor(caller);
    const current = await this.find(caller, id);
    if (dto.dismissedOn < current.startOn)
      throw new InputValidationException([{ field: 'dismissedOn', message: `解聘日期不能早于合同开始日期 ${current.startOn}` }]);
    await this.engagements.save({ ...current, dismissedOn: dto.dismissedOn, dismissReason: dto.reason });
    return this.get(caller, id);
  }

  /** The rules the DTO cannot see (the period, real adviser accounts, real schools), by field. */
  async check(e: Pick<AdviserEngagement, 'startOn' | 'endOn' | 'adviserUserIds' | 'engagedBy' | 'schoolIds'>, schools?: number[]): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    if (e.endOn < e.startOn) errors.push({ field: 'endOn', message: `合同结束日期不能早于开始日期 ${e.startOn}` });
    for (const id of new Set(e.adviserUserIds)) {
      const account = await this.org.account(id);
      if (!account?.active || account.role !== 'adviser') errors.push({ field: 'adviserUserIds', message: `用户 ${id} 不是在职的法律顾问账号` });
    }
    const known = new Set(schools ?? (await this.org.roleAssignments()).schools);
    const unknown = e.schoolIds.filter((id) => !known.has(id));
    if (unknown.length) errors.push({ field: 'schoolIds', message: `不是在用的学校：${unknown.join('、')}` });
    if (e.engagedBy === 'schools' && !e.schoolIds.length) errors.push({ field: 'schoolIds', message: '学校聘请的法律顾问须至少覆盖一所学校' });
    return errors;
  }

  private throwIfAny(errors: FieldError[]): void {
    if (errors.length) throw new InputValidationException(errors);
  }

  /** 404 for a missing engagement or one the caller may not read. */
  private async find(caller: AuthUser, id: number): Promise<AdviserEngagement> {
    const qb = this.engagements.createQueryBuilder('e').where('e.id = :id', { id });
    const scope = await this.scope(caller);
    if (scope) qb.andWhere(...scope);
    const e = await qb.getOne();
    if (!e) throw new NotFoundException(`法律顾问聘任 ${id} 不存在或无权查看`);
    return e;
  }

  /** The caller's rows as SQL (null: every row): a school's members see the engagements covering their school; other departments those of the bureau. */
  private async scope(caller: AuthUser): Promise<[string, Record<string, string>] | null> {
    if (await this.access.readsAll(caller)) return null;
    const dept = caller.departmentId;
    if (dept === null) return ['1 = 0', {}];
    if ((await this.org.roleAssignments()).schools.includes(dept)) return coversSchool(dept, 'ownSchool');
    return ["e.engaged_by = 'bureau'", {}];
  }

  private async views(caller: AuthUser, rows: AdviserEngagement[]): Promise<EngagementView[]> {
    const [users, schools, canEdit] = await Promise.all([
      this.org.userNames(rows.flatMap((e) => e.adviserUserIds)),
      this.org.departmentNames(rows.flatMap((e) => e.schoolIds)),
      this.access.mayEdit(caller),
    ]);
    const today = this.clock.today();
    return rows.map((e) => {
      const status = engagementStatus(e, today);
      return Object.assign(new EngagementView(), {
        id: e.id,
        kind: e.kind,
        kindName: KIND_NAMES[e.kind],
        name: e.name,
        contact: e.contact,
        phone: e.phone,
        advisers: e.adviserUserIds.map((id) => ({ id, name: users.get(id) ?? '' })),
        engagedBy: e.engagedBy,
        engagedByName: engagedByName(e),
        schools: e.schoolIds.map((id) => ({ id, name: schools.get(id) ?? '' })),
        startOn: e.startOn,
        endOn: e.endOn,
        fee: e.fee,
        status,
        statusName: ENGAGEMENT_STATUS_NAMES[status],
        dismissedOn: e.dismissedOn,
        dismissReason: e.dismissReason,
        note: e.note,
        canEdit,
      });
    });
  }
}
