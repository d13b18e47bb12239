import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { CatalogService } from '../catalog/catalog.service';
import type { Task } from '../tasks/task.entity';
import { OfficerCheck, type TaskOfficer as TaskOfficerRecord } from '../tasks/task-ports';
import { EnforcementCertificate } from './certificate.entity';
import { CertificateRegistry } from './certificate-registry';
import { OfficersMissingError } from './certificate-errors';
import { TaskOfficer } from './task-officer.entity';

/**
 * The certificate register's side of the engine's OfficerCheck port: an enforcement step that
 * needs N certified officers is completed only with N certificates valid on the day the work was
 * done; they are stored per task (a re-completion after a reopen replaces them).
 */
@Injectable()
export class CertifiedOfficerCheck extends OfficerCheck {
  constructor(
    private readonly catalog: CatalogService,
    private readonly registry: CertificateRegistry,
    @InjectRepository(TaskOfficer) private readonly officers: Repository<TaskOfficer>,
  ) {
    super();
  }

  async recordOnCompletion(m: EntityManager, task: Task, certificateIds: number[], doneOn: string): Promise<void> {
    const required = await this.required(task);
    // Officers are recorded only on the steps that ask for them.
    if (!required) return;
    const ids = [...new Set(certificateIds)];
    const valid = await this.registry.validAmong(ids, doneOn);
    if (valid.length < required) {
      const validIds = new Set(valid.map((o) => o.certificateId));
      const invalid = ids.filter((id) => !validIds.has(id));
      const detail = invalid.length ? `；以下执法证在该日无效或不存在：${invalid.join('、')}` : '';
      throw new OfficersMissingError(
        `「${task.title}」须由至少 ${required} 名持有效执法证的执法人员办理，完成日 ${doneOn} 有效的只有 ${valid.length} 名${detail}`,
      );
    }
    const repo = m.getRepository(TaskOfficer);
    await repo.remove(await repo.findBy({ taskId: task.id }));
    await repo.save(valid.map((o) => repo.create({ taskId: task.id, certificateId: o.certificateId, checkedOn: doneOn })));
  }

  async officersOf(task: Task): Promise<{ required: number; officers: TaskOfficerRecord[] }> {
    const rows = await this.officers.find({ where: { taskId: task.id }, relations: { certificate: true }, order: { certificateId: 'ASC' } });
    return {
      required: await this.required(task),
      officers: rows.map((r) => officerRecord(r.certificate!)),
    };
  }

  /** The lead's step records the officers; a supporting department's task (配合) does not. */
  private async required(task: Task): Promise<number> {
    if (task.leadTaskId !== null) return 0;
    const [item] = await this.catalog.itemsById([task.templateItemId]);
    return item?.officers ?? 0;
  }
}

const officerRecord = (c: EnforcementCertificate): TaskOfficerRecord => ({ certificateId: c.id, certificateNo: c.certificateNo, holderName: c.holderName });
