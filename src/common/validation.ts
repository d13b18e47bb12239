import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';

const num = (m: string) => m.match(/-?\d+(\.\d+)?/)?.[0] ?? '';
const list = (m: string) => m.split(':').slice(1).join(':').trim();

/** class-validator's constraint names → the Chinese sentence shown to users. */
const MESSAGES: Record<string, (english: string) => string> = {
  whitelistValidation: () => '不允许的字段',
  isDefined: () => '必须填写',
  isNotEmpty: () => '不能为空',
  isString: () => '必须是文本',
  isInt: () => '必须是整数',
  isNumber: () => '必须是数字',
  isBoolean: () => '必须是 true 或 false',
  isArray: () => '必须是数组',
  isObject: () => '必须是对象',
  isEmail: () => '必须是有效的电子邮箱地址',
  isIn: (m) => `取值必须是以下之一：${list(m)}`,
  isEnum: (m) => `取值必须是以下之一：${list(m)}`,
  min: (m) => `不能小于 ${num(m)}`,
  max: (m) => `不能大于 ${num(m)}`,
  minLength: (m) => `长度不能少于 ${num(m)} 个字符`,
  maxLength: (m) => `长度不能超过 ${num(m)} 个字符`,
  arrayMinSize: (m) => `至少需要 ${num(m)} 项`,
  arrayMaxSize: (m) => `最多 ${num(m)} 项`,
  arrayUnique: () => '不能有重复项',
  isDateString: () => '必须是日期（YYYY-MM-DD）',
  isISO8601: () => '必须是日期（YYYY-MM-DD）',
  matches: () => '格式不正确',
  nestedValidation: () => '必须是对象',
  isPositive: () => '必须是正数',
};

const HAS_CJK = /[\u4e00-\u9fff]/;

export interface FieldError {
  field: string;
  message: string;
}

/**
 * Type checks, most telling first. When one fails, it is the only message for the field: "必须是文本"
 * for `123`, not the "长度不能超过 60 个字符" that the length check also reports for a non-string.
 */
const TYPE_CHECKS = ['isArray', 'isObject', 'isString', 'isInt', 'isNumber', 'isBoolean'];

/** Flattens nested validation errors into `field.path: 中文说明` pairs (one per field and rule). */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    let constraints = Object.entries(e.constraints ?? {});
    const typeCheck = TYPE_CHECKS.find((name) => e.constraints?.[name] !== undefined);
    if (e.value === undefined && constraints.length && !e.constraints?.whitelistValidation) {
      constraints = [['isDefined', '']];
    } else if (typeCheck) {
      constraints = constraints.filter(([name]) => name === typeCheck);
    }
    const own = constraints.map(([name, english]) => ({
      field,
      message: HAS_CJK.test(english) ? english : (MESSAGES[name]?.(english) ?? `不符合要求（${name}）`),
    }));
    return [...own, ...toFieldErrors(e.children ?? [], field)];
  });
}

/** Every number the API takes (ids, years, counts, page numbers) fits a 32-bit integer column. */
const INT32_MAX = 2_147_483_647;
const OUT_OF_RANGE = `超出允许的范围（绝对值不能大于 ${INT32_MAX}）`;
const NOT_NULL = '不能为 null';

const inRange = (n: number) => Number.isFinite(n) && Math.abs(n) <= INT32_MAX;

// @nestjs/swagger's DECORATORS.API_MODEL_PROPERTIES (not exported from its package entry).
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

/**
 * A field may be null only where its API documentation says so (`nullable: true`), so the
 * OpenAPI document and the pipe agree; `@IsOptional()` alone lets null through to NOT NULL columns.
 */
function mayBeNull(dto: object, key: string): boolean {
  const doc = Reflect.getMetadata(API_MODEL_PROPERTIES, (dto.constructor as { prototype: object }).prototype, key) as { nullable?: boolean } | undefined;
  return doc?.nullable === true;
}

/**
 * Nulls where the field is not nullable and numbers out of range, anywhere in a transformed DTO,
 * as `path → message`. Bodies are at most 20 levels deep (scanJsonText), so the recursion is bounded.
 */
function findShapeErrors(value: unknown, path: string, found: Map<string, string>): void {
  if (typeof value === 'number' && !inRange(value)) found.set(path, OUT_OF_RANGE);
  if (value === null || typeof value !== 'object') return;
  const isDto = !Array.isArray(value) && value.constructor !== Object;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (child === null && isDto && !mayBeNull(value, key)) found.set(childPath, NOT_NULL);
    else findShapeErrors(child, childPath, found);
  }
}

function errorPaths(errors: ValidationError[], parent = '', into = new Set<string>()): Set<string> {
  for (const e of errors) {
    const path = parent ? `${parent}.${e.property}` : e.property;
    if (e.constraints) into.add(path);
    errorPaths(e.children ?? [], path, into);
  }
  return into;
}

export class InputValidationException extends BadRequestException {
  constructor(readonly fields: FieldError[]) {
    super(`输入有误：${fields.map((f) => `${f.field} ${f.message}`).join('；')}`);
  }
}

/** Nest's ValidationPipe with two corrections for how this code base uses DTOs. */
class InputValidationPipe extends ValidationPipe {
  /** `+value` would turn the path id "0x10" into 16 and " " into 0: only decimal strings become numbers. */
  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.metatype === Number && typeof value === 'string' && !/^-?\d+(\.\d+)?$/.test(value)) return value;
    const result = super.transformPrimitive(value, metadata);
    if (typeof result === 'number' && !inRange(result)) throw new InputValidationException([{ field: metadata.data ?? metadata.type, message: OUT_OF_RANGE }]);
    return result;
  }

  /** Adds the checks class-validator has no decorator for: refused nulls and out-of-range numbers. */
  protected override async validate(object: object, options?: ValidatorOptions): Promise<ValidationError[]> {
    const errors = await super.validate(object, options);
    const found = new Map<string, string>();
    findShapeErrors(object, '', found);
    // A field already refused (e.g. "必须是整数" for a required null) keeps its one message.
    const reported = errorPaths(errors);
    for (const [property, message] of found) {
      if (!reported.has(property)) errors.push({ property, value: null, constraints: { shape: message }, children: [] });
    }
    return errors;
  }

  /**
   * Class fields compile with define semantics (ES2022), so a DTO instance carries every declared
   * optional field as an own `undefined` property and `{ ...entity, ...dto }` would blank the
   * entity's value. Only the fields the client actually sent are kept.
   */
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const result: unknown = await super.transform(value, metadata);
    if (result && typeof result === 'object' && !Array.isArray(result) && result !== value) {
      for (const [key, v] of Object.entries(result)) if (v === undefined) delete (result as Record<string, unknown>)[key];
    }
    return result;
  }
}

/** Whitelist, refuse unknown fields, convert types: the one pipe every route goes through. */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    exceptionFactory: (errors) => new InputValidationException(toFieldErrors(errors)),
  });
}
