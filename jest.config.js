// @swc/jest compiles every file (NestJS 12 ships ESM only; swc emits CommonJS Jest can load).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const common = {
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|file-type|load-esm|strtok3|token-types|@tokenizer|@borewit|uint8array-extras|peek-readable)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  // file-type 21 (the last for Node 20) exports its Node entry under `import`/`module-sync` only,
  // which Node ≥ 20.19 require()s but Jest's CommonJS resolver does not match.
  moduleNameMapper: { '^file-type$': '<rootDir>/node_modules/file-type/index.js' },
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/test/setup-env.ts'],
};
/** Lines that the whole suite (unit, service, e2e) must cover in the engine and delivery core. */
const LINE_FLOOR = { lines: 85 };
module.exports = {
  // One test file at a time in one worker process (`--maxWorkers=1`), replaced once it holds more
  // than this after a file: Nest apps, TypeORM metadata and module registries left behind by ~85
  // files grew a single in-band process past 5 GB, where collection stalled whole test files.
  workerIdleMemoryLimit: '1536MB',
  // V8's own coverage: no instrumentation pass, so the e2e suite runs at nearly its usual speed.
  coverageProvider: 'v8',
  collectCoverageFrom: ['src/**/*.ts', '!src/web/ui/**', '!src/**/*.d.ts'],
  coverageReporters: ['text-summary', 'json-summary', 'lcov'],
  coverageThreshold: {
    './src/tasks/': LINE_FLOOR,
    './src/plans/': LINE_FLOOR,
    './src/reminders/': LINE_FLOOR,
    './src/calendar/': LINE_FLOOR,
  },
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.spec.ts'] },
    // Services on a real SQLite file with the migrations, no HTTP and no Redis (test/service/support).
    {
      ...common,
      displayName: 'service',
      testMatch: ['<rootDir>/test/service/**/*.service-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/service/support/timeouts.ts'],
    },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
  ],
};
