import { ValidateBy, type ValidationOptions } from 'class-validator';

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
