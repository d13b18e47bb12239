import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import { isValidDate, yearOf } from '../common/dates';
import { type UploadedXlsx } from '../common/xlsx';
import { checkImportRow, type ImportColumn, ImportErrors, readImportRows } from '../common/xlsx-import';
import { TransactionRunner } from '../database/transaction-runner';
import { OrgDirectory } from '../org/org-directory.service';
import { CreateFindingDto } from './dto/finding.dto';
import { FindingImportResult } from './dto/finding.view';
import { FINDING_SOURCES, mayRecord, SOURCE_NAMES, type FindingSource } from './finding-rules';
import { FindingsService } from './findings.service';

export const FINDING_IMPORT_COLUMNS: ImportColumn[] = [
  { header: '问题来源', field: 'source', example: '督察' },
  { header: '来源说明', field: 'sourceRef', example: '2026年县法治政府建设督察反馈意见' },
  { header: '发现日期', field: 'foundOn', example: '2026-03-10' },
  { header: '问题描述', field: 'description', example: '部分行政执法案卷未附执法人员执法证号' },
  { header: '责任股室', field: 'departmentId', example: '民办教育股' },
  { header: '整改措施', field: 'measures', example: '逐卷补正执法证号，完善案卷归档检查表' },
  { header: '整改期限', field: 'deadlineOn', example: '2026-04-30' },
];

const SOURCE_BY_NAME = new Map<string, FindingSource>([
  ...FINDING_SOURCES.map((s) => [s, s] as const),
  ...FINDING_SOURCES.map((s) => [SOURCE_NAMES[s], s] as const),
]);

/** 整改台账 from Excel: every row checked first (as the create route would), then all written in one transaction, or none. */
@Injectable()
export class FindingsImportService {
  constructor(
    private readonly findings: FindingsService,
    private readonly org: OrgDirectory,
    private readonly tx: TransactionRunner,
  ) {}

  async import(caller: AuthUser, file: UploadedXlsx | undefined): Promise<FindingImportResult> {
    const errors = new ImportErrors();
    const rows = await readImportRows(file, FINDING_IMPORT_COLUMNS, errors);
    const departments = new Map([...(await this.org.departmentNames())].map(([id, name]) => [name, id]));
    const legal = (await this.findings.editsAll(caller)) || caller.role === 'leader';
    const parsed: CreateFindingDto[] = [];
    for (const row of rows) {
      const cell = (header: string) => row.cells.get(header) ?? '';
      const source = SOURCE_BY_NAME.get(cell('问题来源'));
      if (cell('问题来源') && !source) errors.add(row.rowNumber, '问题来源', `应为以下之一：${FINDING_SOURCES.map((s) => SOURCE_NAMES[s]).join('、')}`);
      const departmentId = departments.get(cell('责任股室'));
      if (cell('责任股室') && departmentId === undefined) errors.add(row.rowNumber, '责任股室', `不存在的股室 ${cell('责任股室')}`);
      const fields = Object.fromEntries(FINDING_IMPORT_COLUMNS.map((c) => [c.field, cell(c.header)]));
      const given = { ...fields, source: source ?? fields.source, departmentId: departmentId ?? fields.departmentId };
      const dto = await checkImportRow(CreateFindingDto, given, row, FINDING_IMPORT_COLUMNS, errors, ['source', 'departmentId']);
      if (source && departmentId !== undefined && !mayRecord(caller, legal, departmentId, source)) {
        errors.add(row.rowNumber, '责任股室', '只能登记本股室的自查问题');
      }
      if (isValidDate(dto.foundOn) && isValidDate(dto.deadlineOn) && dto.deadlineOn < dto.foundOn)
        errors.add(row.rowNumber, '整改期限', '整改期限不能早于发现日期');
      parsed.push(dto);
    }
    errors.throwIfAny();
    const codes = new Map<number, string[]>();
    for (const year of new Set(parsed.map((d) => yearOf(d.foundOn)))) {
      codes.set(year, await this.findings.nextCodes(year, parsed.filter((d) => yearOf(d.foundOn) === year).length));
    }
    await this.tx.run(async (m) => {
      for (const dto of parsed) await this.findings.open(caller, dto, codes.get(yearOf(dto.foundOn))!.shift()!, m);
    });
    return { created: parsed.length };
  }
}
