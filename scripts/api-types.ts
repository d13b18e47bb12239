/**
 * Writes src/web/ui/api-types.ts, the web UI's API types, from the OpenAPI document:
 * `npm run api-types` builds the document in Nest's preview mode (no database, Redis or port).
 * `--check <openapi.json>` only compares the committed file with a generation from that document
 * (test/e2e/openapi.e2e-spec.ts passes the served one) and exits 1 when they differ.
 */
import type { OpenAPIObject } from '@nestjs/swagger';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';

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

async function main(args: string[]): Promise<void> {
  const check = args.indexOf('--check');
  if (check >= 0) {
    const doc = JSON.parse(readFileSync(args[check + 1], 'utf8')) as OpenAPIObject;
    if ((await renderApiTypes(doc)) !== readFileSync(API_TYPES_FILE, 'utf8')) {
      process.stderr.write(`${API_TYPES_FILE} does not match the OpenAPI document: run npm run api-types and commit it\n`);
      process.exit(1);
    }
    return;
  }
  // Required only here: the check needs none of the application's modules.
  const { previewOpenApiDocument } = require('../src/openapi') as typeof import('../src/openapi');
  writeFileSync(API_TYPES_FILE, await renderApiTypes(await previewOpenApiDocument()));
  process.stdout.write(`wrote ${API_TYPES_FILE}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
