import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * A user's private calendar feed (日历订阅): at most one per user. Only the SHA-256 of the token
 * is stored; the URL holding the token is shown once, when it is created or regenerated.
 */
@Entity('calendar_feeds')
export class CalendarFeed {
  @PrimaryColumn({ name: 'user_id', type: 'integer' })
  userId: number;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: object;

  /** Hex SHA-256 of the URL's token: a leaked database does not open anyone's feed. */
  @Index({ unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  /** When the current token was issued (a regeneration resets it). */
  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'last_fetched_at', type: Date, nullable: true })
  lastFetchedAt: Date | null;
}
