import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isValidDate } from './dates';

/** A key-value object (e.g. anchor dates, settings) with at most `max` keys: bounds the work it causes. */
export function MaxKeys(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxKeys',
      constraints: [max],
      validator: { validate: (value: unknown) => value === null || typeof value !== 'object' || Object.keys(value).length <= max },
    },
    { message: `最多 ${max} 个字段`, ...options },
  );
}

/** A real `YYYY-MM-DD` day (2026-13-40 and 2026-02-30 are refused, not rolled over). */
export function IsRealDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isRealDate', validator: { validate: (value: unknown) => isValidDate(value) } },
    { message: '必须是真实的日期（YYYY-MM-DD）', ...options },
  );
}
