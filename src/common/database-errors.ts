import { QueryFailedError } from 'typeorm';

export interface ClientError {
  status: number;
  message: string;
}

const CONFLICT_UNIQUE: ClientError = { status: 409, message: '该记录已存在，不能重复创建' };
const CONFLICT_REFERENCE: ClientError = { status: 409, message: '该记录仍被其他数据引用，或引用的数据不存在' };
const MISSING_VALUE: ClientError = { status: 400, message: '缺少必填的值' };
const OUT_OF_RANGE: ClientError = { status: 400, message: '输入的数值或文本超出允许的范围' };

/** better-sqlite3's extended result codes (`err.code`). */
const SQLITE_CODES: Record<string, ClientError> = {
  SQLITE_CONSTRAINT_UNIQUE: CONFLICT_UNIQUE,
  SQLITE_CONSTRAINT_PRIMARYKEY: CONFLICT_UNIQUE,
  SQLITE_CONSTRAINT_FOREIGNKEY: CONFLICT_REFERENCE,
  SQLITE_CONSTRAINT_NOTNULL: MISSING_VALUE,
  SQLITE_CONSTRAINT_CHECK: OUT_OF_RANGE,
  SQLITE_MISMATCH: OUT_OF_RANGE,
  SQLITE_TOOBIG: OUT_OF_RANGE,
};

/** PostgreSQL SQLSTATEs of class 23 (integrity constraint violation). */
const POSTGRES_CODES: Record<string, ClientError> = {
  '23505': CONFLICT_UNIQUE,
  '23503': CONFLICT_REFERENCE,
  '23502': MISSING_VALUE,
  '23514': OUT_OF_RANGE,
};

/**
 * The client error behind a failed query, recognised by the driver's code on both dialects
 * (never by the message, which changes with locale and version); undefined for a real fault.
 */
export function clientErrorOfQuery(err: Pick<QueryFailedError, 'driverError'>): ClientError | undefined {
  const code = (err.driverError as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string') return undefined;
  // Class 22 "data exception": an id beyond `integer`, a malformed date, a text too long …
  if (/^22[0-9A-Z]{3}$/.test(code)) return OUT_OF_RANGE;
  return SQLITE_CODES[code] ?? POSTGRES_CODES[code];
}
