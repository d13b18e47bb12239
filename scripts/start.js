#!/usr/bin/env node
// `npm start` runs this after `npm run build`. It makes sure a Redis answers at REDIS_URL, starting a
// local redis-server (data under DATA_DIR/redis) when there is none and the binary is installed,
// then runs dist/src/main.js with this script's arguments (e.g. --role=api).
// Reads REDIS_URL (default redis://127.0.0.1:6379) and DATA_DIR (default data). Node built-ins only.
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { signals } = require('node:os').constants;
const { spawn, spawnSync } = require('node:child_process');
const { nodeFlags } = require('./node-flags');

const MAIN = path.join(__dirname, '..', 'dist', 'src', 'main.js');
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const DATA_DIR = path.resolve(process.env.DATA_DIR || 'data');

const log = (msg) => console.log(`[start] ${msg}`);
const fail = (...lines) => {
  for (const line of lines) console.error(`[start] ${line}`);
  process.exit(1);
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Sends PING; resolves { state: 'redis' | 'none' | 'other', reply }. A Redis that wants AUTH
// (-NOAUTH) or is still loading its data (-LOADING) counts as answering.
function probe(host, port) {
  return new Promise((resolve) => {
    const sock = net.connect({ host, port });
    let reply = '';
    let connected = false;
    const done = (state) => {
      sock.destroy();
      resolve({ state, reply: reply.split('\r\n')[0] });
    };
    sock.setTimeout(1000, () => done(connected ? 'other' : 'none'));
    sock.on('connect', () => {
      connected = true;
      sock.write('PING\r\n');
    });
    sock.on('data', (chunk) => {
      reply += chunk;
      if (reply.includes('\r\n')) done(/^(\+PONG|-NOAUTH|-LOADING)/.test(reply) ? 'redis' : 'other');
    });
    sock.on('error', () => done('none'));
    sock.on('close', () => done(connected ? 'other' : 'none'));
  });
}

async function ensureRedis() {
  let url;
  try {
    url = new URL(REDIS_URL);
  } catch {
    fail(`REDIS_URL is not a valid URL: ${REDIS_URL}`);
  }
  if (url.protocol === 'rediss:') return log(`REDIS_URL uses TLS; not probing ${url.host}`);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1';
  const port = Number(url.port) || 6379;
  const where = `${host}:${port}`;

  const first = await probe(host, port);
  if (first.state === 'redis') return log(`Redis answers at ${where}`);
  if (first.state === 'other') {
    fail(
      `Something listens at ${where} but does not answer like Redis (${first.reply || 'no reply'}).`,
      'Set REDIS_URL to a Redis server, or free that port.',
      `[启动] ${where} 上的服务不是 Redis。请设置 REDIS_URL 指向可用的 Redis，或释放该端口。`,
    );
  }
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) {
    fail(
      `No Redis answers at ${where} (from REDIS_URL). Start it there or fix REDIS_URL.`,
      `[启动] 无法连接 REDIS_URL 指定的 Redis（${where}）。请确认它已启动，或修改 REDIS_URL。`,
    );
  }
  if (spawnSync('redis-server', ['--version']).error) {
    fail(
      `No Redis answers at ${where} and redis-server is not installed. Install Redis or point`,
      'REDIS_URL at a running one, then run `npm start` again:',
      '    Debian/Ubuntu:  sudo apt-get install redis-server',
      '    macOS:          brew install redis',
      `    Docker:         docker run -d -p ${port}:6379 redis:7`,
      '    Elsewhere:      REDIS_URL=redis://<host>:6379 npm start',
      `[启动] 未检测到 Redis（${where}），本机也未安装 redis-server。请先安装 Redis（Debian/Ubuntu：` +
        'sudo apt-get install redis-server；macOS：brew install redis；或 docker run -d -p ' +
        `${port}:6379 redis:7），或设置环境变量 REDIS_URL 指向已运行的 Redis，然后重新执行 npm start。`,
    );
  }

  const dir = path.join(DATA_DIR, 'redis');
  fs.mkdirSync(dir, { recursive: true });
  log(`No Redis at ${where}; starting redis-server with its data in ${dir}`);
  const started = spawnSync(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      ...(host === '::1' ? ['::1'] : []),
      '--dir',
      dir,
      '--daemonize',
      'yes',
      '--pidfile',
      path.join(dir, 'redis.pid'),
      '--logfile',
      path.join(dir, 'redis.log'),
      '--appendonly',
      'yes',
    ],
    { stdio: 'inherit' },
  );
  if (started.status !== 0) fail(`redis-server failed (exit ${started.status}); see ${dir}/redis.log`);
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await sleep(200)) {
    if ((await probe(host, port)).state === 'redis') {
      return log(`Redis started at ${where}; it keeps running after the app (stop: redis-cli -p ${port} shutdown)`);
    }
  }
  fail(`redis-server did not answer at ${where} within 10 s; see ${dir}/redis.log`);
}

function runMain() {
  // Own process group: one Ctrl-C reaches the app once (forwarded by us), not also straight
  // from the terminal; NestJS shutdown hooks treat a second signal as "exit now".
  const child = spawn(process.execPath, [...nodeFlags(process.argv.slice(2)), MAIN, ...process.argv.slice(2)], {
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  let lastForward = 0;
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      // npm and the terminal may both deliver the same Ctrl-C: forward at most one per second
      if (Date.now() - lastForward < 1000) return;
      lastForward = Date.now();
      child.kill(sig);
    });
  }
  child.on('error', (err) => fail(`could not run ${MAIN}: ${err.message}`));
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (signals[signal] || 0)));
}

(async () => {
  if (!fs.existsSync(MAIN)) {
    fail(
      `${path.relative(process.cwd(), MAIN) || MAIN} not found: build first with \`npm run build\``,
      '(`npm start` builds and then runs this script).',
      '[启动] 未找到编译产物 dist/src/main.js，请先执行 npm run build（npm start 会自动构建）。',
    );
  }
  await ensureRedis();
  runMain();
})();
