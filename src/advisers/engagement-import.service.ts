import { Injectable } from '@nestjs/common';
import { checkImportRow, type ImportColumn, ImportErrors, readImportRows } from '../common/xlsx-import';
import type { UploadedXlsx } from '../common/xlsx';
import type { AuthUser } from '../access/auth-user';
import { TransactionRunner } from '../database/transaction-runner';
import { OrgDirectory } from '../org/org-directory.service';
import { AdviserEngagement } from './adviser-engagement.entity';
import { given } from './adviser-rules';
import { CreateEngagementDto } from './dto/engagement.dto';
import type { EngagementImportResult } from './dto/engagement.view';
import { EngagementsService } from './engagements.service';
import { RegisterAccess } from './register-access';

export const ENGAGEMENT_IMPORT_COLUMNS: ImportColumn[] = [
  { header: '名称', field: 'name', example: '某某律师事务所' },
  { header: '类型', field: 'kind', example: '律师事务所' },
  { header: '联系人', field: 'contact', example: '钱律师' },
  { header: '联系电话', field: 'phone', example: '0571-88886666' },
  { header: '顾问账号', field: 'adviserUserIds', example: 'guwen' },
  { header: '聘请方', field: 'engagedBy', example: '学校' },
  { header: '覆盖学校编码', field: 'schoolIds', example: 'yz、ez' },
  { header: '合同开始日期', field: 'startOn', example: '2026-01-01' },
  { header: '合同结束日期', field: 'endOn', example: '2026-12-31' },
  { header: '年费用（元）', field: 'fee', example: '30000' },
  { header: '备注', field: 'note', example: '' },
];

const KINDS: Record<string, string> = { 律师事务所: 'firm', 个人: 'person' };
const ENGAGED_BY: Record<string, string> = { 教育局: 'bureau', 学校: 'schools' };
/** Lists in one cell: 、 , ， ; or spaces. */
const splitList = (text: string): string[] => text.split(/[、,，;；\s]+/).filter(Boolean);

/** Engagements from 政策法规股's .xlsx: every row checked like the create route, then all or nothing. */
@Injectable()
export class EngagementImportService {
  constructor(
    private readonly engagements: EngagementsService,
    private readonly org: OrgDirectory,
    private readonly access: RegisterAccess,
    private readonly tx: TransactionRunner,
  ) {}

  async import(caller: AuthUser, file: UploadedXlsx | undefined): Promise<EngagementImportResult> {
    await this.access.requireEditor(caller);
    const errors = new ImportErrors();
    const rows = await readImportRows(file, ENGAGEMENT_IMPORT_COLUMNS, errors);
    const [logins, codes, { schools }] = await Promise.all([this.org.userIdsByLogin('adviser'), this.org.departmentIdsByCode(), this.org.roleAssignments()]);
    const parsed: CreateEngagementDto[] = [];
    for (const row of rows) {
      const cell = (header: string) => row.cells.get(header) ?? '';
      const lookup = (header: string, ids: Map<string, number>, what: string) =>
        splitList(cell(header)).map((key) => ids.get(key) ?? (errors.add(row.rowNumber, header, `不存在的${what} ${key}`), -1));
      const mapped = (header: string, names: Record<string, string>) => {
        const text = cell(header);
        if (text && !names[text]) errors.add(row.rowNumber, header, `应为“${Object.keys(names).join('”或“')}”，不能是 ${text}`);
        return names[text] ?? text;
      };
      const fee = cell('年费用（元）');
      const dto = await checkImportRow(
        CreateEngagementDto,
        {
          name: cell('名称'),
          kind: mapped('类型', KINDS),
          contact: cell('联系人'),
          phone: cell('联系电话'),
          adviserUserIds: lookup('顾问账号', logins, '法律顾问登录名'),
          engagedBy: mapped('聘请方', ENGAGED_BY),
          schoolIds: lookup('覆盖学校编码', codes, '学校编码'),
          startOn: cell('合同开始日期'),
          endOn: cell('合同结束日期'),
          fee: fee === '' ? undefined : Number(fee),
          note: cell('备注'),
        },
        row,
        ENGAGEMENT_IMPORT_COLUMNS,
        errors,
        ['kind', 'engagedBy'],
      );
      const checked = { ...dto, adviserUserIds: dto.adviserUserIds?.filter((id) => id > 0) ?? [], schoolIds: dto.schoolIds?.filter((id) => id > 0) ?? [] };
      if (dto.startOn && dto.endOn && dto.engagedBy) {
        for (const e of await this.engagements.check(checked, schools)) {
          errors.add(row.rowNumber, ENGAGEMENT_IMPORT_COLUMNS.find((c) => c.field === e.field)?.header ?? e.field, e.message);
        }
      }
      parsed.push(checked);
    }
    errors.throwIfAny();
    await this.tx.run((m) =>
      m.save(
        AdviserEngagement,
        parsed.map((dto) =>
          m.create(AdviserEngagement, { contact: '', phone: '', note: '', fee: null, ...given(dto), dismissedOn: null, dismissReason: null }),
        ),
      ),
    );
    return { created: parsed.length };
  }
}
