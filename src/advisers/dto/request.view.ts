import { ApiProperty } from '@nestjs/swagger';
import { OPINION_RESULTS, REQUEST_KINDS, TIMELINESS, type OpinionResult, type RequestKind, type Timeliness } from '../adviser-rules';

/** A review request (法律顾问审查 case) as the register lists it. */
export class ReviewRequestView {
  @ApiProperty({ description: '事项（计划）编号' }) planId: number;
  @ApiProperty() reference: string;
  @ApiProperty() title: string;
  @ApiProperty() registrarDepartmentName: string;
  @ApiProperty({ enum: REQUEST_KINDS, nullable: true, description: '事项类型（未登记为 null）' }) kind: RequestKind | null;
  @ApiProperty() kindName: string;
  @ApiProperty({ type: String, nullable: true }) requestedOn: string | null;
  @ApiProperty({ type: Number, nullable: true }) adviserId: number | null;
  @ApiProperty() adviserName: string;
  @ApiProperty({ type: String, nullable: true, description: '意见出具期限（审查意见步骤的截止日）' }) dueOn: string | null;
  @ApiProperty({ description: '约定的审查时限（工作日，事项登记时的设置）' }) limitWorkingDays: number;
  @ApiProperty({ type: String, nullable: true, description: '出具意见日期' }) opinionOn: string | null;
  @ApiProperty({ type: Number, nullable: true, description: '用时（工作日）：提请之日后至出具意见之日' }) turnaround: number | null;
  @ApiProperty({ enum: TIMELINESS }) timeliness: Timeliness;
  @ApiProperty({ description: '按时 / 超时 / 审查中 / 已超期' }) timelinessName: string;
  @ApiProperty({ type: String, nullable: true, description: '意见要点（法律顾问办结审查意见步骤时填写）' }) opinion: string | null;
  @ApiProperty({ enum: OPINION_RESULTS, nullable: true }) result: OpinionResult | null;
  @ApiProperty() resultName: string;
  @ApiProperty() cancelled: boolean;
  @ApiProperty({ description: '调用者能否登记事项类型' }) canSetKind: boolean;
  @ApiProperty({ description: '调用者能否登记审查结论' }) canSetResult: boolean;
}

export class TallyView {
  @ApiProperty() total: number;
  @ApiProperty({ description: '按时出具意见' }) onTime: number;
  @ApiProperty({ description: '超时出具或已超期未出具' }) late: number;
  @ApiProperty({ description: '审查中（未到期）' }) pending: number;
  @ApiProperty({ type: Number, nullable: true, description: '平均用时（工作日）' }) averageTurnaround: number | null;
}

export class KindTallyView extends TallyView {
  @ApiProperty({ enum: REQUEST_KINDS, nullable: true }) kind: RequestKind | null;
  @ApiProperty() kindName: string;
}

export class AdviserTallyView extends TallyView {
  @ApiProperty({ type: Number, nullable: true }) adviserId: number | null;
  @ApiProperty() adviserName: string;
}

export class AdviserFiguresView {
  @ApiProperty() year: number;
  @ApiProperty({ description: '当前设置的审查时限（工作日）' }) limitWorkingDays: number;
  @ApiProperty({ type: TallyView }) all: TallyView;
  @ApiProperty({ type: [KindTallyView] }) byKind: KindTallyView[];
  @ApiProperty({ type: [AdviserTallyView] }) byAdviser: AdviserTallyView[];
}

export class SchoolCoverageView {
  @ApiProperty() departmentId: number;
  @ApiProperty() name: string;
  @ApiProperty() covered: boolean;
  @ApiProperty({ type: [String], description: '覆盖该校的有效聘任' }) engagements: string[];
}

export class AdviserCoverageView {
  @ApiProperty() today: string;
  @ApiProperty() schools: number;
  @ApiProperty() covered: number;
  @ApiProperty({ description: '覆盖率（%，一位小数）' }) rate: number;
  @ApiProperty({ type: [SchoolCoverageView] }) list: SchoolCoverageView[];
}
