#!/usr/bin/env node
// Builds the web interface (src/web/ui, Preact + TypeScript) into dist/web with esbuild:
//   dist/web/index.html            the page (no inline script: CSP script-src 'self')
//   dist/web/assets/app-<hash>.js  the bundle;  assets/style-<hash>.css  the one stylesheet
//   assets/*.br, assets/*.gz      precompressed copies (production), served by src/web/serve-ui.ts
// `npm run build` runs it after compiling the server (which empties dist/). No network, no CDN.
// No source map in production: the bundle's sources are not published.
//   node scripts/build-ui.mjs            production build (minified, hashed names)
//   node scripts/build-ui.mjs --watch    rebuild on change (unhashed names) while developing
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src', 'web', 'ui');
const out = join(root, 'dist', 'web');
const assets = join(out, 'assets');
const watch = process.argv.includes('--watch');

const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#1d4f91"/>' +
  '<path d="M32 10l18 7v13c0 11-8 20-18 24-10-4-18-13-18-24V17z" fill="#fff"/>' +
  '<path d="M24 33l6 6 11-13" stroke="#c8352b" stroke-width="5" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>';

function page(js, css) {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#1d4f91">
<title>法治督办</title>
<link rel="icon" type="image/svg+xml" href="/assets/favicon.svg">
<link rel="stylesheet" href="/assets/${css}">
<script defer src="/assets/${js}"></script>
</head>
<body>
<div id="app"><noscript>请启用浏览器的 JavaScript 以使用法治督办。</noscript></div>
</body>
</html>
`;
}

/** Writes index.html naming the bundle files esbuild just produced. */
const writeIndex = {
  name: 'write-index',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length || !result.metafile) return;
      const files = Object.keys(result.metafile.outputs).map((f) => basename(f));
      const js = files.find((f) => /^app(-[A-Z0-9]+)?\.js$/.test(f));
      const css = files.find((f) => /^style(-[A-Z0-9]+)?\.css$/.test(f));
      writeFileSync(join(assets, 'favicon.svg'), FAVICON);
      writeFileSync(join(out, 'index.html'), page(js, css));
      if (watch) console.log(`[build-ui] ${new Date().toLocaleTimeString()} rebuilt ${js}, ${css}`);
    });
  },
};

const options = {
  absWorkingDir: root,
  entryPoints: { app: join(src, 'main.tsx'), style: join(src, 'styles.css') },
  outdir: assets,
  entryNames: watch ? '[name]' : '[name]-[hash]',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  // Phones of county staff: a few years old WebViews and browsers.
  target: ['es2020', 'chrome87', 'edge88', 'firefox90', 'safari15'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  minify: !watch,
  sourcemap: watch,
  charset: 'utf8',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': watch ? '"development"' : '"production"' },
  plugins: [writeIndex],
};

/** Brotli and gzip copies of each asset, at the highest levels: compressed once here, not per request. */
function precompress() {
  for (const name of readdirSync(assets).filter((f) => /\.(js|css|svg)$/.test(f))) {
    const body = readFileSync(join(assets, name));
    writeFileSync(join(assets, `${name}.br`), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(join(assets, `${name}.gz`), gzipSync(body, { level: 9 }));
  }
}

rmSync(out, { recursive: true, force: true });
mkdirSync(assets, { recursive: true });
const started = Date.now();
if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  console.log(`[build-ui] watching ${relative(root, src)} → ${relative(root, out)}`);
} else {
  const result = await esbuild.build(options);
  precompress();
  const sizes = Object.keys(result.metafile.outputs).map((f) => {
    const kib = (file) => (readFileSync(file).length / 1024).toFixed(1);
    return `${basename(f)} ${kib(f)} KiB (br ${kib(`${f}.br`)} KiB)`;
  });
  console.log(`[build-ui] ${relative(root, out)} in ${Date.now() - started} ms: ${sizes.join(', ')}`);
}
