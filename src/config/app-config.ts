import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { passwordProblem } from './password-policy';

export type ProcessRole = 'all' | 'api' | 'worker';

const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value);
const toBool = ({ value }: { value: unknown }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value);

/**
 * Every setting the service reads from the environment, validated once at start.
 * Property names are the variable names; nothing else in the code reads `process.env`.
 */
export class EnvironmentVariables {
  /** HTTP port. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @IsString()
  HOST = '0.0.0.0';

  /** Folder for the SQLite file, the token secret, evidence files and the mail outbox copies. */
  @IsOptional()
  @IsString()
  DATA_DIR = 'data';

  /** `postgres://…` for PostgreSQL; `sqlite:<path>` or empty for the SQLite file under DATA_DIR. */
  @IsOptional()
  @Matches(/^(postgres(ql)?:\/\/.+|sqlite:.+)$/, { message: 'must be postgres://… or sqlite:<file>' })
  DATABASE_URL?: string;

  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'must be redis://host:port[/db]' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every BullMQ key, so several installations (or test runs) can share one Redis. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9:_-]+$/)
  QUEUE_PREFIX = 'fazhi';

  /** `all` = API and worker in one process; `api` = HTTP only; `worker` = jobs only. */
  @IsOptional()
  @IsIn(['all', 'api', 'worker'])
  PROCESS_ROLE: ProcessRole = 'all';

  /** Token-signing secret; generated under DATA_DIR on first start when not given. */
  @IsOptional()
  @IsString()
  @MinLength(32)
  JWT_SECRET?: string;

  /** Token lifetime in minutes. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(60 * 24 * 30)
  TOKEN_TTL_MINUTES = 480;

  /**
   * Failed logins per account (and, below, per client address) answered at once; each further
   * failure makes the next attempt wait 1, 2, 4 … seconds (up to LOGIN_MAX_DELAY_SECONDS).
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  LOGIN_FREE_FAILURES = 5;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  LOGIN_ADDRESS_FREE_FAILURES = 30;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 3600)
  LOGIN_MAX_DELAY_SECONDS = 900;

  /** Express `trust proxy`: which proxies may name the client address in X-Forwarded-For. */
  @IsOptional()
  @Matches(/^(true|false|\d{1,2}|[A-Za-z0-9.:/]+(\s*,\s*[A-Za-z0-9.:/]+)*)$/, {
    message: 'must be true, false, a hop count, or comma-separated addresses/subnets/loopback/linklocal/uniquelocal',
  })
  TRUST_PROXY = 'loopback';

  /** argon2 memory cost in KiB (lower only in tests). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  PASSWORD_HASH_MEMORY_KIB = 19456;

  @IsOptional()
  @IsString()
  TIME_ZONE = 'Asia/Shanghai';

  @IsOptional()
  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  /** Comma-separated allowed origins; CORS is off when empty. */
  @IsOptional()
  @IsString()
  CORS_ORIGINS = '';

  /** Largest JSON body accepted. */
  @IsOptional()
  @Matches(/^\d+(kb|mb)$/i)
  BODY_LIMIT = '1mb';

  /** Largest evidence file, in megabytes, and how many files one upload may carry. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1024)
  UPLOAD_MAX_MB = 50;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  UPLOAD_MAX_FILES = 10;

  /** Days a built evidence binder (佐证材料汇编 .zip) is kept before its file and record are removed. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  BINDER_KEEP_DAYS = 7;

  /** Password of the first admin account; a random one is generated and printed when empty. */
  @IsOptional()
  @IsString()
  @MinLength(8)
  ADMIN_PASSWORD?: string;

  /** Load the demo bureau on first start with an empty database. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  DEMO = true;

  /** `smtp://user:pass@host:port`; without it mail stays in the outbox. */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/)
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  MAIL_FROM = '法治督办 <noreply@fazhi.local>';

  /** Delivery attempts of one e-mail before it is marked failed (exponential backoff between). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  MAIL_SEND_ATTEMPTS = 8;

  /** First retry delay of a failed e-mail, in milliseconds; doubles on each attempt. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  MAIL_RETRY_BASE_MS = 30_000;

  /**
   * A send claimed longer ago than this is taken to be from a worker that died mid-send and is
   * sent again (at most one duplicate). Keep it above the SMTP timeouts of one send.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(86_400_000)
  MAIL_STALE_CLAIM_MS = 90_000;

  /** Bound on connecting to the SMTP server and on its greeting, in milliseconds. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  SMTP_CONNECT_TIMEOUT_MS = 10_000;

  /** Bound on SMTP socket inactivity during a send, in milliseconds. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  SMTP_SOCKET_TIMEOUT_MS = 30_000;

  /** Consecutive connection failures that open the SMTP circuit breaker (sends stop until a probe succeeds). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  SMTP_BREAKER_THRESHOLD = 5;

  /** How often a worker probes an SMTP server it considers down (SMTP verify), in milliseconds. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  SMTP_PROBE_INTERVAL_MS = 30_000;

  /** Interval of the sweep that re-queues lost jobs and checks the job schedulers, in milliseconds. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  QUEUE_SWEEP_INTERVAL_MS = 20_000;

  /** How long /health waits for Redis to answer PING, in milliseconds. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  HEALTH_REDIS_TIMEOUT_MS = 3_000;

  /** Jobs one worker process runs at once. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  WORKER_CONCURRENCY = 10;

  /**
   * Key encrypting the chat robots' secrets at rest (AES-256-GCM): 32 bytes as 64 hex digits or
   * base64. Needed only to save or use a robot; keep it outside the database backups.
   */
  @IsOptional()
  @Matches(/^([0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=)$/, { message: 'must be 32 bytes: 64 hex digits or 44 base64 characters' })
  ROBOT_SECRET_KEY?: string;

  /**
   * Extra webhook hosts (host or host:port, comma-separated) robots may post to, over http or
   * https, besides oapi.dingtalk.com and qyapi.weixin.qq.com (https): a proxy, or a test receiver.
   */
  @IsOptional()
  @Matches(/^([A-Za-z0-9.:-]+(\s*,\s*[A-Za-z0-9.:-]+)*)?$/, { message: 'must be comma-separated host or host:port' })
  ROBOT_ALLOWED_HOSTS = '';

  /** Bound on one webhook call of a chat robot, in milliseconds. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(120_000)
  ROBOT_TIMEOUT_MS = 10_000;

  /** Base of the links in e-mails. */
  @IsOptional()
  @Matches(/^https?:\/\/.+/)
  PUBLIC_BASE_URL = 'http://localhost:3000';
}

export type AppConfig = Omit<EnvironmentVariables, 'JWT_SECRET' | 'DATABASE_URL'> & {
  JWT_SECRET: string;
  DATABASE_URL: string;
  /** Absolute DATA_DIR. */
  dataDir: string;
  dbType: 'better-sqlite3' | 'postgres';
};

export class ConfigError extends Error {}

const KNOWN = new Set(Object.keys(new EnvironmentVariables()).concat(['JWT_SECRET', 'DATABASE_URL', 'SMTP_URL', 'ADMIN_PASSWORD', 'ROBOT_SECRET_KEY']));
/** Variables of ours that look like settings but are not known: a typo stops the service. */
const OWN_PREFIXES = ['FAZHI_', 'SMTP_', 'LOGIN_', 'UPLOAD_', 'TOKEN_', 'MAIL_', 'WORKER_', 'QUEUE_', 'HEALTH_', 'ROBOT_'];

/** Reads and validates the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Record<string, string>> = {}): AppConfig {
  const raw: Record<string, string> = {};
  const source = { ...env, ...overrides };
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined || value === '') continue;
    if (KNOWN.has(key)) raw[key] = value;
    else if (OWN_PREFIXES.some((p) => key.startsWith(p))) throw new ConfigError(`Unknown configuration variable ${key}`);
  }
  const vars = plainToInstance(EnvironmentVariables, raw);
  const errors = validateSync(vars, { forbidUnknownValues: false });
  const lines = errors.map((e) => `${e.property}=${shown(e.property, raw[e.property])}: ${Object.values(e.constraints ?? {}).join('; ')}`);
  // An ADMIN_PASSWORD is never forced to change, so it must pass the same policy as a user's own.
  if (vars.ADMIN_PASSWORD && vars.ADMIN_PASSWORD.length >= 8 && passwordProblem(vars.ADMIN_PASSWORD, 'admin')) {
    lines.push('ADMIN_PASSWORD=(hidden): is a common password or equals the login');
  }
  if (lines.length) throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  const dataDir = isAbsolute(vars.DATA_DIR) ? vars.DATA_DIR : resolve(process.cwd(), vars.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const DATABASE_URL = vars.DATABASE_URL ?? `sqlite:${join(dataDir, 'fazhi.sqlite')}`;
  return {
    ...vars,
    dataDir,
    DATABASE_URL,
    dbType: DATABASE_URL.startsWith('sqlite:') ? 'better-sqlite3' : 'postgres',
    JWT_SECRET: vars.JWT_SECRET ?? readOrCreateSecret(dataDir),
  };
}

/** Variables whose value must not reach the log, and URLs whose credentials must not. */
const SECRETS = new Set(['JWT_SECRET', 'ADMIN_PASSWORD', 'ROBOT_SECRET_KEY']);
function shown(key: string, value: string | undefined): string {
  if (value === undefined) return 'undefined';
  return SECRETS.has(key) ? '(hidden)' : JSON.stringify(value.replace(/\/\/[^/@]*@/, '//***@'));
}

/** The secret lives beside the data so tokens survive restarts; never a constant in the code. */
function readOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}
