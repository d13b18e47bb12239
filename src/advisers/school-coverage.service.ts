import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import { Clock } from '../common/clock';
import { OrgDirectory } from '../org/org-directory.service';
import { AdviserCoverageView } from './dto/request.view';
import { EngagementsService } from './engagements.service';
import { RegisterAccess } from './register-access';

/** 一校一聘: which active schools have an adviser engagement in force today. */
@Injectable()
export class SchoolCoverageService {
  constructor(
    private readonly engagements: EngagementsService,
    private readonly org: OrgDirectory,
    private readonly access: RegisterAccess,
    private readonly clock: Clock,
  ) {}

  async coverage(caller: AuthUser): Promise<AdviserCoverageView> {
    await this.access.requireWholeBureau(caller);
    const [{ schools }, engagements] = await Promise.all([this.org.roleAssignments(), this.engagements.all()]);
    const names = await this.org.departmentNames(schools);
    const active = engagements.filter((e) => e.active);
    const list = schools.map((id) => {
      const covering = active.filter((e) => e.schoolIds.includes(id)).map((e) => e.name);
      return { departmentId: id, name: names.get(id) ?? '', covered: covering.length > 0, engagements: covering };
    });
    const covered = list.filter((s) => s.covered).length;
    return {
      today: this.clock.today(),
      schools: list.length,
      covered,
      rate: list.length ? Math.round((covered / list.length) * 1000) / 10 : 0,
      // Uncovered schools first: they are the ones to act on.
      list: [...list.filter((s) => !s.covered), ...list.filter((s) => s.covered)],
    };
  }
}
