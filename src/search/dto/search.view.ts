import { ApiProperty } from '@nestjs/swagger';

/** Groups of the search answer: tasks, cases and the registers' entries. */
export const SEARCH_GROUPS = ['tasks', 'cases', 'documents', 'advisers', 'certificates', 'targets', 'findings'] as const;
export type SearchGroupKind = (typeof SEARCH_GROUPS)[number];

export class SearchHit {
  @ApiProperty() id: number;
  @ApiProperty({ description: '名称' }) title: string;
  @ApiProperty({ description: '说明（股室、工作要点、期限或文号）' }) detail: string;
  @ApiProperty({ description: '界面中的位置，如 /tasks/12', example: '/tasks/12' }) link: string;
}

export class SearchGroup {
  @ApiProperty({
    enum: SEARCH_GROUPS,
    description: 'tasks 任务；cases 事项（逐件事项的计划）；documents 规范性文件；advisers 法律顾问；certificates 执法证；targets 检查对象；findings 整改问题',
  })
  kind: SearchGroupKind;
  @ApiProperty({ description: '组名', example: '任务' }) label: string;
  @ApiProperty({ description: '符合条件的总数（只列出前若干条）' }) total: number;
  @ApiProperty({ type: [SearchHit] }) items: SearchHit[];
}

export class SearchResult {
  @ApiProperty({ description: '搜索内容' }) q: string;
  @ApiProperty({ type: [SearchGroup], description: '按类别分组的结果' }) groups: SearchGroup[];
}
