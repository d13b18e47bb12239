import type { Response } from 'supertest';

/** At least one Chinese character: every user-facing message of the API is Chinese. */
export const CHINESE = /[\u4e00-\u9fff]/;

const ERROR_KEYS = ['statusCode', 'error', 'message', 'fields', 'requestId'];

/**
 * Asserts the one error body of the API: `{statusCode, error, message (Chinese), fields?, requestId}`,
 * with requestId equal to the X-Request-Id response header. Returns the body for further checks.
 */
export function expectError(
  res: Response,
  status: number,
): { statusCode: number; error: string; message: string; fields?: { field: string; message: string }[]; requestId: string } {
  expect({ status: res.status, body: res.body }).toEqual({ status, body: expect.objectContaining({ statusCode: status }) });
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = res.body;
  expect(Object.keys(body).filter((k) => !ERROR_KEYS.includes(k))).toEqual([]);
  expect(typeof body.error).toBe('string');
  expect(body.message).toMatch(CHINESE);
  expect(body.requestId).toBe(res.headers['x-request-id']);
  expect(body.requestId).toEqual(expect.any(String));
  if (body.fields !== undefined) {
    expect(body.fields.length).toBeGreaterThan(0);
    for (const f of body.fields) {
      expect(f).toEqual({ field: expect.any(String), message: expect.stringMatching(CHINESE) });
    }
  }
  return body;
}

/** A 400 whose `fields` name `field` (with a Chinese message, optionally matching `message`). */
export function expectFieldError(res: Response, field: string, message?: RegExp | string): void {
  const body = expectError(res, 400);
  const hit = (body.fields ?? []).filter((f) => f.field === field);
  expect({ field, fields: body.fields }).toEqual({ field, fields: expect.arrayContaining([expect.objectContaining({ field })]) });
  if (message !== undefined) expect(hit.map((f) => f.message)).toContainEqual(expect.stringMatching(message));
}

/** Expects the status, printing the body when it differs (tables report which row failed). */
export function expectStatus(res: Response, status: number, label = ''): void {
  expect({ label, status: res.status, body: res.status === status ? undefined : res.body }).toEqual({ label, status, body: undefined });
}
