import { applyDecorators, PayloadTooLargeException, UnsupportedMediaTypeException, BadRequestException } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { stream, Workbook, type Worksheet } from 'exceljs';
import type { Response } from 'express';
import { toDayNumber } from './dates';
import type { Page, PageQueryDto } from './pagination';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** An import file is a few thousand rows at most; anything bigger is a mistake or an attack. */
export const XLSX_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
/** Rows fetched per query while exporting: memory stays bounded whatever the list's length. */
const EXPORT_PAGE_SIZE = 200;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export type CellValue = string | number | boolean | Date | null | undefined;

export interface XlsxColumn<T> {
  header: string;
  value: (row: T) => CellValue;
  /** 'date' for `YYYY-MM-DD` strings, 'datetime' for instants (shown in Asia/Shanghai). */
  kind?: 'date' | 'datetime';
  width?: number;
}

export interface XlsxSheet<T> {
  name: string;
  columns: XlsxColumn<T>[];
  rows: AsyncIterable<T> | Iterable<T>;
}

/** The OpenAPI side of an export route. */
export function ApiXlsx(description: string): MethodDecorator {
  return applyDecorators(ApiProduces(XLSX_MIME), ApiOkResponse({ schema: { type: 'string', format: 'binary' }, description }));
}

/** `任务清单` → `任务清单-2026-12-02.xlsx`, dated by the bureau's calendar day. */
export function exportFileName(title: string, today: string): string {
  return `${title}-${today}.xlsx`;
}

/** RFC 5987/6266: an ASCII fallback for old clients, the real UTF-8 name for everyone else. */
export function attachmentHeader(fileName: string): string {
  return `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Walks every page of a list route's query by cursor, so an export honours exactly the list's
 * filters and scoping, and each page costs the same however deep (no OFFSET).
 */
export async function* allPages<T, Q extends PageQueryDto>(query: Q, fetch: (q: Q) => Promise<Page<T>>): AsyncGenerator<T> {
  const pageOf = (over: Partial<PageQueryDto>) =>
    Object.assign(Object.create(Object.getPrototypeOf(query) as object) as Q, query, { cursor: undefined, page: 1, pageSize: EXPORT_PAGE_SIZE }, over);
  let total: number | null = null;
  for (let q = pageOf({}), page = 1; ; page++) {
    const result = await fetch(q);
    total ??= result.total;
    yield* result.items;
    if (result.nextCursor) q = pageOf({ cursor: result.nextCursor });
    // A route still on OFFSET paging (no cursor in its pages): the next page number, while rows remain.
    else if (result.items.length === EXPORT_PAGE_SIZE && page * EXPORT_PAGE_SIZE < (total ?? 0)) q = pageOf({ page: page + 1 });
    else return;
  }
}

function cell(column: { kind?: XlsxColumn<never>['kind'] }, value: CellValue): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (column.kind === 'date' && typeof value === 'string') return new Date(toDayNumber(value) * 86_400_000);
  // Excel has no time zones: write the Shanghai wall-clock time the users read elsewhere in the app.
  if (column.kind === 'datetime') return new Date(new Date(value as Date | string).getTime() + SHANGHAI_OFFSET_MS);
  return value;
}

const FORMATS = { date: 'yyyy-mm-dd', datetime: 'yyyy-mm-dd hh:mm' } as const;

function widthOf<T>(column: XlsxColumn<T>): number {
  if (column.width) return column.width;
  if (column.kind) return column.kind === 'date' ? 12 : 17;
  // CJK characters are about two Latin characters wide.
  return Math.max(10, [...column.header].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0) + 4);
}

function startSheet<T>(sheet: Worksheet, columns: XlsxColumn<T>[]): void {
  sheet.columns = columns.map((c) => ({ header: c.header, width: widthOf(c), style: c.kind ? { numFmt: FORMATS[c.kind] } : {} }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

/**
 * Streams sheets as an .xlsx to the response. The first row of the first sheet is read before
 * any header goes out, so a refused query (403, 400) still answers as JSON.
 */
export async function sendXlsx<T>(res: Response, fileName: string, sheets: XlsxSheet<T>[]): Promise<void> {
  const iterators = sheets.map((s) => rowsOf(s.rows));
  const first = await iterators[0]?.next();
  res.status(200);
  res.setHeader('Content-Type', XLSX_MIME);
  res.setHeader('Content-Disposition', attachmentHeader(fileName));
  try {
    const workbook = new stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
    for (const [i, spec] of sheets.entries()) {
      const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
      startSheet(sheet, spec.columns);
      const it = iterators[i];
      for (let next = i === 0 && first ? first : await it.next(); !next.done; next = await it.next()) {
        sheet.addRow(spec.columns.map((c) => cell(c, c.value(next.value)))).commit();
      }
      sheet.commit();
    }
    await workbook.commit();
  } catch (err) {
    // Part of the file may already be out: cut the connection so the client sees a failed download, not a truncated file.
    res.destroy(err as Error);
    throw err;
  }
}

function rowsOf<T>(rows: AsyncIterable<T> | Iterable<T>): AsyncIterator<T> {
  if (Symbol.asyncIterator in rows) return rows[Symbol.asyncIterator]();
  const it = rows[Symbol.iterator]();
  return { next: () => Promise.resolve(it.next()) };
}

/** An uploaded import file as multer hands it over. */
export interface UploadedXlsx {
  buffer: Buffer;
  size: number;
  originalname: string;
}

/** One data row of an import sheet: its sheet row number and the cells under each known header. */
export interface ImportRow {
  rowNumber: number;
  cells: Map<string, string>;
}

/**
 * Reads the first sheet of an uploaded .xlsx: headers from row 1, every cell as trimmed text.
 * Refuses what is not an .xlsx (415) or too big (413) before parsing anything.
 */
export async function readImportSheet(file: UploadedXlsx | undefined): Promise<{ headers: string[]; rows: ImportRow[] }> {
  if (!file) throw new BadRequestException('请选择要导入的 Excel 文件（.xlsx）');
  if (file.size > XLSX_IMPORT_MAX_BYTES) throw new PayloadTooLargeException(`导入文件不能超过 ${XLSX_IMPORT_MAX_BYTES / 1024 / 1024} MB`);
  // An .xlsx is a zip: refuse anything else (an .xls, a CSV renamed) without handing it to the parser.
  if (file.buffer.subarray(0, 4).toString('binary') !== 'PK\x03\x04') throw new UnsupportedMediaTypeException('只能导入 Excel 文件（.xlsx）');
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(file.buffer as unknown as ArrayBuffer);
  } catch {
    throw new UnsupportedMediaTypeException('无法读取该文件，请使用下载的导入模板（.xlsx）');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new BadRequestException('导入文件中没有工作表');
  const headers: string[] = [];
  sheet.getRow(1).eachCell((c, col) => (headers[col - 1] = c.text.trim()));
  const rows: ImportRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = new Map<string, string>();
    headers.forEach((h, i) => h && cells.set(h, row.getCell(i + 1).text.trim()));
    if ([...cells.values()].some((v) => v !== '')) rows.push({ rowNumber, cells });
  });
  return { headers, rows };
}

/** An import template: the headers, one example row, frozen and filtered like the exports. */
export function sendTemplate(res: Response, fileName: string, sheetName: string, columns: { header: string; example: string }[]): Promise<void> {
  return sendXlsx(res, fileName, [{ name: sheetName, columns: columns.map((c) => ({ header: c.header, value: () => c.example })), rows: [null] }]);
}
