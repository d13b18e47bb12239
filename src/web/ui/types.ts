/** Shapes of the API's answers, as the web interface uses them (see /api/docs). */

export type Role = 'admin' | 'leader' | 'head' | 'staff' | 'adviser';
export type TaskStatus = 'open' | 'submitted' | 'returned' | 'done';
export type TaskView = 'overdue' | 'dueSoon' | 'open' | 'done' | 'all';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface User {
  id: number;
  login: string;
  name: string;
  email: string;
  role: Role;
  roleName: string;
  departmentId: number | null;
  isBureauHead: boolean;
  title: string;
  active: boolean;
  supervisedDepartmentIds: number[];
}

export interface LoginResult {
  token: string;
  expiresAt: string;
  mustChangePassword: boolean;
  user: User;
}

/** GET /auth/options: what the login page needs before anyone is logged in. */
export interface AuthOptions {
  demo: boolean;
  passwordMinLength: number;
}

export interface Department {
  id: number;
  code: string;
  name: string;
  kind: 'office' | 'school';
  parentId: number | null;
  active: boolean;
}

export interface DepartmentRole {
  roleCode: string;
  departmentId: number;
}

export interface WorkPoint {
  id: number;
  key: string;
  name: string;
  section: string;
  description: string;
}

export interface Plan {
  id: number;
  kind: 'annual' | 'event';
  year: number;
  reference: string | null;
  title: string;
  anchors?: Record<string, string>;
  createdAt: string;
}

export interface TaskSummary {
  id: number;
  title: string;
  periodLabel: string;
  dueOn: string | null;
  daysLeft: number | null;
  status: TaskStatus;
  departmentId: number;
  departmentName: string;
  workPointId: number;
  workPointName: string;
  planId: number;
  planTitle: string;
  supporting: boolean;
  needsReview: boolean;
  targetCount: number | null;
  activityCount: number;
}

export interface TaskCounts {
  overdue: number;
  dueSoon: number;
  open: number;
  done: number;
  total: number;
}

export interface Task {
  id: number;
  planId: number;
  workPointId: number;
  departmentId: number;
  leadTaskId: number | null;
  periodLabel: string;
  title: string;
  description: string;
  basis: string;
  evidenceHint: string;
  scheduleText: string;
  dueOn: string | null;
  dueNote: string;
  status: TaskStatus;
  needsReview: boolean;
  reviewerDepartmentId: number | null;
  targetCount: number | null;
  targetUnit: string;
  activityCount: number;
  gateTaskIds: number[];
  completionNote: string | null;
  shortfallReason: string | null;
  returnReason: string | null;
  completedAt: string | null;
}

export interface TaskRef {
  id: number;
  title: string;
  status: TaskStatus;
  departmentName: string;
}

export interface Transition {
  id: number;
  action: 'issue' | 'complete' | 'submit' | 'accept' | 'return' | 'reopen' | 'schedule';
  fromStatus: TaskStatus | null;
  toStatus: TaskStatus;
  note: string;
  userName: string;
  at: string;
}

export interface Activity {
  id: number;
  occurredOn: string;
  title: string;
  participants: string;
  note: string;
  createdAt: string;
}

export interface Evidence {
  id: number;
  fileName: string;
  mimeType: string;
  size: number;
  effectiveOn: string;
  activityId: number | null;
  uploadedByName: string;
  uploadedAt: string;
}

export interface Urge {
  id: number;
  message: string;
  leaderName: string;
  createdAt: string;
  notifiedAt: string | null;
}

export interface TaskDetail {
  task: Task;
  summary: TaskSummary;
  gates: TaskRef[];
  supportingTasks: TaskRef[];
  leadTask: TaskRef | null;
  history: Transition[];
  activities: Activity[];
  evidence: Evidence[];
  urges: Urge[];
  can: { work: boolean; review: boolean; reopen: boolean; urge: boolean };
}

export interface SummaryRow {
  id: number;
  name: string;
  total: number;
  done: number;
  overdue: number;
  completionRate: number;
  supervised?: boolean;
}

export interface OversightSummary {
  today: string;
  byDepartment: SummaryRow[];
  byWorkPoint: SummaryRow[];
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'unsent' | 'failed';

export interface OutboxMessage {
  id: number;
  kind: 'digest' | 'urge';
  recipientId: number | null;
  toAddress: string;
  subject: string;
  text: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
}

export interface BureauSetting {
  key: string;
  label: string;
  value: number;
  defaultValue: number;
  unit: string;
}

export interface Bureau {
  name: string;
  settings: BureauSetting[];
}

export interface ReminderPolicy {
  enabled: boolean;
  daysBefore: number[];
  onDueDate: boolean;
  overdueDaily: boolean;
  escalateToSupervisorAfter: number;
  escalateToBureauHeadAfter: number;
  weeklySummaryWeekday: number;
  runAt: string;
  updatedAt?: string;
}

export interface ReminderRun {
  runDate: string;
  startedAt: string;
  finishedAt: string | null;
  messages: number;
  skippedTasks: number;
}

export interface PlanResult {
  plan: Plan;
  tasksCreated: number;
}

export interface CalendarYear {
  year: number;
  source: string;
  daysOff: string[];
  makeUpWorkdays: string[];
  holidays: { date: string; name: string }[] | null;
  loadedAt: string;
}

export interface FieldError {
  field: string;
  message: string;
}
