import { AdviserEngagement } from '../advisers/adviser-engagement.entity';
import { AdviserRequestDetail } from '../advisers/adviser-request-detail.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { Binder } from '../binders/binder.entity';
import { Bureau } from '../bureau/bureau.entity';
import { CalendarYear } from '../calendar/calendar-year.entity';
import { EnforcementCertificate } from '../certificates/certificate.entity';
import { TaskOfficer } from '../certificates/task-officer.entity';
import { ChecklistTemplate } from '../catalog/checklist-template.entity';
import { TemplateItem } from '../catalog/template-item.entity';
import { WorkPoint } from '../catalog/work-point.entity';
import { EvidenceFile } from '../evidence/evidence-file.entity';
import { NormativeDocument, NormativeDocumentEvent } from '../documents/normative-document.entity';
import { CalendarFeed } from '../feeds/calendar-feed.entity';
import { OutboxMessage } from '../mail/outbox-message.entity';
import { Notification } from '../notifications/notification.entity';
import { Plan } from '../plans/plan.entity';
import { ReminderPolicy } from '../reminders/reminder-policy.entity';
import { ReminderRun } from '../reminders/reminder-run.entity';
import { NotificationPreference } from '../reminders/notification-preference.entity';
import { ChatRobot } from '../robots/chat-robot.entity';
import { Activity } from '../tasks/activity.entity';
import { Task } from '../tasks/task.entity';
import { TaskTransition } from '../tasks/task-transition.entity';
import { Urge } from '../tasks/urge.entity';
import { Department } from '../org/department.entity';
import { DepartmentRole } from '../org/department-role.entity';
import { LeaderSupervision } from '../org/leader-supervision.entity';
import { User } from '../org/user.entity';
import { Finding } from '../findings/finding.entity';
import { InspectionConflict, InspectionItem, InspectionTarget } from '../inspections/directory.entity';
import { InspectionDraw, InspectionDrawTarget } from '../inspections/draw.entity';

/** Every entity of the service; the migration generator diffs the schema against this list. */
export const ENTITIES = [
  Bureau,
  Department,
  DepartmentRole,
  User,
  LeaderSupervision,
  AuditEvent,
  CalendarYear,
  WorkPoint,
  ChecklistTemplate,
  TemplateItem,
  Plan,
  Task,
  TaskTransition,
  Activity,
  Urge,
  EvidenceFile,
  OutboxMessage,
  Notification,
  ReminderPolicy,
  ReminderRun,
  NotificationPreference,
  ChatRobot,
  CalendarFeed,
  Binder,
  EnforcementCertificate,
  TaskOfficer,
  AdviserEngagement,
  AdviserRequestDetail,
  Finding,
  InspectionTarget,
  InspectionItem,
  InspectionConflict,
  InspectionDraw,
  InspectionDrawTarget,
  NormativeDocument,
  NormativeDocumentEvent,
];
