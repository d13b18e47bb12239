import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { ErrorBodyView } from './common/api-schema';
import { loadConfig } from './config/app-config';

/** The OpenAPI document served at /api/docs/openapi.json (src/web/ui/api-types.ts is generated from it). */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('法治督办 API')
    .setDescription('法治政府建设工作清单、任务督办与到期提醒。除登录和运行状态外，所有接口需要 Bearer 令牌。')
    .setVersion('1.0')
    .addBearerAuth()
    .addGlobalResponse({ status: 'default', description: '出错时的统一错误格式（message 为中文说明）', type: ErrorBodyView })
    .build();
  return SwaggerModule.createDocument(app, config);
}

/**
 * The same document without a database, Redis or a listening port: Nest's preview mode registers
 * the modules and controllers but instantiates no provider, so a throw-away config is enough.
 */
export async function previewOpenApiDocument(): Promise<OpenAPIObject> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-openapi-'));
  try {
    const config = loadConfig({}, { DATA_DIR: dataDir, JWT_SECRET: 'openapi-preview-'.padEnd(48, 'x'), DEMO: 'false' });
    const app = await NestFactory.create(AppModule.forRoot(config), { preview: true, logger: false, abortOnError: false });
    try {
      return createOpenApiDocument(app);
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
