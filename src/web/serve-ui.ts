import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';

/** Where `npm run build` (scripts/build-ui.mjs) writes the web interface: <project>/dist/web. */
export function webUiDir(): string {
  // This file runs as dist/src/web/serve-ui.js (production) or src/web/serve-ui.ts (tests):
  // walk up to the folder holding package.json.
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'dist', 'web');
}

const NOT_BUILT =
  '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>法治督办</title>' +
  '<body style="font-family:sans-serif;padding:2rem"><h1>法治督办</h1>' +
  '<p>网页界面尚未构建。请在项目目录执行 <code>npm run build</code>（或 <code>npm start</code>）后刷新本页。</p>' +
  '<p>接口文档：<a href="/api/docs">/api/docs</a></p></body></html>';

/**
 * Hands `/assets/x.js` to the static server as `x.js.br` (or `.gz`) when the build wrote that
 * copy and the browser accepts the encoding; the type stays that of `x.js`.
 */
function precompressed(assets: string) {
  const files = new Set(existsSync(assets) ? readdirSync(assets) : []);
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = req.path.slice(1);
    if (!files.has(`${name}.br`)) return next();
    res.vary('Accept-Encoding');
    // Brotli whenever accepted (smaller), whatever order the browser lists encodings in.
    const encoding = req.acceptsEncodings('br') === 'br' ? 'br' : req.acceptsEncodings('gzip') === 'gzip' ? 'gzip' : undefined;
    if (!encoding) return next();
    res.setHeader('Content-Encoding', encoding);
    res.type(extname(name));
    req.url = `/${name}${encoding === 'br' ? '.br' : '.gz'}`;
    next();
  };
}

/**
 * Serves the single-page web interface on the API's own port: `/` (and `/index.html`) is the
 * page, `/assets/*` the hashed bundle (cached for a year, precompressed). Everything else falls
 * through to the API, /api/docs, /health and /admin/queues. Routing inside the page is by hash
 * (#/tasks/12).
 */
export function mountWebUi(app: NestExpressApplication, dir = webUiDir()): void {
  const assets = join(dir, 'assets');
  app.use('/assets', precompressed(assets));
  app.useStaticAssets(assets, { prefix: '/assets/', index: false, immutable: true, maxAge: '365d', fallthrough: true });
  const index = join(dir, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || (req.path !== '/' && req.path !== '/index.html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    if (!existsSync(index)) return void res.status(503).type('html').send(NOT_BUILT);
    res.sendFile(index, (err) => err && next(err));
  });
}
