/**
 * Writes src/web/ui/api-types.ts, the web UI's API types, from the OpenAPI document:
 * `npm run api-types`. The document is built in Nest's preview mode (no database, Redis or port);
 * test/e2e/openapi.e2e-spec.ts fails when the committed file differs from a fresh generation.
 */
import type { OpenAPIObject } from '@nestjs/swagger';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { previewOpenApiDocument } from '../src/openapi';

export const API_TYPES_FILE = join(__dirname, '..', 'src', 'web', 'ui', 'api-types.ts');

const HEADER = `/**
 * Types of the API's requests and answers, generated from /api/docs/openapi.json by
 * \`npm run api-types\` (openapi-typescript). Do not edit: the test suite fails when it is stale.
 */

`;

export async function renderApiTypes(doc: OpenAPIObject): Promise<string> {
  // openapi-typescript resolves the document in place: hand it a copy.
  const ast = await openapiTS(structuredClone(doc) as unknown as OpenAPI3, { silent: true });
  return format(HEADER + astToString(ast), { ...(await resolveConfig(API_TYPES_FILE)), filepath: API_TYPES_FILE });
}

async function main(): Promise<void> {
  writeFileSync(API_TYPES_FILE, await renderApiTypes(await previewOpenApiDocument()));
  process.stdout.write(`wrote ${API_TYPES_FILE}\n`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
