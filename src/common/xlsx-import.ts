import { UseInterceptors, applyDecorators } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { type FieldError, InputValidationException, toFieldErrors } from './validation';
import { type ImportRow, readImportSheet, type UploadedXlsx, XLSX_IMPORT_MAX_BYTES } from './xlsx';

/** One import column: its header in the sheet, the DTO field it fills and the template's example. */
export interface ImportColumn {
  header: string;
  field: string;
  example: string;
}

/** Collects every problem of a file, named by sheet row and column header, before anything is written. */
export class ImportErrors {
  readonly list: FieldError[] = [];
  add(row: number, header: string, message: string): void {
    this.list.push({ field: `第${row}行「${header}」`, message });
  }
  throwIfAny(): void {
    if (this.list.length) throw new InputValidationException(this.list);
  }
}

/** The data rows of an uploaded import file; a missing column or an empty file is refused whole. */
export async function readImportRows(file: UploadedXlsx | undefined, columns: ImportColumn[], errors: ImportErrors): Promise<ImportRow[]> {
  const { headers, rows } = await readImportSheet(file);
  for (const c of columns) if (!headers.includes(c.header)) errors.add(1, c.header, '缺少该列，请使用导入模板');
  errors.throwIfAny();
  if (!rows.length) throw new InputValidationException([{ field: '第2行', message: '文件中没有数据行' }]);
  return rows;
}

/**
 * Runs a create route's DTO rules on a row; problems are reported under the column's header.
 * `reportedElsewhere` names fields whose filled-in value the caller has already judged (a name
 * mapped to a code, say), so they are not reported twice.
 */
export async function checkImportRow<T extends object>(
  dto: new () => T,
  fields: Record<string, unknown>,
  row: ImportRow,
  columns: ImportColumn[],
  errors: ImportErrors,
  reportedElsewhere: string[] = [],
): Promise<T> {
  const plain = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== '' && v !== undefined));
  const instance = plainToInstance(dto, plain);
  for (const e of toFieldErrors(await validate(instance, { whitelist: true, forbidNonWhitelisted: true }))) {
    if (reportedElsewhere.includes(e.field) && fields[e.field]) continue;
    errors.add(row.rowNumber, columns.find((c) => c.field === e.field)?.header ?? e.field, e.message);
  }
  return instance;
}

const IMPORT_BODY = {
  schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: '按导入模板填写的 .xlsx 文件' } } },
};

/** An import route: one multipart `file` field, size-limited before it is buffered, and its OpenAPI body. */
export function XlsxUpload(): MethodDecorator {
  return applyDecorators(
    UseInterceptors(FileInterceptor('file', { limits: { fileSize: XLSX_IMPORT_MAX_BYTES, files: 1, fields: 0 } })),
    ApiConsumes('multipart/form-data'),
    ApiBody(IMPORT_BODY),
  );
}
