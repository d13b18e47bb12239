import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type RobotKind = 'dingtalk' | 'wecom';
export const ROBOT_KINDS: RobotKind[] = ['dingtalk', 'wecom'];

/**
 * A chat group's robot: a 钉钉 custom robot (webhook + 加签 secret) or a 企业微信 group robot
 * (webhook key). The webhook's credential and the secret are stored encrypted (see robot-secrets).
 */
@Entity('chat_robots')
export class ChatRobot {
  @PrimaryGeneratedColumn()
  id: number;

  /** The department whose group it posts to; null: the bureau's (escalations). */
  @Index()
  @Column({ name: 'department_id', type: 'integer', nullable: true })
  departmentId: number | null;

  @Column({ type: 'varchar', length: 10 })
  kind: RobotKind;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /** The webhook without its credential (e.g. https://oapi.dingtalk.com/robot/send). */
  @Column({ name: 'webhook_base', type: 'varchar', length: 300 })
  webhookBase: string;

  /** Encrypted DingTalk access_token or WeCom key. */
  @Column({ name: 'token_enc', type: 'text' })
  tokenEnc: string;

  /** Encrypted DingTalk 加签 secret (null for WeCom). */
  @Column({ name: 'secret_enc', type: 'text', nullable: true })
  secretEnc: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
