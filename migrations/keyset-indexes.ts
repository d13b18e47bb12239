/**
 * Indexes that serve the task lists' keyset orders (sort column, then id): the whole bureau's and
 * a department's lists by due date, by last change and by completion. Same SQL on both dialects.
 */
export const KEYSET_INDEXES: [name: string, columns: string][] = [
  ['IDX_tasks_keyset_due_on', '"due_on", "id"'],
  ['IDX_tasks_keyset_department_due_on', '"department_id", "due_on", "id"'],
  ['IDX_tasks_keyset_updated_at', '"updated_at", "id"'],
  ['IDX_tasks_keyset_completed_at', '"completed_at", "id"'],
];
