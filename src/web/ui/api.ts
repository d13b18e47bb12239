import { getToken } from './session';
import type { FieldError } from './types';

/** An API failure, with the Chinese `message` the API wrote for the user and per-field details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: FieldError[] = [],
    /** The API's `error` code, e.g. PASSWORD_CHANGE_REQUIRED. */
    readonly code = '',
  ) {
    super(message);
  }
}

/** The API's answer while an admin-issued password has not been replaced yet. */
export const PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED';

const STATUS_TEXT: Record<number, string> = {
  0: '无法连接服务器，请检查网络后重试',
  400: '提交的内容有误',
  401: '请先登录',
  403: '没有权限执行此操作',
  404: '请求的内容不存在',
  409: '与现有数据冲突',
  413: '文件或内容过大',
  422: '无法处理该请求',
  429: '操作过于频繁，请稍后再试',
  500: '服务器出错，请稍后再试或联系管理员',
  502: '服务暂不可用，请稍后再试',
  503: '服务暂不可用，请稍后再试',
};

let unauthorized: (message: string) => void = () => undefined;
let passwordChangeRequired: () => void = () => undefined;

/** Called when the API answers 401 (token expired, account disabled): the app goes to login. */
export function onUnauthorized(handler: (message: string) => void): void {
  unauthorized = handler;
}

/** Called when the API refuses everything until the password is changed: the app shows that screen. */
export function onPasswordChangeRequired(handler: () => void): void {
  passwordChangeRequired = handler;
}

function errorOf(status: number, body: unknown): ApiError {
  const b = (body && typeof body === 'object' ? body : {}) as { message?: unknown; fields?: unknown; error?: unknown };
  const message = typeof b.message === 'string' && b.message ? b.message : (STATUS_TEXT[status] ?? `请求失败（${status}）`);
  const fields = Array.isArray(b.fields) ? (b.fields as FieldError[]).filter((f) => f && typeof f.field === 'string') : [];
  return new ApiError(status, message, fields, typeof b.error === 'string' ? b.error : '');
}

function parse(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function fail(status: number, body: unknown, path: string): never {
  const err = errorOf(status, body);
  if (status === 401 && path !== '/auth/login') unauthorized(err.message);
  if (err.code === PASSWORD_CHANGE_REQUIRED) passwordChangeRequired();
  throw err;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query: Query = {}): string {
  const qs = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  return qs ? `${path}?${qs}` : path;
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, STATUS_TEXT[0]);
  }
  const data = parse(await res.text());
  if (!res.ok) fail(res.status, data, path);
  return data as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => call<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body: unknown = {}) => call<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => call<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => call<T>('PATCH', path, body),
  delete: <T>(path: string) => call<T>('DELETE', path),
};

export interface UploadHandle<T> {
  done: Promise<T>;
  abort(): void;
}

/** A multipart upload through XMLHttpRequest, which reports the upload's progress. */
export function upload<T>(path: string, form: FormData, onProgress: (loaded: number, total: number) => void): UploadHandle<T> {
  const xhr = new XMLHttpRequest();
  const done = new Promise<T>((resolve, reject) => {
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    const token = getToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded, e.total);
    };
    xhr.onload = () => {
      const data = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as T);
      else {
        try {
          fail(xhr.status, data, path);
        } catch (err) {
          reject(err);
        }
      }
    };
    xhr.onerror = () => reject(new ApiError(0, '上传中断：无法连接服务器，请检查网络后重试'));
    xhr.onabort = () => reject(new ApiError(0, '上传已取消'));
    xhr.send(form);
  });
  return { done, abort: () => xhr.abort() };
}

/** The file name a download answer gives (RFC 5987 `filename*` first). */
function fileNameOf(disposition: string | null, fallback: string): string {
  const utf8 = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  return utf8 ? decodeURIComponent(utf8) : fallback;
}

/**
 * Saves a file the API streams (an Excel export, a template). The API takes a bearer header, not
 * a cookie, so a plain link cannot carry the token: fetch it and save the blob.
 */
export async function download(path: string, query: Query = {}, fallbackName = 'export.xlsx'): Promise<void> {
  const token = getToken();
  let res: Response;
  try {
    res = await fetch(withQuery(path, query), { headers: token ? { Authorization: `Bearer ${token}` } : {}, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, STATUS_TEXT[0]);
  }
  if (!res.ok) fail(res.status, parse(await res.text()), path);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameOf(res.headers.get('Content-Disposition'), fallbackName);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
