import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

/**
 * Rule ids ESLint reports for each snippet, linted as the file at its path with the project's
 * config (one ESLint process). The snippets are not files the TypeScript project knows, so the
 * type-checked rules (tested by `npm run lint:eslint` on the real tree) are switched off here.
 */
function lintAll(snippets: { path: string; code: string }[]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    import tseslint from 'typescript-eslint';
    const snippets = JSON.parse(await new Response(process.stdin).text());
    const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }] });
    const results = [];
    for (const s of snippets) results.push((await eslint.lintText(s.code, { filePath: s.path }))[0].messages.map((m) => m.ruleId ?? m.message));
    console.log(JSON.stringify(results));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, input: JSON.stringify(snippets), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

describe('module boundary lint rule', () => {
  const RULE = '@typescript-eslint/no-restricted-imports';
  const snippets = {
    entity: { path: 'src/plans/example.ts', code: "import { Task } from '../tasks/task.entity';\nexport const t = Task;\n" },
    nested: { path: 'src/plans/schedule/example.ts', code: "import { Urge } from '../../tasks/urge.entity';\nexport const u = Urge;\n" },
    repository: { path: 'src/reminders/example.ts', code: "import { Things } from '../tasks/things.repository';\nexport const r = Things;\n" },
    own: { path: 'src/tasks/example.ts', code: "import { Task } from './task.entity';\nexport const t = Task;\n" },
    typeOnly: { path: 'src/plans/example.ts', code: "import type { Task } from '../tasks/task.entity';\nexport type T = Task;\n" },
    service: { path: 'src/plans/example.ts', code: "import { TaskStore } from '../tasks/task-store.service';\nexport const s = TaskStore;\n" },
    // auth once had an exception here; it reaches users through org's UserCredentials now.
    auth: { path: 'src/auth/token-verifier.ts', code: "import { User } from '../org/user.entity';\nexport const u = User;\n" },
  };
  let reported: Record<keyof typeof snippets, string[]>;

  beforeAll(() => {
    const keys = Object.keys(snippets) as (keyof typeof snippets)[];
    const results = lintAll(keys.map((k) => snippets[k]));
    reported = Object.fromEntries(keys.map((k, i) => [k, results[i]])) as typeof reported;
  });

  it("refuses a value import of another module's entity or repository file", () => {
    expect([reported.entity, reported.nested, reported.repository]).toEqual([[RULE], [RULE], [RULE]]);
  });

  it('makes no exception for auth: it may not read the users table through the User entity', () => {
    expect(reported.auth).toEqual([RULE]);
  });

  it("allows a module's own entities, type-only imports and other modules' services", () => {
    expect([reported.own, reported.typeOnly, reported.service]).toEqual([[], [], []]);
  });
});

describe('folder cycle report', () => {
  let dir: string;
  const file = (path: string, content: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  const check = () => spawnSync(process.execPath, [join(ROOT, 'scripts/check-folder-cycles.mjs'), dir], { encoding: 'utf8' });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fazhi-cycles-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('passes imports that point one way', () => {
    file('tasks/a.ts', "import { b } from '../org/b';\nexport const a = b;\n");
    file('org/b.ts', 'export const b = 1;\n');

    expect(check().status).toBe(0);
  });

  // auth and org once had an exempt edge: no pair is exempt any more.
  it.each([
    ['plans', 'tasks'],
    ['auth', 'org'],
  ])('fails on a two-way pair of folders (%s, %s) and names both edges', (one, other) => {
    file(`${other}/a.ts`, `import { b } from '../${one}/b';\nexport const a = b;\n`);
    file(`${one}/b.ts`, `import type { A } from '../${other}/types';\nexport const b = 1 as unknown as A;\n`);
    file(`${other}/types.ts`, 'export type A = number;\n');

    const run = check();

    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Import cycle between folders: ${one}, ${other}`);
    expect(run.stderr).toContain(`${one} → ${other}`);
    expect(run.stderr).toContain(`${other} → ${one}`);
  });
});
