import { Injectable } from '@nestjs/common';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuthUser } from '../access/auth-user';
import { addDays, yearOf } from '../common/dates';
import { EvidenceService } from '../evidence/evidence.service';
import { FindingsService } from '../findings/findings.service';
import type { FindingSource } from '../findings/finding-rules';

interface DemoFinding {
  source: FindingSource;
  sourceRef: string;
  description: string;
  measures: string;
  /** Login of the department head who owns it (the demo bureau's). */
  owner: string;
  foundDaysAgo: number;
  deadlineInDays: number;
  /** Reported rectified with a file, waiting for 政策法规股's 销号. */
  reported?: boolean;
}

const FINDINGS: DemoFinding[] = [
  {
    source: 'oversight',
    sourceRef: '县法治政府建设督察反馈意见',
    description: '部分行政处罚案卷未载明执法人员执法证号',
    measures: '逐卷补正执法证号，完善案卷归档检查表',
    owner: 'mbg',
    foundDaysAgo: 20,
    deadlineInDays: 25,
  },
  {
    source: 'case_review',
    sourceRef: '行政执法案卷评查',
    description: '行政许可决定公示超过7个工作日',
    measures: '建立许可决定公示台账，专人跟踪公示时限',
    owner: 'spg',
    foundDaysAgo: 45,
    deadlineInDays: -5,
  },
  {
    source: 'self_check',
    sourceRef: '校园安全专项自查',
    description: '校园安全检查记录未经分管负责人签字确认',
    measures: '补签检查记录，修订检查表增加签字栏',
    owner: 'aqg',
    foundDaysAgo: 15,
    deadlineInDays: 10,
    reported: true,
  },
  {
    source: 'petition',
    sourceRef: '群众来信反映培训机构退费问题',
    description: '信访事项办理意见书未告知复查权利',
    measures: '修改处理意见书模板，补充复查告知条款',
    owner: 'xfb',
    foundDaysAgo: 10,
    deadlineInDays: 20,
  },
];

/** 整改台账 of the demo bureau: open, overdue and one waiting for 销号, recorded by 政策法规股. */
@Injectable()
export class DemoFindings {
  constructor(
    private readonly findings: FindingsService,
    private readonly evidence: EvidenceService,
  ) {}

  async seed(today: string, people: Map<string, AuthUser>, pdf: Buffer): Promise<void> {
    const registrar = people.get('fgg')!;
    for (const f of FINDINGS) {
      const owner = people.get(f.owner)!;
      const foundOn = addDays(today, -f.foundDaysAgo);
      const [code] = await this.findings.nextCodes(yearOf(foundOn), 1);
      const fields = {
        source: f.source,
        sourceRef: f.sourceRef,
        description: f.description,
        measures: f.measures,
        foundOn,
        deadlineOn: addDays(today, f.deadlineInDays),
        departmentId: owner.departmentId!,
      };
      const finding = await this.findings.open(f.source === 'self_check' ? owner : registrar, fields, code);
      if (!f.reported) continue;
      const path = join(tmpdir(), `fazhi-demo-finding-${process.pid}-${finding.id}.pdf`);
      writeFileSync(path, pdf);
      await this.evidence.upload(owner, finding.taskId, [{ path, originalname: '整改报告.pdf', size: pdf.length }], {});
      await this.findings.report(owner, finding.id, '已补签全部检查记录，检查表已增加签字栏。');
    }
  }
}
