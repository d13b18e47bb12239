/** The web interface's names for the API's shapes: aliases over api-types.ts, generated from /api/docs. */
import type { components, operations } from './api-types';

type Schemas = components['schemas'];
type PageSchema = Schemas[Extract<keyof Schemas, `${string}Page`>];

/** The one pagination shape: `Page<TaskSummary>` is the generated `TaskSummaryPage`. */
export type Page<T> = Extract<PageSchema, { items: T[] }>;

export type User = Schemas['UserView'];
export type CreatedUser = Schemas['CreatedUserView'];
export type PasswordReset = Schemas['ResetPasswordResult'];
export type Role = User['role'];
export type LoginResult = Schemas['LoginResult'];
export type Department = Schemas['DepartmentView'];
export type DepartmentRole = Schemas['DepartmentRoleView'];
export type UserImportResult = Schemas['UserImportResult'];
export type ImportedUser = Schemas['ImportedUserView'];
export type DepartmentImportResult = Schemas['DepartmentImportResult'];
export type WorkPoint = Schemas['WorkPointView'];
export type Plan = Schemas['PlanView'];
export type PlanResult = Schemas['PlanResultView'];

export type TaskSummary = Schemas['TaskSummary'];
export type TaskStatus = TaskSummary['status'];
/** The `view` filter of the task lists. */
export type TaskView = NonNullable<NonNullable<operations['TasksController_list']['parameters']['query']>['view']>;
export type TaskCounts = Schemas['TaskCounts'];
export type Task = Schemas['TaskView'];
export type TaskRef = Schemas['TaskRef'];
export type Transition = Schemas['TransitionView'];
export type Activity = Schemas['ActivityView'];
export type Evidence = Schemas['EvidenceView'];
export type Urge = Schemas['NamedUrgeView'];
export type TaskDetail = Schemas['TaskDetail'];
export type CoverageRow = Schemas['CoverageRow'];
export type SchoolProgressView = Schemas['SchoolProgressView'];

export type SummaryRow = Schemas['SummaryRow'];
export type OversightSummary = Schemas['OversightSummary'];
export type AuthOptions = Schemas['AuthOptions'];

export type OutboxMessage = Schemas['OutboxMessageView'];
export type OutboxStatus = OutboxMessage['status'];
export type NotificationItem = Schemas['NotificationView'];
export type NotificationKind = NotificationItem['kind'];
export type UnreadCount = Schemas['UnreadCountView'];

export type BureauSetting = Schemas['BureauSettingView'];
export type Bureau = Schemas['BureauView'];
export type ReminderPolicy = Schemas['ReminderPolicyView'];
export type ReminderRun = Schemas['ReminderRunView'];
export type Queued = Schemas['QueuedView'];
export type CalendarYear = Schemas['CalendarYearView'];
export type CalendarHealth = Schemas['CalendarHealthView'];
export type CalendarFeedStatus = Schemas['CalendarFeedStatusView'];
export type CalendarFeedIssued = Schemas['CalendarFeedIssuedView'];

export type FieldError = Schemas['FieldErrorView'];

export type Robot = Schemas['RobotView'];
export type RobotTest = Schemas['RobotTestView'];
export type NotificationPreferences = Schemas['NotificationPreferencesView'];

export type AnnualReport = Schemas['AnnualReportView'];
export type Figure = Schemas['FigureView'];
export type FigureRecords = Schemas['FigureRecordsView'];
export type Template = Schemas['TemplateView'];
export type TemplateWithItems = Schemas['TemplateWithItemsView'];
export type Binder = Schemas['BinderView'];
export type SearchResult = Schemas['SearchResult'];
export type CaseView = Schemas['CaseView'];
export type CaseStep = Schemas['CaseStepView'];
export type AdviserRequest = Schemas['AdviserRequestView'];
export type Person = Schemas['PersonView'];
export type PlanState = Plan['state'];
