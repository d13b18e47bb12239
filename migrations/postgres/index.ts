// Maintained by scripts/generate-migration.ts: every migration of this dialect, in order.
import { Foundation1796005875462 } from './1796005875462-Foundation';
import { AuditAppendOnly1796005875500 } from './1796005875500-AuditAppendOnly';
import { CalendarYears1796006045526 } from './1796006045526-CalendarYears';
import { ChecklistEngine1796006395382 } from './1796006395382-ChecklistEngine';
import { Reminders1796006731200 } from './1796006731200-Reminders';
import { TaskDueNote1796007050245 } from './1796007050245-TaskDueNote';
import { OutboxRetryChain1796172770281 } from './1796172770281-OutboxRetryChain';
import { MustChangePassword1796172832579 } from './1796172832579-MustChangePassword';
import { Notifications1796185450380 } from './1796185450380-Notifications';
import { ChatRobots1796185571870 } from './1796185571870-ChatRobots';
import { CalendarFeedsAndRunReasons1796185617726 } from './1796185617726-CalendarFeedsAndRunReasons';
import { EvidenceBinders1796189615075 } from './1796189615075-EvidenceBinders';
import { CaseRegistrars1796200000001 } from './1796200000001-CaseRegistrars';
import { GatesOptionsEarliest1796200000002 } from './1796200000002-GatesOptionsEarliest';
import { TargetKinds1796200000003 } from './1796200000003-TargetKinds';
import { TaskStates1796200000004 } from './1796200000004-TaskStates';
import { DocumentRegister1796210000001 } from './1796210000001-DocumentRegister';
export const POSTGRES_MIGRATIONS: Function[] = [Foundation1796005875462, AuditAppendOnly1796005875500, CalendarYears1796006045526, ChecklistEngine1796006395382, Reminders1796006731200, TaskDueNote1796007050245, OutboxRetryChain1796172770281, MustChangePassword1796172832579, Notifications1796185450380, ChatRobots1796185571870, CalendarFeedsAndRunReasons1796185617726, EvidenceBinders1796189615075, CaseRegistrars1796200000001, GatesOptionsEarliest1796200000002, TargetKinds1796200000003, TaskStates1796200000004, DocumentRegister1796210000001];
