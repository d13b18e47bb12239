import { Workbook, type Worksheet } from 'exceljs';
import { binaryParser } from './engine-fixtures';
import type { AuthedClient } from './test-app';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An import file as a user fills in the template: the header row, then the rows. */
export async function xlsxFile(headers: string[], rows: string[][], sheetName = '导入'): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  [headers, ...rows].forEach((r) => sheet.addRow(r));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Downloads an export (200, an .xlsx) and opens it with exceljs. */
export async function downloadXlsx(client: AuthedClient, path: string): Promise<{ workbook: Workbook; disposition: string }> {
  const res = await client
    .get(path)
    .buffer(true)
    .parse(binaryParser as never);
  expect([res.status, res.headers['content-type']]).toEqual([200, XLSX_MIME]);
  const workbook = new Workbook();
  await workbook.xlsx.load(res.body as ArrayBuffer);
  return { workbook, disposition: res.headers['content-disposition'] };
}

/** The first sheet of a downloaded export. */
export async function downloadSheet(client: AuthedClient, path: string): Promise<Worksheet> {
  return (await downloadXlsx(client, path)).workbook.worksheets[0];
}

export const headersOf = (sheet: Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);
export const dataRows = (sheet: Worksheet) => sheet.getRows(2, Math.max(sheet.rowCount - 1, 0)) ?? [];
/** The values under a header, row by row. */
export const column = (sheet: Worksheet, header: string) => dataRows(sheet).map((r) => r.getCell(headersOf(sheet).indexOf(header) + 1).value);
