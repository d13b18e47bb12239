import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A user's choices of what also comes by e-mail (the in-app notice always exists) and whether their
 * department's DingTalk posts @ them. No row: the defaults (everything by e-mail, no @).
 * Escalations are always e-mailed (MANDATORY_EMAIL in reminder-policy.entity.ts): not stored.
 */
@Entity('notification_preferences')
export class NotificationPreference {
  @PrimaryColumn({ name: 'user_id', type: 'integer' })
  userId: number;

  /** The daily digest of the department's due and overdue tasks. */
  @Column({ name: 'digest_email', type: 'boolean', default: true })
  digestEmail: boolean;

  /** The leaders' weekly summary. */
  @Column({ name: 'weekly_email', type: 'boolean', default: true })
  weeklyEmail: boolean;

  /** 催办 notices. */
  @Column({ name: 'urge_email', type: 'boolean', default: true })
  urgeEmail: boolean;

  /** Mobile number bound to DingTalk: the department's daily DingTalk post @s it; null: no @. */
  @Column({ name: 'chat_mobile', type: 'varchar', length: 20, nullable: true })
  chatMobile: string | null;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}

export const DEFAULT_PREFERENCES: Omit<NotificationPreference, 'userId' | 'updatedAt'> = {
  digestEmail: true,
  weeklyEmail: true,
  urgeEmail: true,
  chatMobile: null,
};
