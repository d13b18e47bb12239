// Browser tests of the web interface (`npm run test:browser`, part of `npm test`): Playwright
// (playwright-core) drives the system Chromium against the real app booted in the test process.
// Same transform and setup as the root jest.config.js; run with its rootDir.
const root = require('../../jest.config.js');
const base = root.projects[0];

module.exports = {
  rootDir: '../..',
  ...base,
  displayName: 'browser',
  testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
};
