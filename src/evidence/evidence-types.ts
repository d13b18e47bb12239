import { fileTypeFromFile } from 'file-type';

/** Types a 台账 may hold: PDF, Office documents (OOXML and legacy), images, zip archives. */
const ALLOWED = new Map<string, string>([
  ['application/pdf', 'PDF'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Word'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Excel'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'PowerPoint'],
  ['application/x-cfb', 'Office 97–2003'],
  ['application/vnd.oasis.opendocument.text', 'ODF'],
  ['application/vnd.oasis.opendocument.spreadsheet', 'ODF'],
  ['image/jpeg', 'JPEG'],
  ['image/png', 'PNG'],
  ['image/gif', 'GIF'],
  ['image/webp', 'WebP'],
  ['image/bmp', 'BMP'],
  ['application/zip', 'ZIP'],
]);

export const ALLOWED_DESCRIPTION = 'PDF、Word、Excel、PowerPoint、图片（JPG/PNG/GIF/WebP/BMP）、ZIP 压缩包';

/** The file's real type, read from its bytes; undefined when it is not an allowed type. */
export async function detectAllowedType(path: string): Promise<string | undefined> {
  const detected = await fileTypeFromFile(path);
  return detected && ALLOWED.has(detected.mime) ? detected.mime : undefined;
}
