import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { rm } from 'node:fs/promises';
import { EntityNotFoundError, QueryFailedError } from 'typeorm';
import { clientErrorOfQuery } from './database-errors';
import { DomainError } from './domain-error';
import { requestContext } from './request-context';
import { FieldError, InputValidationException } from './validation';

/** The one error body of the API. `message` is Chinese and meant for the user. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  fields?: FieldError[];
  requestId?: string;
}

const STATUS_TEXT: Record<number, string> = {
  400: '请求有误',
  401: '请先登录',
  403: '没有权限执行此操作',
  404: '请求的资源不存在',
  405: '不支持的请求方法',
  409: '与现有数据冲突',
  413: '请求内容过大',
  415: '不支持的内容类型',
  422: '无法处理的请求',
  429: '请求过于频繁，请稍后再试',
  503: '服务暂不可用，请稍后再试',
};

/** Body-parser and multer raise plain errors carrying a status: map them, never a 500. */
function clientErrorOf(err: { type?: string; code?: string; status?: number }): [number, string] | undefined {
  if (err.type === 'entity.parse.failed') return [400, '请求体不是有效的 JSON'];
  if (err.type === 'entity.too.large' || err.code === 'LIMIT_FILE_SIZE') return [413, '请求内容过大'];
  if (err.code === 'LIMIT_FILE_COUNT' || err.code === 'LIMIT_UNEXPECTED_FILE') return [400, '上传的文件数量超过限制或字段名不正确'];
  if (err.type === 'encoding.unsupported' || err.type === 'charset.unsupported') return [415, '不支持的字符编码'];
  if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) return [err.status, STATUS_TEXT[err.status] ?? '请求有误'];
  return undefined;
}

/** Uploads land in a temp folder before validation: a refused request must not leave them there. */
function discardUploads(files: unknown): void {
  const list = Array.isArray(files) ? files : files && typeof files === 'object' ? Object.values(files).flat() : [];
  for (const f of list as { path?: string }[]) if (f?.path) void rm(f.path, { force: true });
}

@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    discardUploads(host.switchToHttp().getRequest<{ files?: unknown }>().files);
    const body = this.toBody(exception);
    body.requestId = requestContext.get()?.requestId;
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (res.headersSent) return;
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    // Nest wraps an error raised inside body-parser (our `verify` hook's) in a second HttpException.
    if (exception instanceof HttpException && exception.cause instanceof HttpException) return this.toBody(exception.cause);
    if (exception instanceof InputValidationException) {
      return { statusCode: 400, error: 'ValidationFailed', message: exception.message, fields: exception.fields };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const given = typeof response === 'string' ? response : (response as { message?: unknown }).message;
      // Nest wraps body-parser errors (bad JSON, too large) in an HttpException: keep their own sentence.
      const cause = exception.cause && typeof exception.cause === 'object' ? clientErrorOf(exception.cause) : undefined;
      const message =
        typeof given === 'string' && /[\u4e00-\u9fff]/.test(given) ? given : cause?.[0] === status ? cause[1] : (STATUS_TEXT[status] ?? '请求有误');
      // A route may name a more specific code than the status (e.g. PASSWORD_CHANGE_REQUIRED).
      const code = (response as { errorCode?: unknown }).errorCode;
      return { statusCode: status, error: typeof code === 'string' ? code : (HttpStatus[status] ?? 'Error'), message };
    }
    if (exception instanceof DomainError) return { statusCode: exception.status, error: HttpStatus[exception.status] ?? 'Error', message: exception.message };
    if (exception instanceof EntityNotFoundError) return { statusCode: 404, error: 'NOT_FOUND', message: STATUS_TEXT[404] };
    if (exception instanceof QueryFailedError) {
      const client = clientErrorOfQuery(exception);
      if (client) return { statusCode: client.status, error: HttpStatus[client.status] ?? 'Error', message: client.message };
    }
    const client = exception && typeof exception === 'object' ? clientErrorOf(exception) : undefined;
    if (client) return { statusCode: client[0], error: HttpStatus[client[0]] ?? 'Error', message: client[1] };
    return { statusCode: 500, error: 'INTERNAL_SERVER_ERROR', message: '服务器内部错误，请稍后再试或联系管理员' };
  }
}
