import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * SELECT by id, INSERT and UPDATE with bound parameters for the hottest paths (tick-off, audit events).
 * TypeORM's SQLite driver inlines numbers into the SQL text, so every row id makes a new
 * statement to prepare and its query builder costs more than the write itself; here the SQL text
 * depends only on the columns, so statements are prepared once and reused. Values go through the
 * driver's own conversion (dates, booleans, simple-json), so rows read back exactly as with save().
 */
function columnsOf<T extends ObjectLiteral>(m: EntityManager, target: EntityTarget<T>, values: Partial<T>) {
  const metadata = m.connection.getMetadata(target);
  const driver = m.connection.driver;
  // Undefined means "not given" (class instances carry every declared field, relations included).
  const given = Object.keys(values).filter((property) => values[property as keyof T] !== undefined);
  const columns = given.map((property) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column ${property}`);
    return column;
  });
  const params = columns.map((c) => driver.preparePersistentValue(values[c.propertyName as keyof T], c));
  return { metadata, names: columns.map((c) => `"${c.databaseName}"`), params, placeholder: placeholderOf(m) };
}

/** The i-th (0-based) bound parameter of the dialect: `?` on SQLite, `$1…` on PostgreSQL. */
export function placeholderOf(m: EntityManager): (i: number) => string {
  return m.connection.driver.options.type === 'postgres' ? (i) => `$${i + 1}` : () => '?';
}

/** A value as the column stores it (e.g. a Date as SQLite's datetime text), for hand-written SQL. */
export function persistentValue<T extends ObjectLiteral>(m: EntityManager, target: EntityTarget<T>, property: keyof T & string, value: unknown): unknown {
  const column = m.connection.getMetadata(target).findColumnWithPropertyName(property);
  if (!column) throw new Error(`no column ${property}`);
  return m.connection.driver.preparePersistentValue(value, column);
}

/** Inserts one row; with `ignoreConflictOn`, a row whose value in that unique column exists already is skipped. */
export async function insertRow<T extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<T>,
  values: Partial<T>,
  options: { ignoreConflictOn?: keyof T & string } = {},
): Promise<void> {
  const { metadata, names, params, placeholder } = columnsOf(m, target, values);
  const conflict = options.ignoreConflictOn ? ` ON CONFLICT ("${metadata.findColumnWithPropertyName(options.ignoreConflictOn)!.databaseName}") DO NOTHING` : '';
  await m.query(`INSERT INTO "${metadata.tableName}" (${names.join(', ')}) VALUES (${params.map((_, i) => placeholder(i)).join(', ')})${conflict}`, params);
}

/** Updates the given columns of one row by id (and its `updated_at`, when the entity has one). */
export async function updateRow<T extends ObjectLiteral>(m: EntityManager, target: EntityTarget<T>, id: number, values: Partial<T>): Promise<void> {
  const { metadata, names, params, placeholder } = columnsOf(m, target, values);
  const sets = names.map((n, i) => `${n} = ${placeholder(i)}`);
  if (metadata.updateDateColumn) sets.push(`"${metadata.updateDateColumn.databaseName}" = CURRENT_TIMESTAMP`);
  await m.query(`UPDATE "${metadata.tableName}" SET ${sets.join(', ')} WHERE "id" = ${placeholder(params.length)}`, [...params, id]);
}

/** One row by id, hydrated like a TypeORM read (dates, booleans, simple-json), or null. */
export async function findRowById<T extends ObjectLiteral>(m: EntityManager, target: EntityTarget<T>, id: number): Promise<T | null> {
  const metadata = m.connection.getMetadata(target);
  const driver = m.connection.driver;
  const rows: Record<string, unknown>[] = await m.query(`SELECT * FROM "${metadata.tableName}" WHERE "id" = ${placeholderOf(m)(0)}`, [id]);
  if (!rows.length) return null;
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    (entity as Record<string, unknown>)[column.propertyName] = driver.prepareHydratedValue(rows[0][column.databaseName], column);
  }
  return entity;
}
