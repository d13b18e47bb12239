import type { OpenAPIObject } from '@nestjs/swagger';

type Schema = {
  $ref?: string;
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
};

/** Every `$ref` string anywhere in the document. */
export function refsOf(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refsOf(n, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refsOf(value, found);
    }
  }
  return found;
}

/** The operation of the document that serves `method path` (path without query string). */
export function operationFor(
  doc: OpenAPIObject,
  method: string,
  path: string,
): { template: string; responses: Record<string, { content?: Record<string, { schema: Schema }> }> } {
  for (const [template, item] of Object.entries(doc.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    const op = (item as Record<string, { responses: never }>)[method];
    if (op && pattern.test(path)) return { template, responses: op.responses };
  }
  throw new Error(`no operation for ${method.toUpperCase()} ${path}`);
}

/**
 * Where `value` breaks `schema`: a missing required property, a property the schema does not
 * document, a wrong type, a null where none is allowed, a value outside its enum.
 */
export function violations(doc: OpenAPIObject, schema: Schema, value: unknown, at = '$'): string[] {
  if (schema.$ref) return violations(doc, doc.components!.schemas![schema.$ref.replace('#/components/schemas/', '')] as Schema, value, at);
  if (schema.oneOf) return schema.oneOf.some((s) => !violations(doc, s, value, at).length) ? [] : [`${at}: matches none of oneOf`];
  if (value === null) return schema.nullable ? [] : [`${at}: null but not nullable`];
  // Nest writes a nullable reference as `{ nullable, allOf: [{ $ref }] }`.
  if (schema.allOf) return schema.allOf.flatMap((s) => violations(doc, s, value, at));
  if (schema.enum && !schema.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`];
  const type = schema.type ?? (schema.properties ? 'object' : undefined);
  switch (type) {
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: not an object`];
      const obj = value as Record<string, unknown>;
      const problems = (schema.required ?? []).filter((k) => !(k in obj)).map((k) => `${at}.${k}: required but missing`);
      for (const [key, v] of Object.entries(obj)) {
        const property = schema.properties?.[key];
        if (property) problems.push(...violations(doc, property, v, `${at}.${key}`));
        else if (typeof schema.additionalProperties === 'object') problems.push(...violations(doc, schema.additionalProperties, v, `${at}.${key}`));
        else if (schema.additionalProperties !== true) problems.push(`${at}.${key}: not documented`);
      }
      return problems;
    }
    case 'array':
      return Array.isArray(value) ? value.flatMap((v, i) => violations(doc, schema.items ?? {}, v, `${at}[${i}]`)) : [`${at}: not an array`];
    case 'string':
      return typeof value === 'string' ? [] : [`${at}: not a string`];
    case 'number':
    case 'integer':
      return typeof value === 'number' ? [] : [`${at}: not a number`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at}: not a boolean`];
    default:
      return [];
  }
}
