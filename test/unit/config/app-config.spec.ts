import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../../src/config/app-config';

describe('loadConfig', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fazhi-config-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  /** Only the given variables: never the test runner's own environment. */
  const load = (vars: Record<string, string> = {}) => loadConfig({}, { DATA_DIR: dir, ...vars });
  const failure = (vars: Record<string, string>): string => {
    try {
      load(vars);
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      return (err as Error).message;
    }
    throw new Error(`accepted ${JSON.stringify(vars)}`);
  };

  it('has working defaults', () => {
    const config = load();
    expect(config).toEqual(
      expect.objectContaining({
        PORT: 3000,
        HOST: '0.0.0.0',
        REDIS_URL: 'redis://127.0.0.1:6379',
        QUEUE_PREFIX: 'fazhi',
        PROCESS_ROLE: 'all',
        TOKEN_TTL_MINUTES: 480,
        LOGIN_FREE_FAILURES: 5,
        LOGIN_ADDRESS_FREE_FAILURES: 30,
        LOGIN_MAX_DELAY_SECONDS: 900,
        TRUST_PROXY: 'loopback',
        PASSWORD_HASH_MEMORY_KIB: 19456,
        TIME_ZONE: 'Asia/Shanghai',
        LOG_LEVEL: 'log',
        CORS_ORIGINS: '',
        BODY_LIMIT: '1mb',
        DEMO: true,
      }),
    );
    expect(config.dataDir).toBe(dir);
    expect(config.DATABASE_URL).toBe(`sqlite:${join(dir, 'fazhi.sqlite')}`);
    expect(config.dbType).toBe('better-sqlite3');
    expect(config.ADMIN_PASSWORD).toBeUndefined();
    expect(config.SMTP_URL).toBeUndefined();
  });

  it('converts numbers and booleans, and reads PostgreSQL URLs', () => {
    const config = load({ PORT: '8080', DEMO: 'false', TOKEN_TTL_MINUTES: '60', DATABASE_URL: 'postgres://u:p@db:5432/fazhi' });
    expect(config.PORT).toBe(8080);
    expect(config.DEMO).toBe(false);
    expect(config.TOKEN_TTL_MINUTES).toBe(60);
    expect(config.dbType).toBe('postgres');
    expect(load({ DEMO: '1' }).DEMO).toBe(true);
  });

  it('ignores empty values (unset in a compose file) and unrelated variables', () => {
    const config = loadConfig({ PORT: '', HOME: '/root', PATH: '/usr/bin', NODE_ENV: 'production' }, { DATA_DIR: dir });
    expect(config.PORT).toBe(3000);
  });

  it('lets overrides win over the environment', () => {
    expect(loadConfig({ PROCESS_ROLE: 'api' }, { DATA_DIR: dir, PROCESS_ROLE: 'worker' }).PROCESS_ROLE).toBe('worker');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '0'],
    ['PORT', '70000'],
    ['PORT', '80.5'],
    ['REDIS_URL', 'localhost:6379'],
    ['REDIS_URL', 'http://redis:6379'],
    ['DATABASE_URL', 'mysql://db/fazhi'],
    ['PROCESS_ROLE', 'both'],
    ['LOG_LEVEL', 'info'],
    ['DEMO', 'yes'],
    ['TOKEN_TTL_MINUTES', '1'],
    ['LOGIN_FREE_FAILURES', '0'],
    ['LOGIN_MAX_DELAY_SECONDS', '0'],
    ['TRUST_PROXY', 'any proxy at all'],
    ['PASSWORD_HASH_MEMORY_KIB', '64'],
    ['BODY_LIMIT', '1gb'],
    ['QUEUE_PREFIX', 'has space'],
    ['PUBLIC_BASE_URL', 'example.com'],
    ['JWT_SECRET', 'too-short'],
    ['ADMIN_PASSWORD', 'short'],
    ['ADMIN_PASSWORD', '11111111'],
    ['ADMIN_PASSWORD', 'WoAiNi1314'],
  ])('stops on %s=%p with a message naming the variable', (name, value) => {
    const message = failure({ [name]: value });
    expect(message).toMatch(/^Invalid configuration:/);
    expect(message).toContain(`${name}=`);
  });

  it('names every bad variable at once', () => {
    const message = failure({ PORT: 'abc', PROCESS_ROLE: 'both' });
    expect(message).toContain('PORT=');
    expect(message).toContain('PROCESS_ROLE=');
  });

  it('never prints secrets or URL credentials in its message', () => {
    expect(failure({ JWT_SECRET: 'sekrit-value' })).not.toContain('sekrit-value');
    expect(failure({ ADMIN_PASSWORD: 'pw12' })).not.toContain('pw12');
    const url = failure({ DATABASE_URL: 'mysql://fazhi:db-password@db/fazhi' });
    expect(url).toContain('DATABASE_URL=');
    expect(url).not.toContain('db-password');
  });

  it.each(['FAZHI_PORT', 'FAZHI_ANYTHING', 'TOKEN_TTL', 'LOGIN_MAX_FAILURES', 'LOGIN_LOCK_MINUTES', 'SMTP_HOST', 'UPLOAD_MAX'])(
    'refuses the unknown variable %s',
    (name) => {
      expect(() => loadConfig({ [name]: '1' }, { DATA_DIR: dir })).toThrow(ConfigError);
      expect(() => loadConfig({ [name]: '1' }, { DATA_DIR: dir })).toThrow(name);
    },
  );

  describe('token secret', () => {
    it('is generated once under DATA_DIR, private, and reused', () => {
      const first = load().JWT_SECRET;
      const file = join(dir, 'jwt-secret');
      expect(existsSync(file)).toBe(true);
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(readFileSync(file, 'utf8').trim()).toBe(first);
      expect(statSync(file).mode & 0o077).toBe(0);
      expect(load().JWT_SECRET).toBe(first);
    });

    it('differs between installations', () => {
      const other = mkdtempSync(join(tmpdir(), 'fazhi-config-'));
      try {
        expect(loadConfig({}, { DATA_DIR: other }).JWT_SECRET).not.toBe(load().JWT_SECRET);
      } finally {
        rmSync(other, { recursive: true, force: true });
      }
    });

    it('comes from JWT_SECRET when given, without writing a file', () => {
      const secret = 'a-secret-of-at-least-thirty-two-characters';
      expect(load({ JWT_SECRET: secret }).JWT_SECRET).toBe(secret);
      expect(existsSync(join(dir, 'jwt-secret'))).toBe(false);
    });
  });

  it('creates DATA_DIR when missing', () => {
    const nested = join(dir, 'a', 'b');
    expect(loadConfig({}, { DATA_DIR: nested }).dataDir).toBe(nested);
    expect(existsSync(nested)).toBe(true);
  });
});
