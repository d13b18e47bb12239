import { Injectable, Logger } from '@nestjs/common';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuthUser, UserRole } from '../access/auth-user';
import { BureauService } from '../bureau/bureau.service';
import { CalendarService } from '../calendar/calendar.service';
import { CatalogService } from '../catalog/catalog.service';
import { Clock } from '../common/clock';
import { addDays, yearOf } from '../common/dates';
import { requestContext } from '../common/request-context';
import { EvidenceService } from '../evidence/evidence.service';
import { DepartmentsService } from '../org/departments.service';
import { OrgDirectory } from '../org/org-directory.service';
import { UsersService } from '../org/users.service';
import { PlansService } from '../plans/plans.service';
import { TaskStore } from '../tasks/task-store.service';
import { ActivitiesService } from '../tasks/activities.service';
import { TasksService } from '../tasks/tasks.service';
import { DemoCertificates } from './demo-certificates';
import { DemoAdvisers } from './demo-advisers';
import { DemoFindings } from './demo-findings';
import { InspectionsDemo } from './demo-inspections';
import { DocumentsService } from '../documents/documents.service';
import { seedDemoDocuments } from './demo-documents';
import { DEMO_ADVISER, DEMO_BUREAU_NAME, DEMO_DEPARTMENTS, DEMO_LEADERS, DEMO_PASSWORD } from './demo-bureau';

/** A one-page PDF, so the demo's evidence downloads open in a viewer. */
export const DEMO_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** A demo account, as the seeder acts for it. */
type Person = AuthUser & { title: string };

export interface DemoLogin {
  login: string;
  name: string;
  role: string;
  department: string;
}

/**
 * Creates the demo bureau and walks its year so every view has something real: done items with
 * evidence, items waiting for review, items due soon, items overdue by days and by weeks.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly bureau: BureauService,
    private readonly departments: DepartmentsService,
    private readonly users: UsersService,
    private readonly org: OrgDirectory,
    private readonly catalog: CatalogService,
    private readonly taskRepository: TaskStore,
    private readonly plans: PlansService,
    private readonly tasks: TasksService,
    private readonly activities: ActivitiesService,
    private readonly evidence: EvidenceService,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
    private readonly demoCertificates: DemoCertificates,
    private readonly demoAdvisers: DemoAdvisers,
    private readonly demoFindings: DemoFindings,
    private readonly inspections: InspectionsDemo,
    private readonly documents: DocumentsService,
  ) {}

  /** Whether the database has no organisation yet (the only time the demo may be loaded). */
  async isEmpty(): Promise<boolean> {
    return this.org.isEmpty();
  }

  async seed(): Promise<DemoLogin[]> {
    return requestContext.run({ requestId: 'demo', actor: 'demo' }, async () => {
      const people = await this.createOrganisation();
      const admin = await this.org.firstWithRole('admin');
      if (!admin) throw new Error('The demo needs the admin account (created at first start)');
      const today = this.clock.today();
      const year = await this.planYear(today);
      // The demo bureau has used the service since January: nothing is 补录.
      await this.plans.createAnnual(year, admin, `${year}-01-01`);
      const officers = await this.demoCertificates.seed(today, people);
      await this.createCases(today, people.get('fgg')!);
      await this.walkTheYear(today, people, officers);
      await this.createRecentPetitions(today, people.get('xfb')!);
      await this.demoAdvisers.seed(today, people.get('fgg')!, people.get(DEMO_ADVISER.login)!);
      await this.demoFindings.seed(today, people, DEMO_PDF);
      await this.inspections.seed(admin);
      await seedDemoDocuments(this.documents, people, today);
      return this.logins(people);
    });
  }

  /** Everything through the org services, as an admin would do it (and audited the same way). */
  private async createOrganisation(): Promise<Map<string, Person>> {
    await this.bureau.update({ name: DEMO_BUREAU_NAME });
    const people = new Map<string, Person>();
    const departments = new Map<string, number>();
    const user = async (login: string, name: string, role: UserRole, departmentId: number | null, title: string, isBureauHead = false) => {
      const fields = { login, name, email: `${login}@demo.fazhi.local`, role, departmentId, title, isBureauHead };
      const { userId } = await this.users.create({ ...fields, departmentId: departmentId ?? undefined, password: DEMO_PASSWORD });
      const person = { ...fields, id: userId };
      people.set(login, person);
      return person;
    };
    for (const d of DEMO_DEPARTMENTS) {
      const dept = await this.departments.create({ code: d.code, name: d.name, kind: d.kind });
      departments.set(d.code, dept.id);
      for (const roleCode of d.roles) await this.departments.assignRole(roleCode, dept.id);
      await user(d.head.login, d.head.name, 'head', dept.id, d.head.title);
      if (d.staff) await user(d.staff.login, d.staff.name, 'staff', dept.id, '科员');
    }
    for (const l of DEMO_LEADERS) {
      const leader = await user(l.login, l.name, 'leader', null, l.title, l.isBureauHead);
      await this.users.setSupervision(
        leader.id,
        l.supervises.map((code) => departments.get(code)!),
      );
    }
    await user(DEMO_ADVISER.login, DEMO_ADVISER.name, 'adviser', departments.get(DEMO_ADVISER.department)!, DEMO_ADVISER.title);
    return people;
  }

  /** The current year, or the latest year whose holidays are loaded (early January, before publication). */
  private async planYear(today: string): Promise<number> {
    const years = (await this.calendar.calendar()).coveredYears();
    return years.includes(yearOf(today)) ? yearOf(today) : Math.max(...years.filter((y) => y < yearOf(today)));
  }

  /** A normative document in review, a penalty case just decided, an inspection just finished. */
  private async createCases(today: string, legalHead: AuthUser): Promise<void> {
    const templates = new Map((await this.catalog.listTemplates()).map((t) => [t.key, t.id]));
    const year = yearOf(today);
    await this.plans.createEvent(
      {
        templateId: templates.get('normative-document')!,
        reference: `示教发〔${year}〕12号`,
        title: '关于规范中小学校外培训机构管理的通知',
        anchors: { draftedOn: addDays(today, -40) },
      },
      legalHead,
    );
    await this.plans.createEvent(
      {
        templateId: templates.get('enforcement-case')!,
        reference: `示教罚〔${year}〕3号`,
        title: '某培训学校未经许可擅自招生案',
        anchors: { filedOn: addDays(today, -95), decidedOn: addDays(today, -3) },
      },
      legalHead,
    );
    await this.plans.createEvent(
      {
        templateId: templates.get('random-inspection')!,
        reference: `${year}-秋季-民办学校`,
        title: `${year}年秋季民办学校“双随机”抽查`,
        anchors: { plannedOn: addDays(today, -45), inspectionEndOn: addDays(today, -12) },
      },
      legalHead,
    );
  }

  /**
   * Two fresh petitions, whatever the date: one received 18 days ago (its 15-day written notice a
   * few days overdue) and one 13 days ago (the notice due in two days).
   */
  private async createRecentPetitions(today: string, petitionHead: AuthUser): Promise<void> {
    const template = await this.catalog.findTemplate({ key: 'petition' });
    if (!template) throw new Error('The catalogue has no petition template');
    const cases = [
      { reference: `信访-${yearOf(today)}-087`, title: '家长反映某校收取资料费问题', receivedOn: addDays(today, -18) },
      { reference: `信访-${yearOf(today)}-091`, title: '群众反映校外培训机构退费难问题', receivedOn: addDays(today, -13) },
    ];
    for (const c of cases) {
      await this.plans.createEvent({ templateId: template.id, reference: c.reference, title: c.title, anchors: { receivedOn: c.receivedOn } }, petitionHead);
    }
  }

  /**
   * Plays the year so far: most past items done (some with evidence, some waiting for review),
   * a few left overdue by weeks or by days. The choice is deterministic (by task id).
   */
  private async walkTheYear(today: string, people: Map<string, Person>, officers: number[]): Promise<void> {
    const heads = new Map<number, Person>();
    for (const u of people.values()) if (u.role === 'head' && u.departmentId !== null) heads.set(u.departmentId, u);
    const reviewer = people.get('fgg')!;
    const bureauHead = people.get('juzhang')!;
    const tasks = await this.taskRepository.withStatus('open');
    const pdfPath = () => {
      const path = join(tmpdir(), `fazhi-demo-${process.pid}-${Math.random().toString(36).slice(2)}.pdf`);
      writeFileSync(path, DEMO_PDF);
      return { path, originalname: '工作台账.pdf', size: DEMO_PDF.length };
    };
    const reviewable = tasks.filter((t) => t.needsReview && t.dueOn && t.dueOn < today && t.reviewerDepartmentId !== t.departmentId);
    const waitingForReview = new Set(reviewable.slice(-3).map((t) => t.id));
    let left = 0;
    // The demo login of 安全管理股 (aqg) always finds one task overdue by weeks, whatever the ids.
    let showcase = people.get('aqg')?.departmentId ?? null;
    for (const task of tasks) {
      if (!task.dueOn || task.dueOn >= today) continue;
      const weeksLate = task.dueOn < addDays(today, -14);
      const shown = weeksLate && task.departmentId === showcase;
      // Keep a spread: a few overdue by weeks, a couple by days; the rest gets done.
      if (shown || (weeksLate && task.id % 9 === 4 && left < 6) || (!weeksLate && task.id % 3 === 0)) {
        if (shown) showcase = null;
        left += 1;
        continue;
      }
      const head = heads.get(task.departmentId);
      if (!head) continue;
      const worker = head;
      try {
        if (task.targetKind === 'percent')
          await this.tasks.measure(worker, task.id, { numerator: Math.min(50, Math.ceil((task.targetCount ?? 0) / 2)), denominator: 50 });
        for (let n = task.activityCount; task.targetKind === 'count' && n < (task.targetCount ?? 0); n += 1) {
          await this.activities.add(worker, task.id, {
            occurredOn: addDays(task.dueOn, -7 * (n + 1)),
            title: `${task.title}（第${n + 1}次）`,
            participants: '班子成员及相关股室负责人',
          });
        }
        if (task.id % 2 === 0) await this.evidence.upload(worker, task.id, [pdfPath()], { effectiveOn: task.dueOn });
        const done = await this.tasks.complete(worker, task.id, {
          note: '已按要求完成，台账已归档。',
          doneOn: demoDoneOn(task.id, task.dueOn, today),
          officerCertificateIds: officers,
        });
        if (done.status !== 'submitted') continue;
        const ownReview = task.reviewerDepartmentId === worker.departmentId;
        // The latest few stay in 政策法规股's review queue; the rest were accepted in their time.
        if (!ownReview && waitingForReview.has(task.id)) continue;
        await this.tasks.accept(ownReview ? bureauHead : reviewer, task.id, '材料齐全，同意办结。');
      } catch (err) {
        // A gate not yet passed (its own gate left overdue on purpose) keeps this one open too.
        this.logger.debug(`Demo left task ${task.id} open: ${(err as Error).message}`);
      }
    }
    const open = await this.taskRepository.count(['open', 'returned']);
    this.logger.log(`Demo bureau ready: ${tasks.length} tasks issued, ${open} still open`);
  }

  private async logins(people: Map<string, Person>): Promise<DemoLogin[]> {
    const departments = await this.org.departmentNames();
    const wanted = ['juzhang', 'fjz-li', 'bgs', 'fgg', 'fgg-staff', 'aqg', 'yz', 'guwen'];
    return [...people.values()]
      .filter((u) => wanted.includes(u.login))
      .sort((a, b) => a.id - b.id)
      .map((u) => ({
        login: u.login,
        name: `${u.name}（${u.title}）`,
        role: u.role,
        department: u.departmentId ? (departments.get(u.departmentId) ?? '') : '局领导',
      }));
  }
}

/**
 * The day a demo task was done: mostly a few days before its due date, one in seven a few days
 * after (逾期完成); never before its year nor after today.
 */
function demoDoneOn(id: number, dueOn: string, today: string): string {
  const day = id % 7 === 1 ? addDays(dueOn, 2 + (id % 4)) : addDays(dueOn, -(id % 6));
  const first = `${dueOn.slice(0, 4)}-01-01`;
  return day < first ? first : day > today ? today : day;
}
