import { Injectable } from '@nestjs/common';
import { BureauService } from '../bureau/bureau.service';
import { type UploadedXlsx } from '../common/xlsx';
import { checkImportRow, type ImportColumn, ImportErrors, readImportRows } from '../common/xlsx-import';
import { TransactionRunner } from '../database/transaction-runner';
import { OrgDirectory } from '../org/org-directory.service';
import { DocumentCases } from './document-cases';
import { DocumentsService } from './documents.service';
import { CreateDocumentDto } from './dto/document.dto';
import { DocumentImportResult } from './dto/document.view';
import { NormativeDocument } from './normative-document.entity';

export const DOCUMENT_IMPORT_COLUMNS: ImportColumn[] = [
  { header: '文号', field: 'docNumber', example: '某教发〔2024〕5号' },
  { header: '标题', field: 'title', example: '某县中小学校外培训机构管理暂行办法' },
  { header: '起草股室', field: 'departmentId', example: '民办教育与审批股' },
  { header: '公布日期', field: 'publishedOn', example: '2024-03-01' },
  { header: '施行日期', field: 'effectiveOn', example: '2024-04-01' },
  { header: '暂行或试行', field: 'provisional', example: '是' },
  { header: '备案日期', field: 'filedOn', example: '2024-03-20' },
  { header: '公平竞争审查', field: 'fairCompetitionReviewed', example: '是' },
  { header: '备注', field: 'notes', example: '' },
];

const YES_NO: Record<string, boolean> = { 是: true, 否: false };

/** 2024/3/1, 2024.3.1 and Excel date cells (read as a JS date text) become 2024-03-01; anything else is left for the DTO to refuse. */
export function importDate(text: string): string {
  const parts = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (parts) return `${parts[1]}-${parts[2].padStart(2, '0')}-${parts[3].padStart(2, '0')}`;
  const parsed = /GMT/.test(text) ? new Date(text) : null;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString().slice(0, 10) : text;
}

/**
 * Imports entries from the template: every row checked (the create route's rules, 文号 unique in
 * the file and the register, the department by name), all written in one transaction or none.
 * Evaluation cases are opened afterwards, one per entry, as for an entry made by hand.
 */
@Injectable()
export class DocumentsImportService {
  constructor(
    private readonly documents: DocumentsService,
    private readonly cases: DocumentCases,
    private readonly org: OrgDirectory,
    private readonly bureau: BureauService,
    private readonly tx: TransactionRunner,
  ) {}

  async import(file: UploadedXlsx | undefined): Promise<DocumentImportResult> {
    const errors = new ImportErrors();
    const rows = await readImportRows(file, DOCUMENT_IMPORT_COLUMNS, errors);
    const byName = new Map([...(await this.org.departmentNames())].map(([id, name]) => [name, id]));
    const header = (field: string) => DOCUMENT_IMPORT_COLUMNS.find((c) => c.field === field)!.header;
    const inFile = new Map<string, number>();
    const dtos: CreateDocumentDto[] = [];
    for (const row of rows) {
      const cell = (field: string) => row.cells.get(header(field)) ?? '';
      const flag = (field: string) => {
        const text = cell(field);
        if (text && !(text in YES_NO)) errors.add(row.rowNumber, header(field), '应填“是”或“否”');
        return YES_NO[text];
      };
      const department = cell('departmentId');
      const departmentId = byName.get(department);
      if (department && departmentId === undefined) errors.add(row.rowNumber, header('departmentId'), `不存在的股室或学校：${department}`);
      const fields = {
        docNumber: cell('docNumber'),
        title: cell('title'),
        // An unknown name stays as text: reported once, below, not again as a bad number.
        departmentId: departmentId ?? (department || undefined),
        publishedOn: importDate(cell('publishedOn')),
        effectiveOn: importDate(cell('effectiveOn')),
        provisional: flag('provisional'),
        filedOn: importDate(cell('filedOn')),
        fairCompetitionReviewed: flag('fairCompetitionReviewed'),
        notes: cell('notes'),
      };
      const dto = await checkImportRow(CreateDocumentDto, fields, row, DOCUMENT_IMPORT_COLUMNS, errors, ['departmentId']);
      const number = fields.docNumber;
      if (number && inFile.has(number)) errors.add(row.rowNumber, header('docNumber'), `与第${inFile.get(number)}行重复：${number}`);
      inFile.set(number, inFile.get(number) ?? row.rowNumber);
      dtos.push(dto);
    }
    await this.documents.checkNew(dtos, (i, field, message) => errors.add(rows[i].rowNumber, header(field), message));
    errors.throwIfAny();
    const settings = await this.bureau.settings();
    const saved = await this.tx.run((m) =>
      m.save(
        NormativeDocument,
        dtos.map((dto) => this.documents.build(dto, settings)),
      ),
    );
    for (const doc of saved) await this.cases.issueEvaluation(doc);
    return { created: saved.length };
  }
}
