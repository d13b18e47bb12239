import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { JsonLogger } from './common/json-logger';
import { requestIdMiddleware } from './common/request-id.middleware';
import { createValidationPipe } from './common/validation';
import { mountQueueDashboard } from './queue/queue-dashboard';
import { mountWebUi } from './web/serve-ui';
import type { AppConfig } from './config/app-config';

/** Builds the HTTP application exactly as production runs it (the e2e tests use this too). */
export async function createApp(config: AppConfig, options: { logger?: false } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: options.logger ?? new JsonLogger(config.LOG_LEVEL),
    cors: config.CORS_ORIGINS ? { origin: config.CORS_ORIGINS.split(',').map((o) => o.trim()) } : false,
  });
  app.use(requestIdMiddleware);
  app.use(
    helmet({
      // No upgrade-insecure-requests: the web UI is often served over plain HTTP on an intranet.
      contentSecurityPolicy: { directives: { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:', 'blob:'], 'upgrade-insecure-requests': null } },
    }),
  );
  app.useBodyParser('json', { limit: config.BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: config.BODY_LIMIT, extended: false });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const doc = new DocumentBuilder()
    .setTitle('法治督办 API')
    .setDescription('法治政府建设工作清单、任务督办与到期提醒。除登录和运行状态外，所有接口需要 Bearer 令牌。')
    .setVersion('1.0')
    .addBearerAuth()
    .build();
  mountQueueDashboard(app);
  mountWebUi(app);
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, doc), { jsonDocumentUrl: 'api/docs/openapi.json' });
  return app;
}
