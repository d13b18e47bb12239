import type { NextFunction, Request, Response } from 'express';
import { InputValidationException, type FieldError } from './validation';

/**
 * Bounds on the shape of a JSON body, far above what any route needs (the deepest body, a template
 * with schedule rules, is 7 levels; the widest object, the bureau settings, a few dozen keys; the
 * largest, a template of 200 items, some 6,000 values). Route DTOs set the tighter, per-field limits.
 */
export const JSON_LIMITS = { maxDepth: 20, maxValues: 20_000, maxKeysPerObject: 200, maxArrayLength: 1000 } as const;

const BODY = '(请求体)';
const LONE_SURROGATE = '包含无效的 Unicode 字符（孤立的代理项）';
/** In `u` mode a surrogate pair is one code point, so only a lone surrogate is in category Cs. */
const HAS_LONE_SURROGATE = /\p{Cs}/u;
const wellFormed = (s: string) => !HAS_LONE_SURROGATE.test(s);

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

/**
 * One pass over the raw bytes before JSON.parse: nesting depth and number of values (commas).
 * A hostile body (3,000 levels, 100,000 keys) is refused for the cost of reading it, never parsed.
 */
export function scanJsonText(buf: Buffer): FieldError | undefined {
  let depth = 0;
  let values = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === BACKSLASH) escaped = true;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > JSON_LIMITS.maxDepth) return { field: BODY, message: `嵌套过深（最多 ${JSON_LIMITS.maxDepth} 层）` };
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === COMMA && ++values > JSON_LIMITS.maxValues) return { field: BODY, message: `包含的值过多（最多 ${JSON_LIMITS.maxValues} 个）` };
  }
  return undefined;
}

/** body-parser's `verify` hook: refuses the body before it is parsed. */
export function verifyJsonText(_req: unknown, _res: unknown, buf: Buffer): void {
  const problem = scanJsonText(buf);
  if (problem) throw new InputValidationException([problem]);
}

/**
 * The first problem of a parsed body, as a field error, or undefined when it is within bounds:
 * ill-formed Unicode in a string or key, an object or array wider than JSON_LIMITS, a key that names
 * an object's internals (`__proto__`, `constructor`, `prototype`). Walks with an
 * explicit stack and stops at the first problem.
 */
export function findJsonBodyProblem(body: unknown): FieldError | undefined {
  const stack: { value: unknown; path: string }[] = [{ value: body, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    const field = path || BODY;
    if (typeof value === 'string') {
      if (!wellFormed(value)) return { field, message: LONE_SURROGATE };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      if (value.length > JSON_LIMITS.maxArrayLength) return { field, message: `最多 ${JSON_LIMITS.maxArrayLength} 项` };
      value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]` }));
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > JSON_LIMITS.maxKeysPerObject) return { field, message: `字段过多（最多 ${JSON_LIMITS.maxKeysPerObject} 个）` };
    for (const key of keys) {
      const child = path ? `${path}.${key}` : key;
      if (!wellFormed(key)) return { field: child.replace(/\p{Cs}/gu, '\uFFFD'), message: `字段名${LONE_SURROGATE}` };
      // class-transformer copies a `constructor` key onto the DTO, and class-validator then finds no
      // rules for it and lets the whole body through: no route takes these names.
      if (RESERVED_KEYS.has(key)) return { field: child, message: '不允许的字段' };
      stack.push({ value: (value as Record<string, unknown>)[key], path: child });
    }
  }
  return undefined;
}

/** Express middleware after the JSON parser: refuses wide objects and ill-formed Unicode. */
export function jsonBodyGuard(req: Request, _res: Response, next: NextFunction): void {
  const problem = req.body === undefined ? undefined : findJsonBodyProblem(req.body);
  next(problem ? new InputValidationException([problem]) : undefined);
}
