import { CallHandler, ExecutionContext, HttpException, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { getMetadataStorage } from 'class-validator';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { InputValidationException } from './validation';

interface RouteShape {
  /** Query parameters the handler reads; null when it takes the query as a plain object. */
  queryKeys: ReadonlySet<string> | null;
  /** Whether the handler takes uploaded files (the only place multipart bodies belong). */
  takesFiles: boolean;
}

type RouteArgs = Record<string, { index: number; data?: unknown }>;

/** The fields class-validator knows on a query DTO: the whitelist the validation pipe applies. */
function validatedFields(dto: unknown): string[] | null {
  if (typeof dto !== 'function' || dto === Object) return null;
  return getMetadataStorage()
    .getTargetValidationMetadatas(dto, '', true, false)
    .map((m) => m.propertyName);
}

function routeShape(context: ExecutionContext): RouteShape {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) ?? {}) as RouteArgs;
  const paramTypes = (Reflect.getMetadata('design:paramtypes', context.getClass().prototype as object, context.getHandler().name) ?? []) as unknown[];
  let queryKeys: Set<string> | null = new Set();
  let takesFiles = false;
  for (const [key, arg] of Object.entries(args)) {
    const type = Number(key.split(':')[0]) as RouteParamtypes;
    if (type === RouteParamtypes.FILE || type === RouteParamtypes.FILES) takesFiles = true;
    if (type !== RouteParamtypes.QUERY || queryKeys === null) continue;
    const fields = typeof arg.data === 'string' ? [arg.data] : validatedFields(paramTypes[arg.index]);
    if (fields === null) queryKeys = null;
    else fields.forEach((f) => queryKeys!.add(f));
  }
  return { queryKeys, takesFiles };
}

const hasBody = (req: Request) => req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

/**
 * Refuses what no handler reads before any work is done: query parameters the route does not
 * declare (400, naming them) and bodies that are neither JSON nor, on upload routes, multipart
 * (415) — a cross-site HTML form cannot post JSON, so it cannot reach a JSON route.
 */
@Injectable()
export class RequestShapeInterceptor implements NestInterceptor {
  private readonly shapes = new WeakMap<object, RouteShape>();

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const handler = context.getHandler();
    let shape = this.shapes.get(handler);
    if (!shape) this.shapes.set(handler, (shape = routeShape(context)));

    if (shape.queryKeys) {
      const unknown = Object.keys(req.query ?? {}).filter((k) => !shape.queryKeys!.has(k));
      if (unknown.length > 0) throw new InputValidationException(unknown.slice(0, 10).map((field) => ({ field, message: '不允许的查询参数' })));
    }
    if (hasBody(req) && !req.is('application/json') && !(shape.takesFiles && req.is('multipart/form-data'))) {
      const expected = shape.takesFiles ? 'multipart/form-data' : 'application/json';
      throw new HttpException(`不支持的内容类型，请求体应为 ${expected}`, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }
    return next.handle();
  }
}
