import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThanOrEqual, MoreThanOrEqual, Repository } from 'typeorm';
import { EnforcementCertificate } from './certificate.entity';

/** A holder of a certificate valid on a given day (the 执法检查人员名录库 draws from these). */
export interface CertifiedOfficer {
  certificateId: number;
  certificateNo: string;
  holderName: string;
  userId: number | null;
  departmentId: number;
  /** 执法类别 */
  category: string;
  /** YYYY-MM-DD */
  expiresOn: string;
}

/** Read side of the certificate register for other modules. */
@Injectable()
export class CertificateRegistry {
  constructor(@InjectRepository(EnforcementCertificate) private readonly certificates: Repository<EnforcementCertificate>) {}

  /** Holders of a certificate valid on `on` (issued on/before, expires on/after, not revoked/suspended), ordered by certificateId. */
  async validHolders(on: string): Promise<CertifiedOfficer[]> {
    const rows = await this.certificates.find({
      where: { status: 'valid', issuedOn: LessThanOrEqual(on), expiresOn: MoreThanOrEqual(on) },
      order: { id: 'ASC' },
    });
    return rows.map(officerOf);
  }

  /** The given certificates that are valid on `on`, in the order of `ids`. */
  async validAmong(ids: number[], on: string): Promise<CertifiedOfficer[]> {
    const valid = new Map((await this.validHolders(on)).map((o) => [o.certificateId, o]));
    return ids.flatMap((id) => valid.get(id) ?? []);
  }
}

export function officerOf(c: EnforcementCertificate): CertifiedOfficer {
  return {
    certificateId: c.id,
    certificateNo: c.certificateNo,
    holderName: c.holderName,
    userId: c.holderUserId,
    departmentId: c.departmentId,
    category: c.category,
    expiresOn: c.expiresOn,
  };
}
