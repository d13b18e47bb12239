import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type SelectQueryBuilder } from 'typeorm';
import { readsWholeBureau, type AuthUser } from '../access/auth-user';
import { BureauService } from '../bureau/bureau.service';
import { Clock } from '../common/clock';
import { addDays, addYears, daysBetween } from '../common/dates';
import { keysetPage, type KeysetColumn } from '../common/keyset';
import { containsAny, containsPattern, keysetSort } from '../common/list-query';
import { Page } from '../common/pagination';
import { InputValidationException, type FieldError } from '../common/validation';
import { TransactionRunner } from '../database/transaction-runner';
import { OrgDirectory } from '../org/org-directory.service';
import { EnforcementCertificate } from './certificate.entity';
import { CertificateAccessError, CertificateConflictError, CertificateNotFoundError } from './certificate-errors';
import {
  CertificateQueryDto,
  ChangeCertificateStatusDto,
  CreateCertificateDto,
  STATE_NAMES,
  UpdateCertificateDto,
  type CertificateState,
} from './dto/certificate.dto';
import { CertificateView } from './dto/certificate.view';

/** Who reads which certificates: the whole register, or one department's. */
type Scope = 'all' | number;

const SORT_COLUMNS: Record<string, KeysetColumn> = {
  expiresOn: { sql: 'c.expires_on', type: 'text' },
  holderName: { sql: 'c.holder_name', type: 'text' },
  certificateNo: { sql: 'c.certificate_no', type: 'text' },
};

/**
 * 执法人员 and 执法证 register. 政策法规股 and admins keep it; leaders read all of it; a
 * department's heads and staff read their own department's officers; advisers see nothing.
 */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectRepository(EnforcementCertificate) private readonly certificates: Repository<EnforcementCertificate>,
    private readonly org: OrgDirectory,
    private readonly bureau: BureauService,
    private readonly clock: Clock,
    private readonly tx: TransactionRunner,
  ) {}

  async list(caller: AuthUser, q: CertificateQueryDto): Promise<Page<CertificateView>> {
    const qb = this.filtered(await this.scope(caller), q);
    const result = await keysetPage(qb, keysetSort(q.sort ?? 'expiresOn', SORT_COLUMNS, 'c.id'), q);
    return Page.keyset(await this.views(result.rows), result, q);
  }

  async get(caller: AuthUser, id: number): Promise<CertificateView> {
    return (await this.views([await this.readable(caller, id)]))[0];
  }

  async create(caller: AuthUser, dto: CreateCertificateDto): Promise<CertificateView> {
    await this.expectKeeper(caller);
    const fields = await this.checked(dto);
    const saved = await this.tx.run((m) => m.getRepository(EnforcementCertificate).save(m.create(EnforcementCertificate, { ...fields, status: 'valid' })));
    return (await this.views([saved]))[0];
  }

  async update(caller: AuthUser, id: number, dto: UpdateCertificateDto): Promise<CertificateView> {
    await this.expectKeeper(caller);
    const saved = await this.tx.run(async (m) => {
      const current = await m.findOneBy(EnforcementCertificate, { id });
      if (!current) throw new CertificateNotFoundError(id);
      const merged = { ...current, ...dto, expiresOn: dto.expiresOn ?? (dto.issuedOn ? undefined : current.expiresOn) };
      const fields = await this.checked(merged, id);
      return m.getRepository(EnforcementCertificate).save(Object.assign(current, fields));
    });
    return (await this.views([saved]))[0];
  }

  /** 暂扣 / 注销 / 恢复, with the reason; a revoked certificate stays revoked. */
  async changeStatus(caller: AuthUser, id: number, dto: ChangeCertificateStatusDto): Promise<CertificateView> {
    await this.expectKeeper(caller);
    const saved = await this.tx.run(async (m) => {
      const current = await m.findOneBy(EnforcementCertificate, { id });
      if (!current) throw new CertificateNotFoundError(id);
      if (current.status === dto.status) throw new CertificateConflictError(`执法证已是“${STATE_NAMES[dto.status]}”状态`);
      if (current.status === 'revoked') throw new CertificateConflictError('已注销的执法证不能再变更状态，请登记新证');
      return m.getRepository(EnforcementCertificate).save(Object.assign(current, { status: dto.status, statusReason: dto.reason }));
    });
    return (await this.views([saved]))[0];
  }

  /** The filtered query of the list and the export. */
  filtered(scope: Scope, q: Omit<CertificateQueryDto, 'offset' | 'page' | 'pageSize'>): SelectQueryBuilder<EnforcementCertificate> {
    const today = this.clock.today();
    const qb = this.certificates.createQueryBuilder('c');
    if (scope !== 'all') qb.andWhere('c.department_id = :own', { own: scope });
    if (q.departmentId) qb.andWhere('c.department_id = :departmentId', { departmentId: q.departmentId });
    if (q.q) qb.andWhere(containsAny(['c.holder_name', 'c.certificate_no', 'c.category'], 'q'), { q: containsPattern(q.q) });
    if (q.state === 'valid') qb.andWhere("c.status = 'valid' AND c.expires_on >= :today", { today });
    else if (q.state === 'expired') qb.andWhere("c.status = 'valid' AND c.expires_on < :today", { today });
    else if (q.state) qb.andWhere('c.status = :status', { status: q.state });
    if (q.expiringWithin !== undefined) {
      qb.andWhere("c.status = 'valid' AND c.expires_on >= :today AND c.expires_on <= :until", { today, until: addDays(today, q.expiringWithin) });
    }
    return qb;
  }

  async scope(caller: AuthUser): Promise<Scope> {
    if (readsWholeBureau(caller) || (await this.org.inLegalOffice(caller))) return 'all';
    if ((caller.role === 'head' || caller.role === 'staff') && caller.departmentId !== null) return caller.departmentId;
    throw new CertificateAccessError('无权查看执法证台账');
  }

  async views(rows: EnforcementCertificate[]): Promise<CertificateView[]> {
    const today = this.clock.today();
    const [departments, users] = await Promise.all([
      this.org.departmentNames([...new Set(rows.map((c) => c.departmentId))]),
      this.org.userNames(rows.map((c) => c.holderUserId)),
    ]);
    return rows.map((c) => {
      const state: CertificateState = c.status === 'valid' && c.expiresOn < today ? 'expired' : c.status;
      return Object.assign(new CertificateView(), {
        id: c.id,
        certificateNo: c.certificateNo,
        holderName: c.holderName,
        holderUserId: c.holderUserId,
        holderUserName: c.holderUserId === null ? null : (users.get(c.holderUserId) ?? null),
        departmentId: c.departmentId,
        departmentName: departments.get(c.departmentId) ?? '',
        category: c.category,
        issuedOn: c.issuedOn,
        expiresOn: c.expiresOn,
        status: c.status,
        state,
        stateName: STATE_NAMES[state],
        daysLeft: daysBetween(today, c.expiresOn),
        statusReason: c.statusReason,
        notes: c.notes,
        updatedAt: c.updatedAt,
      });
    });
  }

  /** 政策法规股 members and admins keep the register. */
  async isKeeper(caller: AuthUser): Promise<boolean> {
    return caller.role === 'admin' || this.org.inLegalOffice(caller);
  }

  async expectKeeper(caller: AuthUser): Promise<void> {
    if (!(await this.isKeeper(caller))) throw new CertificateAccessError('只有政策法规股和管理员可以登记、修改执法证');
  }

  private async readable(caller: AuthUser, id: number): Promise<EnforcementCertificate> {
    const scope = await this.scope(caller);
    const found = await this.certificates.findOneBy({ id });
    if (!found || (scope !== 'all' && found.departmentId !== scope)) throw new CertificateNotFoundError(id);
    return found;
  }

  /**
   * The entry's fields after the checks a DTO cannot make: the department and the holder's
   * account exist, the expiry (default: issue date + the validity setting, less a day) is after
   * the issue date, the number is not taken by another certificate.
   */
  async checked(
    dto: CreateCertificateDto,
    selfId?: number,
  ): Promise<Omit<EnforcementCertificate, 'id' | 'status' | 'statusReason' | 'createdAt' | 'updatedAt'>> {
    const errors: FieldError[] = [];
    const expiresOn = dto.expiresOn ?? (await this.defaultExpiry(dto.issuedOn));
    if (!(await this.org.departmentNames([dto.departmentId])).has(dto.departmentId))
      errors.push({ field: 'departmentId', message: `股室 ${dto.departmentId} 不存在` });
    const holderUserId = dto.holderUserId ?? null;
    if (holderUserId !== null && !(await this.org.account(holderUserId))) errors.push({ field: 'holderUserId', message: `账号 ${holderUserId} 不存在` });
    if (expiresOn <= dto.issuedOn) errors.push({ field: 'expiresOn', message: '有效期至必须晚于发证日期' });
    if (errors.length) throw new InputValidationException(errors);
    const taken = await this.certificates.findOneBy({ certificateNo: dto.certificateNo });
    if (taken && taken.id !== selfId) throw new CertificateConflictError(`执法证号 ${dto.certificateNo} 已登记`);
    const { holderName, departmentId, certificateNo, category, issuedOn } = dto;
    return { holderName, holderUserId, departmentId, certificateNo, category, issuedOn, expiresOn, notes: dto.notes ?? '' };
  }

  /** A certificate issued on 2024-03-15 for 5 years is valid through 2029-03-14. */
  async defaultExpiry(issuedOn: string): Promise<string> {
    const years = (await this.bureau.settings()).enforcementCertificateValidityYears ?? 5;
    return addDays(addYears(issuedOn, years), -1);
  }
}
