/**
 * `npm run bench`: how long deriving the full device x workload effective-authority table takes
 * for 1,000 / 10,000 / 100,000 devices after one slider change (median of 25 runs, nothing
 * memoised between runs), with a checksum of the table. Targets: 10,000 devices under 5 ms and
 * 100,000 under 50 ms. The logic lives in `src/sim/bench.ts` (`runAuthorityBench`).
 */
import { performance } from 'node:perf_hooks';
import { formatBenchTable, runAuthorityBench } from '../sim/bench';

const TARGETS: Readonly<Record<number, number>> = { 10_000: 5, 100_000: 50 };

const rows = runAuthorityBench({ now: () => performance.now() });
console.log('Effective-authority table (devices x 7 workloads) after one slider change');
console.log(`Node ${process.version}; median of ${rows[0]?.runs ?? 0} runs after 3 untimed warm-up runs; no memoisation between runs.\n`);
console.log(formatBenchTable(rows));
let missed = 0;
for (const row of rows) {
  const target = TARGETS[row.devices];
  if (target === undefined) continue;
  const ok = row.medianMs < target;
  if (!ok) missed++;
  console.log(`${ok ? 'ok  ' : 'MISS'} ${row.devices.toLocaleString('en-US')} devices: ${row.medianMs.toFixed(3)} ms (target < ${target} ms)`);
}
process.exitCode = missed > 0 ? 1 : 0;
