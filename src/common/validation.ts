import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

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

/** Flattens nested validation errors into `field.path: 中文说明` pairs. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([name, english]) => ({
      field,
      message: HAS_CJK.test(english) ? english : (MESSAGES[name]?.(english) ?? `不符合要求（${name}）`),
    }));
    return [...own, ...toFieldErrors(e.children ?? [], field)];
  });
}

export class InputValidationException extends BadRequestException {
  constructor(readonly fields: FieldError[]) {
    super(`输入有误：${fields.map((f) => `${f.field} ${f.message}`).join('；')}`);
  }
}

/** Whitelist, refuse unknown fields, convert types: the one pipe every route goes through. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => new InputValidationException(toFieldErrors(errors)),
  });
}
