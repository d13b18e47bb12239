import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'web' ? [] : sources(join(dir, e.name))) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/**
 * Swagger names a schema after its class: two modules each exporting a `CoverageView` would share
 * one schema in the OpenAPI document, and the UI's generated types would describe only one of them.
 */
it('no two classes in src share a name (each names its own OpenAPI schema)', () => {
  const seen = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    for (const [, name] of readFileSync(file, 'utf8').matchAll(/^export (?:abstract )?class (\w+)/gm)) {
      seen.set(name, [...(seen.get(name) ?? []), relative(SRC, file)]);
    }
  }
  expect([...seen].filter(([, files]) => files.length > 1)).toEqual([]);
});
