import { keysetPage, type KeysetColumn } from '../common/keyset';
import { containsAny, containsPattern, keysetSort } from '../common/list-query';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Page } from '../common/pagination';
import { AuditEvent } from './audit-event.entity';
import { AuditQueryDto } from './dto/audit-query.dto';

/** Reads the trail; writing happens through `recordAudit` inside each change's transaction. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  async query(q: AuditQueryDto): Promise<Page<AuditEvent>> {
    const qb = this.events.createQueryBuilder('e');
    if (q.entity) qb.andWhere('e.entity = :entity', { entity: q.entity });
    if (q.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: q.entityId });
    if (q.userId !== undefined) qb.andWhere('e.user_id = :userId', { userId: q.userId });
    if (q.from) qb.andWhere('e.at >= :from', { from: new Date(q.from) });
    if (q.to) qb.andWhere('e.at < :to', { to: new Date(q.to) });
    if (q.q) qb.andWhere(containsAny(['e.action', 'e.entity', 'e.entity_id', 'e.actor'], 'text'), { text: containsPattern(q.q) });
    const sorts: Record<string, KeysetColumn> = {
      at: { sql: 'e.at', type: 'text' },
      action: { sql: 'e.action', type: 'text' },
      entity: { sql: 'e.entity', type: 'text' },
    };
    const result = await keysetPage(qb, keysetSort(q.sort ?? '-id', sorts, 'e.id'), q);
    return Page.keyset(result.rows, result, q);
  }
}
