import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogueFile } from './catalogue.types';

/** `seeds/` sits at the repository root, beside `src/` (ts-node/jest) and `dist/src/` (built). */
function seedsDir(): string {
  const candidates = [join(__dirname, '..', '..', 'seeds'), join(__dirname, '..', '..', '..', 'seeds')];
  const found = candidates.find((dir) => existsSync(join(dir, 'catalogue')));
  if (!found) throw new Error(`seeds/catalogue not found (looked in ${candidates.join(', ')})`);
  return found;
}

let cached: CatalogueFile | undefined;

/** The rule-of-law catalogue shipped with this release. */
export function loadCatalogueFile(): CatalogueFile {
  cached ??= JSON.parse(readFileSync(join(seedsDir(), 'catalogue', 'catalogue.json'), 'utf8')) as CatalogueFile;
  return cached;
}
