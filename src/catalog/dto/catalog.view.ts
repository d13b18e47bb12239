import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DATE_TIME, FREE_OBJECT } from '../../common/api-schema';
import type { Amount, DeadlineExtension, EarliestRule, ScheduleRule } from '../schedule-rule';
import type { ChecklistTemplate, TemplateKind } from '../checklist-template.entity';
import type { TemplateItem } from '../template-item.entity';
import type { WorkPoint } from '../work-point.entity';

/** 工作要点 */
export class WorkPointView {
  @ApiProperty() id: number;
  @ApiProperty() key: string;
  @ApiProperty({ description: '名称' }) name: string;
  @ApiProperty({ description: '章节号，也是显示顺序', example: '2.6' }) section: string;
  @ApiProperty() description: string;

  static of(w: WorkPoint): WorkPointView {
    return Object.assign(new WorkPointView(), { id: w.id, key: w.key, name: w.name, section: w.section, description: w.description });
  }
}

export class TemplateAnchorView {
  @ApiProperty({ example: 'publishedOn' }) key: string;
  @ApiProperty({ example: '发布日期' }) label: string;
  @ApiProperty({ description: '登记事项时必须填写' }) required: boolean;
  @ApiProperty({ required: false, description: '期限文字中的说法，如 决定作出之日' }) phrase?: string;
}

export class TemplateOptionView {
  @ApiProperty({ example: 'major' }) key: string;
  @ApiProperty({ example: '是否重大执法决定' }) label: string;
  @ApiProperty({ description: '填写说明' }) hint: string;
}

/** 清单模板 */
export class TemplateView {
  @ApiProperty() id: number;
  @ApiProperty() key: string;
  @ApiProperty() workPointId: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['annual', 'event'], description: 'annual 年度清单；event 逐件事项的步骤' }) kind: TemplateKind;
  @ApiProperty() description: string;
  @ApiProperty({ type: [TemplateAnchorView], description: '事件模板的事件日期' }) anchors: TemplateAnchorView[];
  @ApiProperty({ type: [TemplateOptionView], description: '登记事项时回答的是/否问题（如 是否重大执法决定）' }) options: TemplateOptionView[];
  @ApiProperty({ type: [String], description: '可登记此类事项的股室职责代码（bureau = 局机关任一股室，不含学校）；管理员可登记任何事项' }) registrars: string[];
  @ApiProperty({ type: String, nullable: true, description: '登记股室在本事项中承担的职责（牵头其事项）' }) registrarActsAs: string | null;
  @ApiProperty({ description: '最后写入的目录版本；本单位自建模板为 0' }) catalogueVersion: number;
  @ApiProperty(DATE_TIME) updatedAt: Date;

  static of(t: ChecklistTemplate): TemplateView {
    return Object.assign(new TemplateView(), TemplateView.fields(t));
  }

  protected static fields(t: ChecklistTemplate): TemplateView {
    return {
      id: t.id,
      key: t.key,
      workPointId: t.workPointId,
      name: t.name,
      kind: t.kind,
      description: t.description,
      anchors: t.anchors,
      options: (t.options ?? []).map((o) => ({ key: o.key, label: o.label, hint: o.hint ?? '' })),
      registrars: t.registrars,
      registrarActsAs: t.registrarActsAs,
      catalogueVersion: t.catalogueVersion,
      updatedAt: t.updatedAt,
    };
  }
}

export class TemplateTargetView {
  @ApiProperty({
    oneOf: [{ type: 'number' }, { type: 'object', properties: { setting: { type: 'string' } }, required: ['setting'] }],
    description: '目标数量，或单位设置的键',
  })
  count: Amount;
  @ApiProperty({ description: '计量单位', example: '次' }) unit: string;
  @ApiPropertyOptional({ enum: ['count', 'percent', 'perSchool'], description: '目标类型（缺省为 count）' }) kind?: 'count' | 'percent' | 'perSchool';
  @ApiPropertyOptional({ description: '比率的分子名称' }) numeratorLabel?: string;
  @ApiPropertyOptional({ description: '比率的分母名称' }) denominatorLabel?: string;
}

/** 模板事项 */
export class TemplateItemView {
  @ApiProperty() id: number;
  @ApiProperty() templateId: number;
  @ApiProperty() key: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ description: '依据' }) basis: string;
  @ApiProperty({ description: '台账要求' }) evidenceHint: string;
  @ApiProperty({ description: '牵头职责代码，或 schools' }) leadRole: string;
  @ApiProperty({ type: [String], description: '配合职责代码' }) supportRoles: string[];
  @ApiProperty({ ...FREE_OBJECT, description: '期限规则（yearly、beforeDate、quarterly、event……）' }) schedule: ScheduleRule;
  @ApiProperty({ type: TemplateTargetView, nullable: true }) target: TemplateTargetView | null;
  @ApiProperty({ description: '配合任务也承担目标' }) supportTarget: boolean;
  @ApiProperty({ description: '完成后是否需要审核' }) review: boolean;
  @ApiProperty({ type: String, nullable: true }) reviewerRole: string | null;
  @ApiProperty({ type: [String], description: '须先完成的同模板事项' }) gates: string[];
  @ApiProperty({ description: '仅在填写事件日期后生成' }) whenAnchorSet: boolean;
  @ApiProperty({ type: String, nullable: true, description: '适用条件：模板选项的键；登记时答“否”则本步骤记为不适用' }) onlyIf: string | null;
  @ApiProperty({ ...FREE_OBJECT, nullable: true, description: '最短期限：最早可办结日期的事件规则（reserved 为真时只要求日期留足期限）' })
  earliest: EarliestRule | null;
  @ApiProperty({ ...FREE_OBJECT, nullable: true, description: '延长期限：填写 anchor 指明的日期后，期限再顺延 steps' }) extension: DeadlineExtension | null;
  @ApiProperty() sortOrder: number;
  @ApiProperty({ description: '停用的事项不再进入新计划' }) active: boolean;

  static of(i: TemplateItem): TemplateItemView {
    return Object.assign(new TemplateItemView(), {
      id: i.id,
      templateId: i.templateId,
      key: i.key,
      title: i.title,
      description: i.description,
      basis: i.basis,
      evidenceHint: i.evidenceHint,
      leadRole: i.leadRole,
      supportRoles: i.supportRoles,
      schedule: i.schedule,
      target: i.target,
      supportTarget: i.supportTarget,
      review: i.review,
      reviewerRole: i.reviewerRole,
      gates: i.gates,
      whenAnchorSet: i.whenAnchorSet,
      onlyIf: i.onlyIf,
      earliest: i.earliest,
      extension: i.extension,
      sortOrder: i.sortOrder,
      active: i.active,
    });
  }
}

export class TemplateWithItemsView extends TemplateView {
  @ApiProperty({ type: [TemplateItemView] }) items: TemplateItemView[];

  static ofTemplate(t: ChecklistTemplate & { items: TemplateItem[] }): TemplateWithItemsView {
    return Object.assign(new TemplateWithItemsView(), TemplateView.fields(t), { items: t.items.map(TemplateItemView.of) });
  }
}
