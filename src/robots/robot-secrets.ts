import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/** The 32-byte key of ROBOT_SECRET_KEY (64 hex digits or base64). */
export function parseSecretKey(value: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length !== 32) throw new Error('ROBOT_SECRET_KEY must be 32 bytes');
  return key;
}

/** AES-256-GCM with a random nonce: `v1:<base64 nonce|tag|ciphertext>`. */
export function encryptSecret(plain: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

/** Throws when the key is not the one it was encrypted with (GCM authenticates). */
export function decryptSecret(stored: string, key: Buffer): string {
  const [version, data] = stored.split(':');
  if (version !== VERSION || !data) throw new Error('unknown secret format');
  const raw = Buffer.from(data, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

/** `****abcd`: enough to tell two secrets apart; short ones show nothing. */
export function maskSecret(plain: string): string {
  return plain.length >= 12 ? `****${plain.slice(-4)}` : '****';
}
