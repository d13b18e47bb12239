import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PROBE_INTERVAL_MS = 10;

/**
 * An open-loop prober in its own process: a `GET /health/live` every PROBE_INTERVAL_MS whatever
 * the previous one did. A closed loop (send, wait, send) would take one sample during a
 * 6-second stall and hide it in the percentiles; here every probe sent during it waits.
 */
const PROBE_SOURCE = String.raw`
const http = require('node:http');
const { performance } = require('node:perf_hooks');
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
let samples = [], timer, errors = 0;
process.on('message', (m) => {
  if (m.op === 'start') {
    samples = [];
    errors = 0;
    timer = setInterval(() => {
      const sent = performance.now();
      http.get({ host: '127.0.0.1', port: m.port, path: '/health/live', agent }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? samples.push(performance.now() - sent) : errors++));
      }).on('error', () => errors++);
    }, m.intervalMs);
  } else if (m.op === 'stop') {
    clearInterval(timer);
    // Let the probes in flight land before reporting.
    setTimeout(() => process.send({ samples, errors }), 500);
  }
});
`;

export class Prober {
  private constructor(private readonly child: ReturnType<typeof fork>) {}

  static start(dir: string): Prober {
    const script = join(dir, 'bench-health-prober.cjs');
    writeFileSync(script, PROBE_SOURCE);
    return new Prober(fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] }));
  }

  /** Probes while `during` runs, then returns the latencies (ms). */
  async measure(port: number, during: () => Promise<unknown>): Promise<{ samples: number[]; errors: number }> {
    this.child.send({ op: 'start', port, intervalMs: PROBE_INTERVAL_MS });
    await during();
    const result = new Promise<{ samples: number[]; errors: number }>((resolve) => this.child.once('message', resolve as (m: unknown) => void));
    this.child.send({ op: 'stop' });
    return result;
  }

  stop(): void {
    this.child.kill();
  }
}
