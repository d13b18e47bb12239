import type { AuthUser } from '../access/auth-user';
import { addDays, addYears, yearOf } from '../common/dates';
import type { DocumentsService } from '../documents/documents.service';

/**
 * A few register entries of the demo bureau, entered by 政策法规股: documents in force (one 暂行
 * whose evaluation is coming up), one past its validity (已失效) and one repealed.
 */
export async function seedDemoDocuments(documents: DocumentsService, people: Map<string, AuthUser>, today: string): Promise<void> {
  const legalHead = people.get('fgg')!;
  const dept = (login: string) => people.get(login)!.departmentId!;
  const y = yearOf(today);
  const provisionalFrom = addDays(addYears(today, -2), 200);
  const entries = [
    {
      docNumber: `示教发〔${y - 4}〕5号`,
      title: '县中小学校学生欺凌防治工作实施办法',
      departmentId: dept('aqg'),
      publishedOn: `${y - 4}-03-10`,
      effectiveOn: `${y - 4}-04-01`,
      filedOn: `${y - 4}-03-28`,
    },
    {
      docNumber: `示教发〔${yearOf(provisionalFrom)}〕8号`,
      title: '县校外培训机构管理暂行办法',
      departmentId: dept('mbg'),
      publishedOn: addDays(provisionalFrom, -15),
      effectiveOn: provisionalFrom,
      fairCompetitionReviewed: true,
      filedOn: addDays(provisionalFrom, -1),
    },
    {
      docNumber: `示教发〔${y - 1}〕3号`,
      title: '县中小学校服务性收费和代收费管理规定',
      departmentId: dept('cwg'),
      publishedOn: `${y - 1}-08-20`,
      effectiveOn: `${y - 1}-09-01`,
      filedOn: `${y - 1}-09-10`,
      fairCompetitionReviewed: true,
    },
    {
      docNumber: `示教发〔${y - 6}〕2号`,
      title: '县中小学教师继续教育管理办法',
      departmentId: dept('rsg'),
      publishedOn: `${y - 7}-12-15`,
      effectiveOn: `${y - 6}-01-01`,
      filedOn: `${y - 7}-12-30`,
    },
    {
      docNumber: `示教发〔${y - 3}〕6号`,
      title: '县民办学校年度检查办法',
      departmentId: dept('mbg'),
      publishedOn: `${y - 3}-05-06`,
      effectiveOn: `${y - 3}-06-01`,
      filedOn: `${y - 3}-05-30`,
    },
  ];
  const created = [];
  for (const entry of entries) created.push((await documents.create(legalHead, entry)).document);
  await documents.changeStatus(legalHead, created[4].id, {
    status: 'repealed',
    on: `${y}-03-15`,
    reason: '上位法修订，经清理决定废止，由年度检查改为信用监管。',
  });
}
