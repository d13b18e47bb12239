import type { NextFunction, Request, Response } from 'express';
import { InputValidationException, type FieldError } from './validation';

/**
 * Bounds on the shape of a parsed JSON body, far above what any route needs (the deepest body, a
 * template with schedule rules, is 7 levels; the widest object, the bureau settings, a few dozen
 * keys). Route DTOs set the tighter, per-field limits.
 */
export const JSON_LIMITS = { maxDepth: 20, maxKeysPerObject: 200, maxArrayLength: 1000 } as const;

const LONE_SURROGATE = '包含无效的 Unicode 字符（孤立的代理项）';
/** In `u` mode a surrogate pair is one code point, so only a lone surrogate is in category Cs. */
const HAS_LONE_SURROGATE = /\p{Cs}/u;
const wellFormed = (s: string) => !HAS_LONE_SURROGATE.test(s);

/**
 * The first problem of a parsed body, as a field error, or undefined when it is within bounds.
 * Walks with an explicit stack: a 3,000-level body must not overflow the call stack here either,
 * and it stops at the first problem so a hostile body costs no more than its parse.
 */
export function findJsonBodyProblem(body: unknown): FieldError | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: body, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    const field = path || '(请求体)';
    if (typeof value === 'string') {
      if (!wellFormed(value)) return { field, message: LONE_SURROGATE };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= JSON_LIMITS.maxDepth) return { field, message: `嵌套过深（最多 ${JSON_LIMITS.maxDepth} 层）` };
    if (Array.isArray(value)) {
      if (value.length > JSON_LIMITS.maxArrayLength) return { field, message: `最多 ${JSON_LIMITS.maxArrayLength} 项` };
      value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > JSON_LIMITS.maxKeysPerObject) return { field, message: `字段过多（最多 ${JSON_LIMITS.maxKeysPerObject} 个）` };
    for (const key of keys) {
      const child = path ? `${path}.${key}` : key;
      if (!wellFormed(key)) return { field: child.replace(/\p{Cs}/gu, '\uFFFD'), message: `字段名${LONE_SURROGATE}` };
      stack.push({ value: (value as Record<string, unknown>)[key], path: child, depth: depth + 1 });
    }
  }
  return undefined;
}

/** Express middleware after the JSON parser: refuses bodies outside JSON_LIMITS or with ill-formed Unicode. */
export function jsonBodyGuard(req: Request, _res: Response, next: NextFunction): void {
  const problem = req.body === undefined ? undefined : findJsonBodyProblem(req.body);
  next(problem ? new InputValidationException([problem]) : undefined);
}
