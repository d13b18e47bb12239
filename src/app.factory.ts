import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { createLogger, PinoNestLogger, requestLogger } from './common/logger';
import { jsonBodyGuard, verifyJsonText } from './common/json-body-guard';
import { requestIdMiddleware } from './common/request-id.middleware';
import { createValidationPipe } from './common/validation';
import { createOpenApiDocument } from './openapi';
import { mountQueueDashboard } from './queue/queue-dashboard';
import { mountWebUi } from './web/serve-ui';
import type { AppConfig } from './config/app-config';
import type { NextFunction, Request, Response } from 'express';
import type { DestinationStream } from 'pino';

/** TRUST_PROXY as Express reads it: a boolean, a hop count, or addresses/subnets. */
function trustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/**
 * Builds the HTTP application exactly as production runs it (the e2e tests use this too).
 * `logStream` replaces stdout as the destination of the JSON log lines.
 */
export async function createApp(config: AppConfig, options: { logger?: false; logStream?: DestinationStream } = {}): Promise<NestExpressApplication> {
  const logger = createLogger(config.LOG_LEVEL, options.logStream);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: options.logger ?? new PinoNestLogger(logger),
    cors: config.CORS_ORIGINS ? { origin: config.CORS_ORIGINS.split(',').map((o) => o.trim()) } : false,
  });
  app.use(requestIdMiddleware);
  app.use(requestLogger(logger));
  app.use(
    helmet({
      // No upgrade-insecure-requests: the web UI is often served over plain HTTP on an intranet.
      contentSecurityPolicy: { directives: { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:', 'blob:'], 'upgrade-insecure-requests': null } },
    }),
  );
  // JSON only: no urlencoded parser, so a cross-site form post cannot fill a DTO (415, see RequestShapeInterceptor).
  // Nest's options type hides `verify` (it uses it for rawBody, which is off here).
  app.useBodyParser('json', { limit: config.BODY_LIMIT, ...({ verify: verifyJsonText } as object) });
  app.use(jsonBodyGuard);
  app.set('trust proxy', trustProxy(config.TRUST_PROXY));
  app.disable('x-powered-by');
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  mountWebUi(app);
  // Everything past the UI's files (served above with their own Cache-Control) is per user and
  // often personal: never kept by a browser or proxy cache.
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  mountQueueDashboard(app);
  SwaggerModule.setup('api/docs', app, () => createOpenApiDocument(app), { jsonDocumentUrl: 'api/docs/openapi.json' });
  return app;
}
