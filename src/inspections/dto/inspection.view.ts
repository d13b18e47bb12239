import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class TargetView {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ description: '类别代码' }) category: string;
  @ApiProperty({ description: '类别名称' }) categoryLabel: string;
  @ApiProperty() area: string;
  @ApiProperty({ description: '风险等级代码 low/medium/high' }) riskLevel: string;
  @ApiProperty({ description: '风险等级：低/中/高' }) riskLabel: string;
  @ApiProperty({ type: Number, nullable: true }) supervisingDepartmentId: number | null;
  @ApiProperty({ type: String, nullable: true }) supervisingDepartmentName: string | null;
  @ApiProperty({ type: Number, nullable: true }) schoolDepartmentId: number | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: String, nullable: true, description: '最近一次被抽中检查的抽取日期' }) lastInspectedOn: string | null;
}

export class ItemView {
  @ApiProperty() id: number;
  @ApiProperty() title: string;
  @ApiProperty() legalBasis: string;
  @ApiProperty() category: string;
  @ApiProperty() categoryLabel: string;
  @ApiProperty() method: string;
  @ApiProperty() ratioPercent: number;
  @ApiProperty() active: boolean;
}

export class ConflictView {
  @ApiProperty() id: number;
  @ApiProperty() targetId: number;
  @ApiProperty() targetName: string;
  @ApiProperty({ type: Number, nullable: true }) certificateId: number | null;
  @ApiProperty({ type: Number, nullable: true }) userId: number | null;
  @ApiProperty({ description: '须回避的人员（姓名或证号）' }) inspectorLabel: string;
  @ApiProperty() reason: string;
  @ApiProperty() createdAt: Date;
}

export class InspectorView {
  @ApiProperty() certificateId: number;
  @ApiProperty() certificateNo: string;
  @ApiProperty() holderName: string;
  @ApiProperty({ type: Number, nullable: true }) userId: number | null;
  @ApiProperty() departmentId: number;
  @ApiProperty() departmentName: string;
  @ApiProperty({ description: '执法类别' }) category: string;
  @ApiProperty({ description: '执法证有效期至' }) expiresOn: string;
}

export class ImportResultView {
  @ApiProperty({ description: '新增的检查对象数' }) created: number;
}

export class DrawnInspectorView {
  @ApiProperty() certificateId: number;
  @ApiProperty() certificateNo: string;
  @ApiProperty() holderName: string;
}

export class DrawnTargetView {
  @ApiProperty() position: number;
  @ApiProperty() targetId: number;
  @ApiProperty() targetName: string;
  @ApiProperty({ type: [DrawnInspectorView] }) inspectors: DrawnInspectorView[];
  @ApiProperty({ type: String, nullable: true, description: 'clear/rectify/case/transfer' }) outcome: string | null;
  @ApiProperty({ type: String, nullable: true }) outcomeLabel: string | null;
  @ApiProperty({ type: String, nullable: true }) outcomeNote: string | null;
  @ApiProperty({ type: String, nullable: true }) outcomeOn: string | null;
}

export class DrawSummaryView {
  @ApiProperty() id: number;
  @ApiProperty() planId: number;
  @ApiProperty() planTitle: string;
  @ApiProperty() itemId: number;
  @ApiProperty() itemTitle: string;
  @ApiProperty() drawnOn: string;
  @ApiProperty() targetCount: number;
  @ApiProperty({ type: Number, nullable: true, description: '被哪次重新抽取替代（为空即当前有效）' }) supersededById: number | null;
  @ApiProperty({ type: String, nullable: true }) redrawReason: string | null;
  @ApiProperty() drawnByName: string;
}

export class SnapshotHashesView {
  @ApiProperty({ description: '检查对象名录快照的 SHA-256（十六进制）' }) targets: string;
  @ApiProperty({ description: '检查人员名录快照的 SHA-256' }) inspectors: string;
  @ApiProperty({ description: '回避清单快照的 SHA-256' }) conflicts: string;
}

export class DrawView extends DrawSummaryView {
  @ApiProperty() seedText: string;
  @ApiProperty({ description: '随机种子 = SHA-256(种子文字、三个快照哈希)' }) seed: string;
  @ApiProperty({ description: 'ratio 按比例 / count 按数量' }) countMode: string;
  @ApiProperty({ type: Number, nullable: true }) ratioPercent: number | null;
  @ApiProperty() inspectorsPerTarget: number;
  @ApiProperty() excludeSupervisingDepartment: boolean;
  @ApiProperty({ description: '抽取时名录中符合条件的检查对象数' }) eligibleTargets: number;
  @ApiProperty({ description: '抽取日持有效执法证的检查人员数' }) eligibleInspectors: number;
  @ApiProperty({ type: SnapshotHashesView }) hashes: SnapshotHashesView;
  @ApiProperty({ type: [DrawnTargetView] }) targets: DrawnTargetView[];
  @ApiPropertyOptional({ type: String, nullable: true, description: '本次抽查的检查结束日期' }) inspectionEndOn: string | null;
}

export class VerifyView {
  @ApiProperty({ description: '重新计算的结果与记录一致' }) matches: boolean;
  @ApiProperty({ type: [String], description: '发现的问题（中文）' }) problems: string[];
}

export class DrawParametersView {
  @ApiProperty() targetCount: number;
  @ApiProperty() inspectorsPerTarget: number;
  @ApiProperty() excludeSupervisingDepartment: boolean;
}

export class DrawSnapshotsView {
  @ApiProperty({ description: '检查对象名录快照（规范 JSON 文本）' }) targets: string;
  @ApiProperty() inspectors: string;
  @ApiProperty() conflicts: string;
}

export class DrawnResultView {
  @ApiProperty() targetId: number;
  @ApiProperty({ type: [Number] }) certificateIds: number[];
}

/** The full inputs and result of a draw: what scripts/verify-draw.ts recomputes. */
export class DrawExportView {
  @ApiProperty() drawId: number;
  @ApiProperty() algorithm: string;
  @ApiProperty() seedText: string;
  @ApiProperty({ type: DrawParametersView }) parameters: DrawParametersView;
  @ApiProperty({ type: DrawSnapshotsView }) snapshots: DrawSnapshotsView;
  @ApiProperty({ type: SnapshotHashesView }) hashes: SnapshotHashesView;
  @ApiProperty() seed: string;
  @ApiProperty({ type: [DrawnResultView] }) result: DrawnResultView[];
}

export class PlanItemView extends ItemView {
  @ApiProperty({ description: '本年度已完成的抽取次数（不含被替代的）' }) drawsDone: number;
  @ApiProperty({ description: '本年度应抽查次数（设置“双随机抽查频次”）' }) roundsPlanned: number;
  @ApiProperty({ description: '该类别在库检查对象数' }) targetsInCategory: number;
}

export class YearPlanView {
  @ApiProperty() year: number;
  @ApiProperty() roundsPerYear: number;
  @ApiProperty({ type: [PlanItemView] }) items: PlanItemView[];
}

export class InspectionCoverageView {
  @ApiProperty({ description: '覆盖年限（设置“双随机检查覆盖年限”）' }) years: number;
  @ApiProperty({ description: '此日期以来未被抽中者列入' }) since: string;
  @ApiProperty({ type: [TargetView] }) notInspected: TargetView[];
}
