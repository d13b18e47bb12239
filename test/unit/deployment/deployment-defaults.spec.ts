import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('deployment defaults', () => {
  it('the Docker image runs without the demo bureau unless asked', () => {
    const runtime = read('docker/Dockerfile')
      .split(/^FROM /m)
      .pop()!;
    expect(runtime).toMatch(/^ENV .*\bDEMO=false\b/m);
  });

  it('the compose file gives every app service DEMO=false', () => {
    const shared = /^x-app-environment: &app-environment\n((?: {2}.*\n)+)/m.exec(read('docker/compose.yml'))![1];
    expect(shared).toMatch(/^ {2}DEMO: "false"$/m);
    const services = read('docker/compose.yml').match(/environment: \*app-environment/g) ?? [];
    expect(services.length).toBe(2); // api and worker
  });

  it('starts workers with the V8 flags of their role, in the compose file as in npm run start:worker', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { nodeFlags } = require('../../../scripts/node-flags') as { nodeFlags(argv: string[]): string[] };
    const flags = nodeFlags(['--role=worker']);
    expect(flags).toContain('--max-semi-space-size=2');
    expect(nodeFlags(['--role=api'])).toEqual([]);
    expect(read('docker/compose.yml')).toContain(`command: ["node", ${flags.map((f) => `"${f}"`).join(', ')}, "dist/src/main.js", "--role=worker"]`);
  });

  it('declares Node >= 20.19 and installs no package that asks for a newer Node (no EBADENGINE)', () => {
    expect(JSON.parse(read('package.json')).engines).toEqual({ node: '>=20.19' });
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { engines?: { node?: string }; optional?: boolean }> };
    // `>=22`, `^22.12.0`, `>=22.12.0` … without an `||` alternative that admits Node 20.
    const minimumMajor = (range: string) => (range.includes('||') ? 0 : Number(/(\d+)/.exec(range)?.[1] ?? 0));
    const needsNewer = Object.entries(lock.packages)
      .filter(([, p]) => !p.optional && minimumMajor(p.engines?.node ?? '') > 20)
      .map(([name, p]) => `${name} (${p.engines?.node})`);
    expect(needsNewer).toEqual([]);
  });
});
