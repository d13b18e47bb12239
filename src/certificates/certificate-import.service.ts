import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { AuthUser } from '../access/auth-user';
import { type UploadedXlsx } from '../common/xlsx';
import { checkImportRow, type ImportColumn, ImportErrors, readImportRows } from '../common/xlsx-import';
import { TransactionRunner } from '../database/transaction-runner';
import { DepartmentsService } from '../org/departments.service';
import { EnforcementCertificate } from './certificate.entity';
import { CertificatesService } from './certificates.service';
import { CreateCertificateDto } from './dto/certificate.dto';
import type { CertificateImportResult } from './dto/certificate.view';

export const CERTIFICATE_IMPORT_COLUMNS: ImportColumn[] = [
  { header: '持证人', field: 'holderName', example: '李明' },
  { header: '所属部门编码', field: 'departmentId', example: 'private' },
  { header: '执法证号', field: 'certificateNo', example: '33010020240001' },
  { header: '执法类别', field: 'category', example: '教育行政执法' },
  { header: '发证日期', field: 'issuedOn', example: '2024-03-15' },
  { header: '有效期至', field: 'expiresOn', example: '' },
  { header: '备注', field: 'notes', example: '' },
];

/** 2024/3/15 and 2024.3.15 are read as 2024-03-15; anything else is left for the date rule to refuse. */
export function normaliseDate(text: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : text;
}

/**
 * 执法证 import from the template: each row passes the create route's rules (department by its
 * code, certificate number unique in the file and the register); the whole file is written in
 * one transaction, or nothing is.
 */
@Injectable()
export class CertificateImportService {
  constructor(
    @InjectRepository(EnforcementCertificate) private readonly certificates: Repository<EnforcementCertificate>,
    private readonly register: CertificatesService,
    private readonly departments: DepartmentsService,
    private readonly tx: TransactionRunner,
  ) {}

  async import(caller: AuthUser, file: UploadedXlsx | undefined): Promise<CertificateImportResult> {
    await this.register.expectKeeper(caller);
    const errors = new ImportErrors();
    const rows = await readImportRows(file, CERTIFICATE_IMPORT_COLUMNS, errors);
    const codes = new Map((await this.departments.list()).map((d) => [d.code, d.id]));
    const numbers = rows.map((r) => r.cells.get('执法证号')!).filter(Boolean);
    const taken = new Set(
      (await this.certificates.find({ where: { certificateNo: In(numbers) }, select: { certificateNo: true } })).map((c) => c.certificateNo),
    );
    const inFile = new Map<string, number>();
    const parsed: CreateCertificateDto[] = [];
    for (const row of rows) {
      const code = row.cells.get('所属部门编码')!;
      const departmentId = codes.get(code);
      if (code && departmentId === undefined) errors.add(row.rowNumber, '所属部门编码', `不存在的部门 ${code}`);
      const fields = {
        holderName: row.cells.get('持证人'),
        departmentId: departmentId ?? code,
        certificateNo: row.cells.get('执法证号'),
        category: row.cells.get('执法类别'),
        issuedOn: normaliseDate(row.cells.get('发证日期')!),
        expiresOn: normaliseDate(row.cells.get('有效期至')!),
        notes: row.cells.get('备注'),
      };
      const dto = await checkImportRow(CreateCertificateDto, fields, row, CERTIFICATE_IMPORT_COLUMNS, errors, ['departmentId']);
      const no = dto.certificateNo;
      if (no && taken.has(no)) errors.add(row.rowNumber, '执法证号', `执法证号 ${no} 已登记`);
      else if (no && inFile.has(no)) errors.add(row.rowNumber, '执法证号', `与第${inFile.get(no)}行重复：${no}`);
      if (no) inFile.set(no, inFile.get(no) ?? row.rowNumber);
      if (dto.issuedOn && dto.expiresOn && dto.expiresOn <= dto.issuedOn) errors.add(row.rowNumber, '有效期至', '有效期至必须晚于发证日期');
      parsed.push(dto);
    }
    errors.throwIfAny();
    const entries = await Promise.all(
      parsed.map(async (dto) => ({
        ...dto,
        holderUserId: null,
        expiresOn: dto.expiresOn ?? (await this.register.defaultExpiry(dto.issuedOn)),
        notes: dto.notes ?? '',
      })),
    );
    await this.tx.run((m) => m.getRepository(EnforcementCertificate).save(entries.map((e) => m.create(EnforcementCertificate, { ...e, status: 'valid' }))));
    return { created: entries.length };
  }
}
