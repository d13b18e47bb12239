import { createHmac } from 'node:crypto';
import type { RobotKind } from './chat-robot.entity';

export const DEFAULT_HOSTS: Record<RobotKind, string> = { dingtalk: 'oapi.dingtalk.com', wecom: 'qyapi.weixin.qq.com' };
export const WECOM_WEBHOOK = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send';
const VENDOR: Record<RobotKind, string> = { dingtalk: '钉钉', wecom: '企业微信' };

/** A robot with its credentials in clear, as delivery needs it. */
export interface RobotTarget {
  kind: RobotKind;
  webhookBase: string;
  token: string;
  secret: string | null;
}

/** DingTalk 加签: base64(HMAC-SHA256(secret, timestamp + "\n" + secret)). */
export function dingtalkSign(secret: string, timestamp: number): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
}

/** Mobile numbers written as `@1xxxxxxxxxx` in a DingTalk markdown are announced with `at`. */
const mentionsOf = (markdown: string) => [...new Set([...markdown.matchAll(/@(1\d{10})\b/g)].map((m) => m[1]))];

/** The URL and JSON body of one markdown message to the robot. */
export function webhookRequest(robot: RobotTarget, title: string, markdown: string, now = Date.now()): { url: string; body: object } {
  const url = new URL(robot.webhookBase);
  if (robot.kind === 'wecom') {
    url.searchParams.set('key', robot.token);
    return { url: url.toString(), body: { msgtype: 'markdown', markdown: { content: markdown } } };
  }
  url.searchParams.set('access_token', robot.token);
  if (robot.secret) {
    url.searchParams.set('timestamp', String(now));
    url.searchParams.set('sign', dingtalkSign(robot.secret, now));
  }
  const atMobiles = mentionsOf(markdown);
  return { url: url.toString(), body: { msgtype: 'markdown', markdown: { title, text: markdown }, ...(atMobiles.length ? { at: { atMobiles } } : {}) } };
}

/**
 * Posts to the webhook; throws with a Chinese reason on a network error, an HTTP error or a reply
 * whose `errcode` is not 0 (both vendors answer 200 with an errcode). The URL, which carries the
 * credential, never goes into the error.
 */
export async function postWebhook(kind: RobotKind, request: { url: string; body: object }, timeoutMs: number): Promise<void> {
  const vendor = VENDOR[kind];
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(request.body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    const reason = (err as Error).name === 'TimeoutError' ? `超过 ${timeoutMs} 毫秒未响应` : `无法连接（${(err as Error).message}）`;
    throw new Error(`${vendor}机器人${reason}`);
  }
  const text = await response.text();
  if (!response.ok) throw new Error(`${vendor}机器人返回 HTTP ${response.status}：${text.slice(0, 200)}`);
  let reply: { errcode?: number; errmsg?: string };
  try {
    reply = JSON.parse(text) as typeof reply;
  } catch {
    throw new Error(`${vendor}机器人的回复无法识别：${text.slice(0, 200)}`);
  }
  if (reply.errcode !== 0) throw new Error(`${vendor}机器人返回错误 ${reply.errcode ?? '（无）'}：${reply.errmsg ?? ''}`);
}
