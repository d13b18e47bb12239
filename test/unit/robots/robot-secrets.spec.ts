import { createHmac, randomBytes } from 'node:crypto';
import { decryptSecret, encryptSecret, maskSecret, parseSecretKey } from '../../../src/robots/robot-secrets';
import { dingtalkSign, webhookRequest } from '../../../src/robots/robot-webhooks';

describe('DingTalk 加签', () => {
  it('is base64(HMAC-SHA256(secret, timestamp + "\\n" + secret)) as DingTalk documents it', () => {
    const secret = 'SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd';
    const timestamp = 1_767_225_600_000;
    const expected = createHmac('sha256', Buffer.from(secret, 'utf8'))
      .update(Buffer.from(`${timestamp}\n${secret}`, 'utf8'))
      .digest('base64');
    expect(dingtalkSign(secret, timestamp)).toBe(expected);
  });

  it('goes into the webhook URL URL-encoded, with the timestamp it was computed for', () => {
    const secret = 'SECabcdefghijklmnop';
    const { url, body } = webhookRequest(
      { kind: 'dingtalk', webhookBase: 'https://oapi.dingtalk.com/robot/send', token: 'tok123', secret },
      '标题',
      '### 正文 @13800138000',
      1_700_000_000_123,
    );
    const parsed = new URL(url);
    expect(parsed.searchParams.get('access_token')).toBe('tok123');
    expect(parsed.searchParams.get('timestamp')).toBe('1700000000123');
    expect(parsed.searchParams.get('sign')).toBe(createHmac('sha256', secret).update(`1700000000123\n${secret}`).digest('base64'));
    // base64's + / = must be percent-encoded in the query.
    expect(url).not.toMatch(/sign=[^&]*[+/=]/);
    expect(body).toEqual({ msgtype: 'markdown', markdown: { title: '标题', text: '### 正文 @13800138000' }, at: { atMobiles: ['13800138000'] } });
  });

  it('WeCom gets the key in the URL and the markdown as content', () => {
    const { url, body } = webhookRequest(
      { kind: 'wecom', webhookBase: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send', token: 'k-1', secret: null },
      't',
      'm',
    );
    expect(url).toBe('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k-1');
    expect(body).toEqual({ msgtype: 'markdown', markdown: { content: 'm' } });
  });
});

describe('robot secrets at rest', () => {
  const key = randomBytes(32);

  it('round-trip through AES-256-GCM, with a fresh nonce each time', () => {
    const a = encryptSecret('SECsecret-value-1234', key);
    const b = encryptSecret('SECsecret-value-1234', key);
    expect(a).not.toBe(b);
    expect(a).not.toContain('SECsecret');
    expect(decryptSecret(a, key)).toBe('SECsecret-value-1234');
  });

  it('refuse another key and a tampered value', () => {
    const stored = encryptSecret('secret', key);
    expect(() => decryptSecret(stored, randomBytes(32))).toThrow();
    const raw = Buffer.from(stored.slice(3), 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => decryptSecret(`v1:${raw.toString('base64')}`, key)).toThrow();
  });

  it('take the key as hex or base64, 32 bytes only', () => {
    expect(parseSecretKey(key.toString('hex'))).toEqual(key);
    expect(parseSecretKey(key.toString('base64'))).toEqual(key);
    expect(() => parseSecretKey(randomBytes(16).toString('base64'))).toThrow();
  });

  it('are masked to their last four characters, short ones entirely', () => {
    expect(maskSecret('0123456789abcdef')).toBe('****cdef');
    expect(maskSecret('short')).toBe('****');
  });
});
