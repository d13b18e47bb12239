import { AuditEvent } from '../audit/audit-event.entity';
import { Bureau } from '../bureau/bureau.entity';
import { CalendarYear } from '../calendar/calendar-year.entity';
import { Department } from '../org/department.entity';
import { DepartmentRole } from '../org/department-role.entity';
import { LeaderSupervision } from '../org/leader-supervision.entity';
import { User } from '../org/user.entity';

/** Every entity of the service; the migration generator diffs the schema against this list. */
export const ENTITIES = [Bureau, Department, DepartmentRole, User, LeaderSupervision, AuditEvent, CalendarYear];
