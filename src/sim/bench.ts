/**
 * The authority-table benchmark as a function, so `npm run bench` and later reports can share it.
 * For each fleet size it builds a settled, co-managed fleet, moves one slider (Windows Update
 * policies to Pilot Intune) with `step`, and then times `deriveAuthorityTable` on the new state
 * `runs` times. Every run derives the whole table from the state again: nothing is memoised between
 * runs. The clock is passed in, so this module stays free of Node and DOM APIs.
 */
import { WORKLOAD_COUNT } from './constants';
import { deriveAuthorityTable } from './derive';
import { step } from './step';
import type { SimState } from './types';
import { createState } from './world';

export interface BenchOptions {
  /** Fleet sizes; default 1,000 / 10,000 / 100,000. */
  sizes?: readonly number[];
  /** Timed runs per size (at least 20); default 25. */
  runs?: number;
  /** Untimed runs before timing, to let the JIT settle; default 3. */
  warmup?: number;
  /** Milliseconds from some fixed origin, e.g. `performance.now`. */
  now: () => number;
}

export interface BenchRow {
  devices: number;
  runs: number;
  /** Median time of one full derivation, milliseconds. */
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Time of the slider change itself (`step`, including its event diff), milliseconds. */
  stepMs: number;
  /** FNV-1a of the table bytes, 8 hex digits: the same for every run and every machine. */
  checksum: string;
  /** Cells whose effective authority is Intune. */
  intuneCells: number;
}

/** A co-managed fleet of `devices` devices, settled, with a workload pilot collection of 10%. */
export function benchState(devices: number): SimState {
  return createState({
    siteVersion: 2403,
    seed: 20240,
    fleet: {
      prefix: 'BEN',
      segments: [
        {
          count: devices,
          os: { 'windows-10-22h2': 3, 'windows-11-23h2': 6, 'windows-10-1607': 1 },
          join: { 'hybrid-entra-joined': 9, 'entra-joined': 1 },
          department: { Finance: 1, Sales: 3, Engineering: 4, IT: 2 },
        },
      ],
    },
    collections: [
      { id: 'pilot-finance', name: 'Pilot-Finance', members: { department: 'Finance' } },
      { id: 'pilot-it', name: 'Pilot-IT', members: { department: 'IT' } },
    ],
    initial: {
      cloudAttach: { upload: 'all', endpointAnalytics: true },
      coManagement: {
        autoEnrollment: 'all',
        workloads: {
          'compliance-policies': { position: 'intune' },
          'windows-update-policies': { position: 'configmgr', pilotCollection: 'pilot-finance' },
          'device-configuration': { position: 'pilot-intune', pilotCollection: 'pilot-it' },
          'client-apps': { position: 'pilot-intune', pilotCollection: 'pilot-finance' },
        },
      },
      settled: true,
    },
  });
}

/** FNV-1a over bytes, as 8 hex digits. */
export function fnv1a(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let k = 0; k < bytes.length; k++) {
    h ^= bytes[k]!;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs the benchmark. */
export function runAuthorityBench(options: BenchOptions): BenchRow[] {
  const { sizes = [1_000, 10_000, 100_000], runs = 25, warmup = 3, now } = options;
  if (runs < 20) throw new Error('runAuthorityBench(): at least 20 runs');
  const rows: BenchRow[] = [];
  for (const devices of sizes) {
    const start = benchState(devices);
    const t0 = now();
    const changed = step(start, {
      type: 'set-workload',
      workload: 'windows-update-policies',
      position: 'pilot-intune',
    });
    const stepMs = now() - t0;
    if (!changed.ok) throw new Error(`runAuthorityBench(): the slider change was refused: ${changed.reason}`);
    const state = changed.state;
    let table = deriveAuthorityTable(state);
    for (let k = 0; k < warmup; k++) table = deriveAuthorityTable(state);
    const times: number[] = [];
    const sums = new Set<string>();
    for (let k = 0; k < runs; k++) {
      const t = now();
      table = deriveAuthorityTable(state);
      times.push(now() - t);
      sums.add(fnv1a(table));
    }
    if (sums.size !== 1) throw new Error('runAuthorityBench(): runs disagree');
    let intuneCells = 0;
    for (let k = 0; k < table.length; k++) intuneCells += table[k]!;
    rows.push({
      devices,
      runs,
      medianMs: median(times),
      minMs: Math.min(...times),
      maxMs: Math.max(...times),
      stepMs,
      checksum: [...sums][0]!,
      intuneCells,
    });
  }
  return rows;
}

/** The rows as a small text table. */
export function formatBenchTable(rows: readonly BenchRow[]): string {
  const head = [
    'devices',
    'cells',
    'runs',
    'median ms',
    'min ms',
    'max ms',
    'slider step ms',
    'Intune cells',
    'checksum',
  ];
  const body = rows.map((r) => [
    r.devices.toLocaleString('en-US'),
    (r.devices * WORKLOAD_COUNT).toLocaleString('en-US'),
    String(r.runs),
    r.medianMs.toFixed(3),
    r.minMs.toFixed(3),
    r.maxMs.toFixed(3),
    r.stepMs.toFixed(1),
    r.intuneCells.toLocaleString('en-US'),
    r.checksum,
  ]);
  const widths = head.map((h, k) => Math.max(h.length, ...body.map((row) => row[k]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, k) => (k === 0 ? c.padStart(widths[k]!) : c.padStart(widths[k]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
