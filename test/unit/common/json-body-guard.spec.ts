import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findJsonBodyProblem, JSON_LIMITS, scanJsonText } from '../../../src/common/json-body-guard';

const scan = (text: string) => scanJsonText(Buffer.from(text));

describe('scanJsonText (before parsing)', () => {
  it('counts depth outside strings only: brackets inside a string do not nest', () => {
    expect(scan(`{"a":"${'['.repeat(100)}"}`)).toBeUndefined();
    expect(scan(`{"a":"\\"${'['.repeat(100)}"}`)).toBeUndefined();
    expect(scan('['.repeat(JSON_LIMITS.maxDepth) + ']'.repeat(JSON_LIMITS.maxDepth))).toBeUndefined();
    expect(scan('['.repeat(JSON_LIMITS.maxDepth + 1) + ']'.repeat(JSON_LIMITS.maxDepth + 1))?.message).toMatch(/嵌套过深/);
  });

  it('refuses more values than any route takes, without parsing them', () => {
    expect(scan(`[${'0,'.repeat(JSON_LIMITS.maxValues)}0]`)).toBeUndefined();
    expect(scan(`[${'0,'.repeat(JSON_LIMITS.maxValues + 1)}0]`)?.message).toMatch(/值过多/);
    expect(scan(`["${','.repeat(JSON_LIMITS.maxValues + 1)}"]`)).toBeUndefined();
  });
});

describe('findJsonBodyProblem (after parsing)', () => {
  it('names the path of a lone surrogate, in a value or a key; a surrogate pair is fine', () => {
    expect(findJsonBodyProblem({ a: [{ b: 'x\ud800' }] })).toEqual({ field: 'a[0].b', message: expect.stringMatching(/Unicode/) });
    expect(findJsonBodyProblem({ ['k\udc00']: 1 })?.field).toBe('k\ufffd');
    expect(findJsonBodyProblem({ a: '😀' })).toBeUndefined();
  });

  it('refuses keys naming an object’s internals at any depth, which would let a body skip its validation', () => {
    expect(findJsonBodyProblem(JSON.parse('{"name":"x","constructor":"y"}'))).toEqual({ field: 'constructor', message: '不允许的字段' });
    expect(findJsonBodyProblem(JSON.parse('{"items":[{"__proto__":{"admin":true}}]}'))).toEqual({ field: 'items[0].__proto__', message: '不允许的字段' });
    expect(findJsonBodyProblem(JSON.parse('{"a":{"prototype":1}}'))).toEqual({ field: 'a.prototype', message: '不允许的字段' });
    expect(findJsonBodyProblem(JSON.parse('{"constructorName":"x","kind":"prototype"}'))).toBeUndefined();
  });

  it('refuses an object with too many keys and an array with too many items', () => {
    const wide = Object.fromEntries(Array.from({ length: JSON_LIMITS.maxKeysPerObject + 1 }, (_, i) => [`k${i}`, i]));
    expect(findJsonBodyProblem({ settings: wide })?.field).toBe('settings');
    expect(findJsonBodyProblem({ list: new Array(JSON_LIMITS.maxArrayLength + 1).fill(0) })?.field).toBe('list');
  });
});

describe('src/common', () => {
  it('imports nothing from feature modules, only the configuration (each module maps its own errors)', () => {
    const dir = join(__dirname, '../../../src/common');
    const imports = readdirSync(dir).flatMap((file) =>
      [...readFileSync(join(dir, file), 'utf8').matchAll(/from '\.\.\/(?!config\/)([^']+)'/g)].map((m) => `${file}: ${m[1]}`),
    );
    expect(imports).toEqual([]);
  });
});
