import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventually } from './smtp-sink';

/** One webhook call as the receiver saw it. */
export interface RobotPost {
  vendor: 'dingtalk' | 'wecom';
  /** access_token (DingTalk) or key (WeCom). */
  token: string;
  body: { msgtype: string; markdown: { title?: string; text?: string; content?: string }; at?: { atMobiles?: string[] } };
  /** Whether it was answered with errcode 0 (delivered). */
  accepted: boolean;
}

/** How the receiver answers while failing: an HTTP 500, or 200 with a vendor errcode. */
export type Failure = '500' | 'errcode';

/**
 * A local stand-in for oapi.dingtalk.com and qyapi.weixin.qq.com: checks each DingTalk call's
 * 加签 (timestamp within an hour, HMAC as DingTalk documents it) against the secret registered
 * for its access_token, records every call, and fails on demand.
 */
export class WebhookReceiver {
  readonly posts: RobotPost[] = [];
  /** Signature or payload problems seen (a test expects none). */
  readonly problems: string[] = [];
  private readonly secrets = new Map<string, string>();
  private readonly failures = new Map<string, Failure[]>();
  /** While set, every call fails this way (an outage). */
  down: Failure | null = null;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<WebhookReceiver> {
    let receiver!: WebhookReceiver;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const answer = receiver.handle(req.url ?? '/', req.method ?? 'GET', Buffer.concat(chunks).toString('utf8'));
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
      });
    });
    receiver = new WebhookReceiver(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get host(): string {
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  dingtalkWebhook(token: string): string {
    return `http://${this.host}/robot/send?access_token=${token}`;
  }

  wecomWebhook(key: string): string {
    return `http://${this.host}/cgi-bin/webhook/send?key=${key}`;
  }

  /** The 加签 secret the robot of this access_token must sign with. */
  expectDingtalk(token: string, secret: string): void {
    this.secrets.set(token, secret);
  }

  /** The next calls to the robot of `token` fail, one per entry, in order. */
  failNext(token: string, ...failures: Failure[]): void {
    this.failures.set(token, [...(this.failures.get(token) ?? []), ...failures]);
  }

  accepted(token: string): RobotPost[] {
    return this.posts.filter((p) => p.accepted && p.token === token);
  }

  waitFor(probe: () => boolean, timeoutMs: number, what: string): Promise<true> {
    return eventually(async () => probe() || null, timeoutMs, what);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private handle(path: string, method: string, raw: string): { status: number; body: object } {
    const url = new URL(path, 'http://receiver');
    const vendor = url.pathname === '/robot/send' ? 'dingtalk' : url.pathname === '/cgi-bin/webhook/send' ? 'wecom' : null;
    if (method !== 'POST' || !vendor) return { status: 404, body: { errcode: 404, errmsg: 'not found' } };
    const token = (vendor === 'dingtalk' ? url.searchParams.get('access_token') : url.searchParams.get('key')) ?? '';
    let body: RobotPost['body'];
    try {
      body = JSON.parse(raw) as RobotPost['body'];
    } catch {
      this.problems.push(`unparsable body: ${raw.slice(0, 100)}`);
      return { status: 400, body: { errcode: 40035, errmsg: 'invalid json' } };
    }
    const problem = vendor === 'dingtalk' ? this.dingtalkProblem(url, token, body) : this.wecomProblem(body);
    if (problem) this.problems.push(problem);
    const failure = problem ? null : (this.down ?? this.failures.get(token)?.shift());
    const accepted = !problem && !failure;
    this.posts.push({ vendor, token, body, accepted });
    if (problem) return { status: 200, body: { errcode: 310000, errmsg: problem } };
    if (failure === '500') return { status: 500, body: { errcode: -1, errmsg: 'system busy' } };
    if (failure === 'errcode') return { status: 200, body: { errcode: 130101, errmsg: 'send too fast' } };
    return { status: 200, body: { errcode: 0, errmsg: 'ok' } };
  }

  private dingtalkProblem(url: URL, token: string, body: RobotPost['body']): string | null {
    const secret = this.secrets.get(token);
    if (!secret) return `unknown access_token ${token}`;
    const timestamp = Number(url.searchParams.get('timestamp'));
    if (!Number.isInteger(timestamp) || Math.abs(Date.now() - timestamp) > 3_600_000)
      return `timestamp ${url.searchParams.get('timestamp')} not within an hour`;
    const expected = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
    if (url.searchParams.get('sign') !== expected) return `sign not match for ${token}`;
    if (body.msgtype !== 'markdown' || !body.markdown?.title || !body.markdown?.text) return 'not a DingTalk markdown message';
    return null;
  }

  private wecomProblem(body: RobotPost['body']): string | null {
    if (body.msgtype !== 'markdown' || !body.markdown?.content) return 'not a WeCom markdown message';
    if (Buffer.byteLength(body.markdown.content) > 4096) return 'WeCom markdown over 4096 bytes';
    return null;
  }
}
