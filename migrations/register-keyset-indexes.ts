/**
 * One index per sort of each register's list, on (column, id), so keyset pages read it in order
 * however deep (same SQL on both dialects; CREATE INDEX only, nothing rebuilt).
 */
const INDEXES: [name: string, table: string, column: string][] = [
  ['IDX_normative_documents_published_id', 'normative_documents', 'published_on'],
  ['IDX_normative_documents_effective_id', 'normative_documents', 'effective_on'],
  ['IDX_normative_documents_expires_id', 'normative_documents', 'expires_on'],
  ['IDX_enforcement_certificates_expires_id', 'enforcement_certificates', 'expires_on'],
  ['IDX_enforcement_certificates_holder_id', 'enforcement_certificates', 'holder_name'],
  ['IDX_inspection_targets_name_id', 'inspection_targets', 'name'],
  ['IDX_inspection_targets_category_id', 'inspection_targets', 'category'],
  ['IDX_inspection_targets_area_id', 'inspection_targets', 'area'],
  ['IDX_inspection_targets_risk_id', 'inspection_targets', 'risk_level'],
  ['IDX_adviser_engagements_end_id', 'adviser_engagements', 'end_on'],
  ['IDX_findings_deadline_id', 'findings', 'deadline_on'],
  ['IDX_findings_found_id', 'findings', 'found_on'],
];

export const createRegisterKeysetIndexes = INDEXES.map(([name, table, column]) => `CREATE INDEX "${name}" ON "${table}" ("${column}", "id")`);
export const dropRegisterKeysetIndexes = INDEXES.map(([name]) => `DROP INDEX "${name}"`).reverse();
