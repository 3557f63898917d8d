/**
 * INP-style measurements of the lab console in Chromium, on the built site served from dist/ by the
 * local static server (gzip, as a host serves it), for `npm run bench` (section 7):
 *
 *  - a slider change applied on 10,000 devices: `classroom-10000` opened from a share link with
 *    every eligible device enrolled (Automatic enrollment in Intune: All, then one day), the
 *    cloud attach object's Properties > Workloads, the Compliance policies slider moved, Apply
 *    clicked: from the click to the next paint after it (the store applies the change and the
 *    console renders it in the click's task);
 *  - a view switch, first open included: the "Microsoft Intune admin center" tab clicked on a page
 *    that has not loaded that window's code yet (its frame and Home view come from the local
 *    server then), from the click to the next paint showing the Home blade; and a switch back to
 *    the Configuration Manager console, whose code is loaded.
 *
 * "Next paint" is measured as INP does it, from the event's timestamp: in the page, a
 * requestAnimationFrame callback once the change is in the DOM, then a task queued from it, which
 * runs after that frame has painted. Chromium's Event Timing duration of the same click (the
 * latency INP itself reports, from the click to the first paint after its handlers) is read too
 * where the browser recorded one (it records events of 16 ms and more).
 */
import { chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { serveStatic } from './static-server.mjs';
import { encodeShareLink, shareLinkPath } from '../sim/share-link';

export const INP_TARGET_MS = 100;

export interface InteractionRow {
  name: string;
  runs: number;
  /** Median, min and max of click to the next paint that shows the change, milliseconds. */
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Largest Event Timing duration of the clicks (null when every click was under 16 ms). */
  eventTimingMs: number | null;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function row(name: string, times: number[], events: (number | null)[]): InteractionRow {
  const recorded = events.filter((value): value is number => value !== null);
  return {
    name,
    runs: times.length,
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    eventTimingMs: recorded.length ? Math.max(...recorded) : null,
  };
}

// Page code is written as strings: functions passed to the page would carry the names the
// TypeScript runner adds to them, which do not exist in the page.

/** Installed before any page script: records click timestamps, and Event Timing entries. */
const PROBE = `
  window.__clicks = [];
  window.__events = [];
  document.addEventListener('click', (event) => window.__clicks.push(event.timeStamp), true);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__events.push({ name: entry.name, duration: entry.duration, start: entry.startTime });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
`;

/**
 * In the page: resolves with the milliseconds from click number `count`'s timestamp to the task
 * after the first frame in which `done()` holds (that frame has painted by then).
 */
const PAINTED = (done: string, count: number) => `new Promise((resolve, reject) => {
  const done = ${done};
  const started = performance.now();
  const frame = () => {
    if (window.__clicks.length > ${count} && done()) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - window.__clicks[${count}]);
      channel.port2.postMessage(null);
      return;
    }
    if (performance.now() - started > 30000) reject(new Error('the change never showed'));
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})`;

/** In the page: the largest Event Timing duration of click number `count`, or null. */
const EVENT_OF = (count: number) => `(() => {
  const at = window.__clicks[${count}];
  const mine = window.__events.filter((entry) => Math.abs(entry.start - at) < 1);
  return mine.length ? Math.max(...mine.map((entry) => entry.duration)) : null;
})()`;

/**
 * Clicks with `click` and resolves with the milliseconds from the click's timestamp to the next
 * paint after `done` (a function's source, run in the page) first holds, and the Event Timing
 * duration of that click.
 */
async function timedClick(
  page: Page,
  click: () => Promise<void>,
  done: string,
): Promise<{ ms: number; event: number | null }> {
  const before = (await page.evaluate('window.__clicks.length')) as number;
  const painted = page.evaluate(PAINTED(done, before)) as Promise<number>;
  await click();
  const ms = await painted;
  const event = (await page.evaluate(EVENT_OF(before))) as number | null;
  return { ms, event };
}

/** The console's window panel: its title headings, as the page shows them. */
const headingShows = (text: string) =>
  `() => [...document.querySelectorAll('.lab__window h1, .lab__window h2, .lab__window h3, .lab__window h4')].some((h) => h.textContent.trim() === ${JSON.stringify(text)} && h.getClientRects().length > 0)`;

/**
 * 1. Slider change applied on 10,000 devices: `classroom-10000` from a share link with every
 * eligible device enrolled, Properties > Workloads, the Compliance policies slider moved and applied.
 */
async function benchSliderChange(page: Page, serverUrl: string, runs: number): Promise<InteractionRow> {
  // Every eligible device enrolled: the slider then moves the authority of thousands of devices.
  const link = encodeShareLink({
    scenarioId: 'classroom-10000',
    seed: 10000,
    actions: [
      { type: 'set-auto-enrollment', autoEnrollment: 'all', collection: null },
      { type: 'advance-time', minutes: 1440 },
    ],
    location: { view: 'cm.cloud-attach' },
  });
  if (!link.ok) throw new Error(link.reason);
  const lab = page.getByRole('region', { name: /^Lab: A classroom demo with 10,000 devices/ });

  await page.goto(`${serverUrl}${shareLinkPath('classroom-10000', link.code)}`);
  await lab.getByText(/^Opened a shared session: 2 steps restored/).waitFor();
  await lab.getByRole('button', { name: 'Properties', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'CoMgmtSettingsProd Properties' });
  await dialog.getByRole('tab', { name: 'Workloads' }).click();
  const slider = dialog.getByRole('group', { name: 'Compliance policies', exact: true });
  const apply = dialog.getByRole('button', { name: 'Apply', exact: true });
  const sliderTimes: number[] = [];
  const sliderEvents: (number | null)[] = [];
  for (let k = 0; k < runs; k++) {
    const position = k % 2 === 0 ? 'Intune' : 'Configuration Manager';
    await slider.getByRole('radio', { name: position, exact: true }).check();
    // The change has been applied when Apply is disabled again: nothing is pending.
    const done = `() => { const b = [...document.querySelectorAll('dialog[open] button')].find((x) => x.textContent.trim() === 'Apply'); return !!b && (b.disabled || b.getAttribute('aria-disabled') === 'true'); }`;
    const { ms, event } = await timedClick(page, () => apply.click(), done);
    sliderTimes.push(ms);
    sliderEvents.push(event);
  }
  return row('Slider change applied on 10,000 devices (Apply)', sliderTimes, sliderEvents);
}

/**
 * 2. View switch, first open included: a fresh page each run, so the Intune code loads each time;
 * then the switch back to the Configuration Manager console, whose code is loaded.
 */
async function benchViewSwitch(context: BrowserContext, serverUrl: string, runs: number): Promise<InteractionRow[]> {
  const switchTimes: number[] = [];
  const switchEvents: (number | null)[] = [];
  const backTimes: number[] = [];
  const backEvents: (number | null)[] = [];
  for (let k = 0; k < runs; k++) {
    const fresh = await context.newPage();
    await fresh.goto(`${serverUrl}/scenarios/classroom-10000/`);
    const freshLab = fresh.getByRole('region', { name: /^Lab: A classroom demo with 10,000 devices/ });
    await freshLab.getByRole('button', { name: 'Advance 15 minutes' }).waitFor();
    await expect(freshLab.getByRole('button', { name: 'Advance 15 minutes' })).toBeEnabled();
    const first = await timedClick(
      fresh,
      () => freshLab.getByRole('tab', { name: 'Microsoft Intune admin center' }).click(),
      headingShows('Home'),
    );
    switchTimes.push(first.ms);
    switchEvents.push(first.event);
    const back = await timedClick(
      fresh,
      () => freshLab.getByRole('tab', { name: 'Configuration Manager console' }).click(),
      `() => document.querySelector('.lab__window')?.getAttribute('data-window') === 'cm'`,
    );
    backTimes.push(back.ms);
    backEvents.push(back.event);
    await fresh.close();
  }
  return [
    row('View switch, first open (Intune admin center, code from the server)', switchTimes, switchEvents),
    row('View switch back (Configuration Manager console, code loaded)', backTimes, backEvents),
  ];
}

export async function runInteractionBench({
  distDir,
  runs = 5,
  port = 0,
}: {
  distDir: string;
  runs?: number;
  port?: number;
}): Promise<InteractionRow[]> {
  const server = await serveStatic({ root: distDir, port });
  const browser = await chromium.launch({ executablePath: findChromium({ install: false }), args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    const slider = await benchSliderChange(page, server.url, runs);
    return [slider, ...(await benchViewSwitch(context, server.url, runs))];
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The slower of the run's own figure and Chromium's Event Timing duration: what must stay under the target. */
export function worstOf(row: InteractionRow): number {
  return Math.max(row.maxMs, row.eventTimingMs ?? 0);
}

export function formatInteractionTable(rows: readonly InteractionRow[]): string {
  const lines = [
    'interaction'.padEnd(72) +
      'median'.padStart(9) +
      'min'.padStart(9) +
      'max'.padStart(9) +
      'event'.padStart(9) +
      'ratio'.padStart(8),
  ];
  for (const r of rows) {
    lines.push(
      r.name.padEnd(72) +
        `${r.medianMs.toFixed(1)} ms`.padStart(9) +
        `${r.minMs.toFixed(1)}`.padStart(9) +
        `${r.maxMs.toFixed(1)}`.padStart(9) +
        (r.eventTimingMs === null ? '<16' : r.eventTimingMs.toFixed(0)).padStart(9) +
        (worstOf(r) / INP_TARGET_MS).toFixed(2).padStart(8),
    );
  }
  return lines.join('\n');
}
