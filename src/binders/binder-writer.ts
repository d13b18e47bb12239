import { stream as excelStream } from 'exceljs';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';

/** One file of the binder: where its bytes are and what the index says about it. */
export interface BinderEntry {
  source: string;
  zipPath: string;
  workPointName: string;
  item: string;
  departmentName: string;
  fileName: string;
  size: number;
  uploadedByName: string;
  uploadedAt: Date;
}

const INDEX_COLUMNS = [
  { header: '工作要点', key: 'workPointName', width: 30 },
  { header: '事项', key: 'item', width: 40 },
  { header: '单位', key: 'departmentName', width: 20 },
  { header: '文件名', key: 'fileName', width: 40 },
  { header: '大小（字节）', key: 'size', width: 14 },
  { header: '上传人', key: 'uploadedByName', width: 12 },
  { header: '上传时间', key: 'uploadedAt', width: 20 },
  { header: '压缩包内路径', key: 'zipPath', width: 80 },
];

/** index.xlsx with one row per file, written row by row (exceljs's streaming writer). */
export async function writeIndex(entries: BinderEntry[], target: string): Promise<void> {
  const workbook = new excelStream.xlsx.WorkbookWriter({ filename: target, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('佐证材料目录');
  sheet.columns = INDEX_COLUMNS;
  for (const e of entries) {
    sheet
      .addRow({
        workPointName: e.workPointName,
        item: e.item,
        departmentName: e.departmentName,
        fileName: e.fileName,
        size: e.size,
        uploadedByName: e.uploadedByName,
        uploadedAt: e.uploadedAt,
        zipPath: e.zipPath,
      })
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}

/**
 * Streams the zip to `target`: index.xlsx first, then each file read from disk only when its
 * turn comes (yazl pumps one entry at a time, under the output's backpressure), so memory stays
 * flat whatever the total. Evidence is mostly already compressed (PDF, JPEG, OOXML): stored as is.
 * `onFile` is told after each evidence file is written.
 */
export async function writeBinderZip(entries: BinderEntry[], indexPath: string, target: string, onFile: (done: number) => void): Promise<void> {
  const zip = new ZipFile();
  const failed = new Promise<never>((_, reject) => zip.on('error', reject));
  zip.addFile(indexPath, 'index.xlsx', { compress: true });
  let done = 0;
  for (const e of entries) {
    zip.addReadStreamLazy(e.zipPath, { mtime: e.uploadedAt, compress: false, size: e.size }, (cb) => {
      const input = createReadStream(e.source);
      // yazl does not watch its inputs' errors: a vanished file would stall the zip forever.
      input.on('error', (err) => zip.emit('error', err));
      input.on('end', () => onFile(++done));
      cb(null, input);
    });
  }
  zip.end();
  try {
    await Promise.race([pipeline(zip.outputStream, createWriteStream(target)), failed]);
  } catch (err) {
    await rm(target, { force: true });
    throw err;
  }
}
