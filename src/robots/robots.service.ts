import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AuthUser } from '../access/auth-user';
import { DomainError } from '../common/domain-error';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { ChatChannels } from '../mail/chat-channels';
import type { DeliveryResult } from '../mail/mail-transport';
import type { ClaimedMessage } from '../mail/outbox-repository';
import { OrgDirectory } from '../org/org-directory.service';
import { ChatRobot, RobotKind } from './chat-robot.entity';
import type { CreateRobotDto, UpdateRobotDto } from './dto/robot.dto';
import { RobotTestView, RobotView } from './dto/robot.view';
import { decryptSecret, encryptSecret, maskSecret, parseSecretKey } from './robot-secrets';
import { DEFAULT_HOSTS, postWebhook, RobotTarget, WECOM_WEBHOOK, webhookRequest } from './robot-webhooks';

export class RobotError extends DomainError {
  constructor(status: number, message: string) {
    super(status, message);
  }
}

/** What the reminders need to address a robot. */
export interface ActiveRobot {
  id: number;
  kind: RobotKind;
  name: string;
  departmentId: number | null;
}

const VENDOR: Record<RobotKind, string> = { dingtalk: '钉钉', wecom: '企业微信' };
const CREDENTIAL_PARAM: Record<RobotKind, string> = { dingtalk: 'access_token', wecom: 'key' };

/**
 * The chat robots: configuration (admins any, a head their department's), their secrets encrypted
 * with ROBOT_SECRET_KEY, and the delivery of the outbox's chat messages.
 */
@Injectable()
export class RobotsService implements OnModuleInit {
  private readonly extraHosts: Set<string>;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectRepository(ChatRobot) private readonly robots: Repository<ChatRobot>,
    private readonly chat: ChatChannels,
    private readonly org: OrgDirectory,
  ) {
    this.extraHosts = new Set(
      config.ROBOT_ALLOWED_HOSTS.split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    );
  }

  onModuleInit(): void {
    this.chat.register((message) => this.deliver(message));
  }

  async list(caller: AuthUser): Promise<RobotView[]> {
    const rows = await this.robots.find({ where: caller.role === 'admin' ? {} : { departmentId: caller.departmentId ?? -1 }, order: { id: 'ASC' } });
    return this.views(rows);
  }

  async get(caller: AuthUser, id: number): Promise<RobotView> {
    return (await this.views([await this.visible(caller, id)]))[0];
  }

  async create(caller: AuthUser, dto: CreateRobotDto): Promise<RobotView> {
    const departmentId = caller.role === 'admin' ? (dto.departmentId ?? null) : (dto.departmentId ?? caller.departmentId);
    if (caller.role !== 'admin' && (departmentId === null || departmentId !== caller.departmentId)) {
      throw new RobotError(403, '股室负责人只能配置本股室的群机器人');
    }
    if (departmentId !== null && !(await this.org.departmentNames([departmentId])).has(departmentId)) {
      throw new RobotError(400, `股室 ${departmentId} 不存在`);
    }
    const key = this.key();
    const { base, token } = this.parseWebhook(dto.kind, dto.webhook);
    const robot = this.robots.create({
      departmentId,
      kind: dto.kind,
      name: dto.name.trim(),
      enabled: dto.enabled ?? true,
      webhookBase: base,
      tokenEnc: encryptSecret(token, key),
      secretEnc: dto.kind === 'dingtalk' ? encryptSecret(dto.secret!.trim(), key) : null,
    });
    return (await this.views([await this.robots.save(robot)]))[0];
  }

  async update(caller: AuthUser, id: number, dto: UpdateRobotDto): Promise<RobotView> {
    const robot = await this.visible(caller, id);
    if (dto.name !== undefined) robot.name = dto.name.trim();
    if (dto.enabled !== undefined) robot.enabled = dto.enabled;
    if (dto.webhook !== undefined) {
      const { base, token } = this.parseWebhook(robot.kind, dto.webhook);
      robot.webhookBase = base;
      robot.tokenEnc = encryptSecret(token, this.key());
    }
    if (dto.secret !== undefined) {
      if (robot.kind !== 'dingtalk') throw new RobotError(400, '企业微信群机器人没有加签密钥');
      robot.secretEnc = encryptSecret(dto.secret.trim(), this.key());
    }
    return (await this.views([await this.robots.save(robot)]))[0];
  }

  async remove(caller: AuthUser, id: number): Promise<void> {
    await this.robots.delete({ id: (await this.visible(caller, id)).id });
  }

  /** Posts a test message at once (not through the outbox: the answer is the point). */
  async test(caller: AuthUser, id: number): Promise<RobotTestView> {
    const robot = await this.visible(caller, id);
    const text = `### 法治督办测试消息\n\n群机器人“${robot.name}”配置正确，到期提醒、催办和逾期督办将发送到本群。\n\n[打开法治督办系统](${this.config.PUBLIC_BASE_URL})`;
    try {
      await this.post(robot, '法治督办测试消息', text);
      return { ok: true, error: null };
    } catch (err) {
      return { ok: false, error: (err as Error).message };
    }
  }

  /** Enabled robots (department and bureau ones). */
  async active(): Promise<ActiveRobot[]> {
    const rows = await this.robots.find({ where: { enabled: true }, order: { id: 'ASC' } });
    return rows.map((r) => ({ id: r.id, kind: r.kind, name: r.name, departmentId: r.departmentId }));
  }

  /** One outbox chat message: a deleted or disabled robot keeps it `unsent`; a webhook failure throws (retried). */
  async deliver(message: ClaimedMessage): Promise<DeliveryResult> {
    const robot = message.robotId === null ? null : await this.robots.findOneBy({ id: message.robotId });
    if (!robot) return { delivered: false, reason: '群机器人已删除' };
    if (!robot.enabled) return { delivered: false, reason: '群机器人已停用' };
    if (!this.config.ROBOT_SECRET_KEY) return { delivered: false, reason: '服务器未配置 ROBOT_SECRET_KEY，无法使用群机器人' };
    let target: RobotTarget;
    try {
      target = this.target(robot);
    } catch {
      return { delivered: false, reason: '无法解密群机器人的密钥（ROBOT_SECRET_KEY 是否更换过？），请重新填写该机器人的 Webhook 和密钥后重发' };
    }
    await postWebhook(robot.kind, webhookRequest(target, message.subject, message.text), this.config.ROBOT_TIMEOUT_MS);
    return { delivered: true, messageId: `${robot.kind}-robot-${robot.id}-${Date.now()}` };
  }

  private async post(robot: ChatRobot, title: string, markdown: string): Promise<void> {
    await postWebhook(robot.kind, webhookRequest(this.target(robot), title, markdown), this.config.ROBOT_TIMEOUT_MS);
  }

  private target(robot: ChatRobot): RobotTarget {
    const key = this.key();
    return {
      kind: robot.kind,
      webhookBase: robot.webhookBase,
      token: decryptSecret(robot.tokenEnc, key),
      secret: robot.secretEnc ? decryptSecret(robot.secretEnc, key) : null,
    };
  }

  private key(): Buffer {
    if (!this.config.ROBOT_SECRET_KEY) {
      throw new RobotError(503, '服务器未配置 ROBOT_SECRET_KEY（群机器人密钥的加密密钥），暂不能保存或使用群机器人，请联系系统管理员');
    }
    return parseSecretKey(this.config.ROBOT_SECRET_KEY);
  }

  /** The robot if the caller may manage it (admins any, heads their department's), else 404. */
  private async visible(caller: AuthUser, id: number): Promise<ChatRobot> {
    const robot = await this.robots.findOneBy({ id });
    if (!robot || (caller.role !== 'admin' && (robot.departmentId === null || robot.departmentId !== caller.departmentId))) {
      throw new RobotError(404, `群机器人 ${id} 不存在`);
    }
    return robot;
  }

  /**
   * The vendor's https host, or a host of ROBOT_ALLOWED_HOSTS (http allowed there); the credential
   * (access_token / key) is split off to be stored encrypted. A bare WeCom key is accepted too.
   */
  private parseWebhook(kind: RobotKind, input: string): { base: string; token: string } {
    const raw = input.trim();
    if (kind === 'wecom' && /^[A-Za-z0-9-]{8,100}$/.test(raw)) return { base: WECOM_WEBHOOK, token: raw };
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new RobotError(400, `Webhook 地址格式不正确，应为 https://${DEFAULT_HOSTS[kind]}/… 的${VENDOR[kind]}机器人地址`);
    }
    const vendorHost = url.protocol === 'https:' && url.host === DEFAULT_HOSTS[kind];
    const extraHost = ['https:', 'http:'].includes(url.protocol) && (this.extraHosts.has(url.host) || this.extraHosts.has(url.hostname));
    if (!vendorHost && !extraHost) throw new RobotError(400, `Webhook 地址必须以 https://${DEFAULT_HOSTS[kind]}/ 开头（${VENDOR[kind]}机器人的地址）`);
    if (url.username || url.password) throw new RobotError(400, 'Webhook 地址不能包含用户名或密码');
    const token = url.searchParams.get(CREDENTIAL_PARAM[kind])?.trim();
    if (!token) throw new RobotError(400, `Webhook 地址中缺少 ${CREDENTIAL_PARAM[kind]} 参数，请复制完整的地址`);
    return { base: `${url.origin}${url.pathname}`, token };
  }

  private async views(rows: ChatRobot[]): Promise<RobotView[]> {
    const names = await this.org.departmentNames(rows.flatMap((r) => (r.departmentId === null ? [] : [r.departmentId])));
    const key = this.config.ROBOT_SECRET_KEY ? parseSecretKey(this.config.ROBOT_SECRET_KEY) : null;
    // A secret that cannot be read (no key, or another key) still shows as masked.
    const masked = (stored: string) => {
      try {
        return key ? maskSecret(decryptSecret(stored, key)) : '****';
      } catch {
        return '****';
      }
    };
    return rows.map((r) =>
      Object.assign(new RobotView(), {
        id: r.id,
        departmentId: r.departmentId,
        departmentName: r.departmentId === null ? null : (names.get(r.departmentId) ?? null),
        kind: r.kind,
        name: r.name,
        enabled: r.enabled,
        webhook: `${r.webhookBase}?${CREDENTIAL_PARAM[r.kind]}=${masked(r.tokenEnc)}`,
        secret: r.secretEnc ? masked(r.secretEnc) : null,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
      }),
    );
  }
}
