import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import { DirectoryService } from '../inspections/directory.service';
import type { RiskLevel, TargetCategory } from '../inspections/directory.entity';
import { OrgDirectory } from '../org/org-directory.service';

const BASIS = '《国务院办公厅关于推广随机抽查规范事中事后监管的通知》（国办发〔2015〕58号）';

const ITEMS: { title: string; legalBasis: string; category: TargetCategory; method: string; ratioPercent?: number }[] = [
  { title: '中小学校办学行为检查', legalBasis: `《中华人民共和国教育法》；${BASIS}`, category: 'school', method: '现场检查' },
  {
    title: '民办学校年度检查',
    legalBasis: '《中华人民共和国民办教育促进法》及其实施条例',
    category: 'private',
    method: '现场检查、书面检查',
    ratioPercent: 100,
  },
  { title: '校外培训机构规范办学检查', legalBasis: `《校外培训行政处罚暂行办法》；${BASIS}`, category: 'training', method: '现场检查' },
];

const TARGETS: [string, TargetCategory, string, RiskLevel, 'education' | 'private'][] = [
  ['城关镇第一小学', 'school', '城关镇', 'medium', 'education'],
  ['城关镇第二小学', 'school', '城关镇', 'low', 'education'],
  ['县第一中学', 'school', '城关镇', 'high', 'education'],
  ['南河镇中心小学', 'school', '南河镇', 'low', 'education'],
  ['北山乡九年一贯制学校', 'school', '北山乡', 'medium', 'education'],
  ['东关街道初级中学', 'school', '东关街道', 'low', 'education'],
  ['育英民办学校', 'private', '城关镇', 'high', 'private'],
  ['启明双语学校', 'private', '东关街道', 'medium', 'private'],
  ['博雅艺术培训学校', 'training', '城关镇', 'medium', 'private'],
  ['星火学科培训中心', 'training', '南河镇', 'high', 'private'],
  ['阳光幼儿园', 'kindergarten', '城关镇', 'low', 'education'],
];

/** The demo's 双随机 directories: the item list and a county's schools and institutions (inspectors come from the certificate register). */
@Injectable()
export class InspectionsDemo {
  constructor(
    private readonly directory: DirectoryService,
    private readonly org: OrgDirectory,
  ) {}

  async seed(admin: AuthUser): Promise<void> {
    const { byRole } = await this.org.roleAssignments();
    for (const item of ITEMS) await this.directory.createItem(admin, item);
    for (const [name, category, area, riskLevel, supervisor] of TARGETS) {
      await this.directory.createTarget(admin, { name, category, area, riskLevel, supervisingDepartmentId: byRole.get(supervisor) ?? null });
    }
  }
}
