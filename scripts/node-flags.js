// V8 flags per process role, used by scripts/start.js and by the binder bench (which starts the
// worker the same way). Node built-ins only.
'use strict';

/**
 * A worker streams evidence binders and runs jobs, where throughput matters less than a small
 * footprint: a 2 MB young generation (Node's default is 16 MB) lets it collect read buffers early.
 * Measured by `npm run bench:binder`: worker RSS at rest 163 → 139 MB, peak while zipping 450 MB
 * of evidence 203 → 165 MB. API processes keep the defaults.
 */
function nodeFlags(argv) {
  const role = argv.find((a) => a.startsWith('--role='))?.slice('--role='.length) ?? process.env.PROCESS_ROLE;
  return role === 'worker' ? ['--max-semi-space-size=2'] : [];
}

module.exports = { nodeFlags };
