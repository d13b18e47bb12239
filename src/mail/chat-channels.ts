import { Injectable } from '@nestjs/common';
import type { DeliveryResult } from './mail-transport';
import type { ClaimedMessage } from './outbox-repository';

/** Posts one claimed chat message to its robot; throws when the webhook fails (the row retries). */
export type ChatDelivery = (message: ClaimedMessage) => Promise<DeliveryResult>;

/**
 * Where the outbox hands `dingtalk`/`wecom` messages. The robots module (which builds on this one
 * and owns the webhooks and their secrets) plugs its sender in at start.
 */
@Injectable()
export class ChatChannels {
  private delivery?: ChatDelivery;

  register(delivery: ChatDelivery): void {
    this.delivery = delivery;
  }

  deliver(message: ClaimedMessage): Promise<DeliveryResult> {
    return this.delivery ? this.delivery(message) : Promise.resolve({ delivered: false, reason: '群机器人发送未启用' });
  }
}
