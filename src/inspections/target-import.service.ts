import { Injectable } from '@nestjs/common';
import { type UploadedXlsx } from '../common/xlsx';
import { checkImportRow, type ImportColumn, ImportErrors, readImportRows } from '../common/xlsx-import';
import { TransactionRunner } from '../database/transaction-runner';
import { OrgDirectory } from '../org/org-directory.service';
import { InspectionTarget, RISK_LEVELS, TARGET_CATEGORIES } from './directory.entity';
import { CreateTargetDto } from './dto/directory.dto';
import { ImportResultView } from './dto/inspection.view';

export const TARGET_IMPORT_COLUMNS: ImportColumn[] = [
  { header: '名称', field: 'name', example: '城关镇第一小学' },
  { header: '类别', field: 'category', example: '中小学校' },
  { header: '乡镇/街道', field: 'area', example: '城关镇' },
  { header: '风险等级', field: 'riskLevel', example: '中' },
  { header: '监管股室', field: 'supervisingDepartmentId', example: '教育股' },
];

const byLabel = <K extends string>(labels: Record<K, string>) =>
  new Map<string, K>(
    Object.entries(labels).flatMap(([code, label]) => [
      [code, code as K],
      [label as string, code as K],
    ]),
  );
const CATEGORY_BY_NAME = byLabel(TARGET_CATEGORIES);
const RISK_BY_NAME = byLabel(RISK_LEVELS);

/** 检查对象名录库 from the .xlsx template: every row checked, all written in one transaction or none. */
@Injectable()
export class TargetImportService {
  constructor(
    private readonly org: OrgDirectory,
    private readonly tx: TransactionRunner,
  ) {}

  async importTargets(file: UploadedXlsx | undefined): Promise<ImportResultView> {
    const errors = new ImportErrors();
    const rows = await readImportRows(file, TARGET_IMPORT_COLUMNS, errors);
    const departments = new Map([...(await this.org.departmentNames())].map(([id, name]) => [name, id]));
    const parsed: CreateTargetDto[] = [];
    for (const row of rows) {
      const cell = (header: string) => row.cells.get(header) ?? '';
      const category = CATEGORY_BY_NAME.get(cell('类别'));
      if (cell('类别') && !category) errors.add(row.rowNumber, '类别', `应为以下之一：${Object.values(TARGET_CATEGORIES).join('、')}`);
      const risk = RISK_BY_NAME.get(cell('风险等级'));
      if (cell('风险等级') && !risk) errors.add(row.rowNumber, '风险等级', '应为“低”“中”或“高”');
      const department = cell('监管股室') ? departments.get(cell('监管股室')) : undefined;
      if (cell('监管股室') && department === undefined) errors.add(row.rowNumber, '监管股室', `不存在的股室 ${cell('监管股室')}`);
      const fields = {
        name: cell('名称'),
        category: category ?? cell('类别'),
        area: cell('乡镇/街道'),
        riskLevel: risk ?? cell('风险等级'),
        supervisingDepartmentId: department,
      };
      parsed.push(await checkImportRow(CreateTargetDto, fields, row, TARGET_IMPORT_COLUMNS, errors, ['category', 'riskLevel']));
    }
    errors.throwIfAny();
    await this.tx.run((m) =>
      m.save(
        parsed.map((dto) =>
          m.create(InspectionTarget, { area: '', riskLevel: 'low', supervisingDepartmentId: null, schoolDepartmentId: null, active: true, ...dto }),
        ),
      ),
    );
    return Object.assign(new ImportResultView(), { created: parsed.length });
  }
}
