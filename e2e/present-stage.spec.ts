/**
 * The presenter view's stage, as the room sees it on a projector: every step shows where its effect
 * is, the first thing it changed in view without the page ever scrolling, the authority map's seven
 * workloads at once, and live changes dropped by the next step key. Every scenario, at 1024x768 and
 * 1280x720.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { test, expect, axeBothThemes } from './fixtures';
import { ScenarioSchema } from '../src/schemas/scenario';
import { runScenario } from '../src/sim/run-scenario';
import { formatSimTime } from '../src/sim/derive';
import type { Scenario } from '../src/sim/types';

const load = (id: string) =>
  ScenarioSchema.parse(parse(readFileSync(`content/scenarios/${id}.yaml`, 'utf8'))) as Scenario;
// Every scenario (the acceptance asks for three areas: tenant attach, enrollment, workloads; the others
// add device pages and a 10,000-device grid, whose changes sit below the fold or far down a list).
const SCENARIOS = readdirSync('content/scenarios')
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => load(file.replace(/\.yaml$/, '')));
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
];

/** Opens a presenter view and waits until its island runs (keys go to the page from then on). */
async function openPresenter(page: Page, id: string): Promise<void> {
  await page.goto(`/present/${id}/`);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.getByText(/^Simulated time:/)).toBeVisible();
}

const counter = (page: Page) => page.locator('.present__counter');
const nextStep = (page: Page) =>
  page.getByRole('navigation', { name: 'Presenter controls' }).getByRole('button', { name: 'Next step' });

/**
 * Where the stage stands: the first element marked as changed by the step that has a box (or, when
 * none has, the stage itself), whether it is inside the viewport, and the page's scroll position.
 */
function stageReport(page: Page) {
  return page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('.present__stage')!;
    const changed =
      [...stage.querySelectorAll<HTMLElement>('[data-step-change]')].find(
        (element) => element.getClientRects().length > 0,
      ) ?? null;
    const target = changed ?? stage;
    const box = target.getBoundingClientRect();
    const style = getComputedStyle(target);
    const dashed = [target, ...target.querySelectorAll<HTMLElement>('*')].slice(0, 40).some((element) => {
      const s = getComputedStyle(element);
      return s.outlineStyle === 'dashed' || s.borderTopStyle === 'dashed';
    });
    return {
      changed: changed !== null,
      inView:
        box.top >= 0 && box.left >= 0 && box.top + Math.min(box.height, 18) <= innerHeight && box.left < innerWidth,
      fontSize: parseFloat(style.fontSize),
      height: box.height,
      dashed,
      pageScroll: document.scrollingElement!.scrollTop,
      pageOverflows: document.scrollingElement!.scrollHeight > innerHeight,
    };
  });
}

/** The authority map's seven workload columns: each header inside the viewport, and no sideways scrolling. */
async function expectSevenWorkloads(page: Page): Promise<void> {
  const headers = page.locator('.present__stage .am-head [role="columnheader"]');
  await expect(headers).toHaveCount(8);
  const { width, height } = page.viewportSize()!;
  for (let k = 1; k < 8; k++) {
    const box = (await headers.nth(k).boundingBox())!;
    expect(box.x, `workload column ${k}`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `workload column ${k}`).toBeLessThanOrEqual(width);
    expect(box.y + box.height, `workload column ${k}`).toBeLessThanOrEqual(height);
  }
  const scroller = page.locator('.present__stage .am-scroll');
  expect(await scroller.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(1);
}

for (const size of SIZES) {
  test.describe(`presenter stage at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    for (const scenario of SCENARIOS) {
      test(`${scenario.id}: every step's first change (or its view) is in view, and the page never scrolls`, async ({
        page,
      }) => {
        test.setTimeout(90_000);
        await openPresenter(page, scenario.id);
        await page.mouse.click(3, 3);
        let step = 0;
        for (;;) {
          const changes = step > 0 && scenario.steps[step - 1]!.actions.length > 0;
          const label = `${scenario.id}, ${await counter(page).innerText()}`;
          // The stage settles over a few frames (the view loads, a long list scrolls to its first change).
          await expect
            .poll(
              async () => {
                const report = await stageReport(page);
                return report.changed === changes && report.inView && report.pageScroll === 0 && !report.pageOverflows;
              },
              { message: label },
            )
            .toBe(true);
          const report = await stageReport(page);
          if (report.changed) {
            expect(report.fontSize, `${label}: changed text size`).toBeGreaterThanOrEqual(18);
            expect(report.height, `${label}: changed element height`).toBeGreaterThanOrEqual(18);
            expect(report.dashed, `${label}: marked by a dashed line, not colour alone`).toBe(true);
          }
          if (await page.locator('.present__path').getByText('Authority map', { exact: true }).count())
            await expectSevenWorkloads(page);
          if (await nextStep(page).isDisabled()) break;
          const before = await counter(page).innerText();
          await page.keyboard.press('ArrowRight');
          await expect(counter(page)).not.toHaveText(before);
          step = Number(/^Step (\d+)/.exec(await counter(page).innerText())?.[1] ?? 0);
        }
        expect(step).toBe(scenario.steps.length);
      });
    }
  });
}

test.describe('presenter stage', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('marks what a step changed: the funnel stages it moved with their change, the connector, the rows that appeared', async ({
    page,
  }) => {
    await page.goto('/present/pilot-enrollment-for-it/#step=3');
    await expect(counter(page)).toHaveText('Step 3 of 4');
    const funnel = page.getByRole('table', { name: 'Devices per funnel stage (cumulative)' });
    await expect(funnel.locator('tr[data-step-change]')).toHaveCount(2);
    await expect(funnel.getByRole('row', { name: /^Enrolled 36 \+36$/ })).toHaveAttribute('data-step-change', '');
    await expect(funnel.getByRole('row', { name: /^Scheduled/ })).not.toHaveAttribute('data-step-change', '');
    await expect(page.locator('.present__strip')).toHaveText(
      'What this step did: Time: +1 hour 30 minutes (Day 1, 10:30) · 36 devices enrolled in Intune and now co-managed · 2 devices failed to enroll (0x80070032)',
    );

    await page.goto('/present/contoso-not-attached/#step=4');
    await expect(counter(page)).toHaveText('Step 4 of 4 · view 1 of 2');
    await expect(page.locator('.present__path')).toHaveText(/Microsoft Intune admin center.*Connectors and tokens/);
    await expect(page.getByRole('row', { name: /Healthy/ })).toHaveAttribute('data-step-change', '');
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText('Step 4 of 4 · view 2 of 2');
    await expect(page.getByText('Showing 4,000 of 4,000 devices · 4,000 changed')).toBeVisible();
    await expect(page.getByRole('row', { name: /^CON-0001 ConfigMgr/ })).toHaveAttribute('data-step-change', '');
    // Back from a step's second view goes to its first.
    await page.keyboard.press('ArrowLeft');
    await expect(counter(page)).toHaveText('Step 4 of 4 · view 1 of 2');
  });

  test('the authority map shows the rows the step moved, says how many, and keeps all seven workloads in view', async ({
    page,
  }) => {
    await page.goto('/present/compliance-policies-first/#step=3');
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(counter(page)).toHaveText('Step 3 of 4');
    await expect(page.getByText('30 changed in the last change')).toBeVisible();
    await expect(page.locator('.present__stage [role="row"][data-step-change]').first()).toBeInViewport();
    await expectSevenWorkloads(page);
  });

  test('live changes stay until the next step key, which returns to the script', async ({ page }) => {
    await openPresenter(page, 'pilot-enrollment-for-it');
    await page.mouse.click(3, 3);
    // The lab bar's time and Undo buttons are the trainer's: hidden until Lab tools.
    await expect(page.getByRole('button', { name: 'Advance 1 day' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden();
    await page.getByRole('button', { name: 'Lab tools' }).click();
    await expect(page.getByRole('button', { name: 'Lab tools' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Advance 1 day' }).click();
    const live = page.getByText('Live changes: the next step returns to the script');
    await expect(live).toBeVisible();
    await expect(page.getByText(/^Simulated time:/)).toHaveText(`Simulated time: ${formatSimTime(1440)}`);
    await page.getByRole('button', { name: 'Lab tools' }).click();
    // Still there: the change stays until a step key.
    await expect(live).toBeVisible();
    await page.mouse.click(3, 3);
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText('Step 1 of 4');
    await expect(live).toHaveCount(0);
    const run = runScenario(load('pilot-enrollment-for-it'), 1);
    if (!run.ok) throw new Error(run.reason);
    await expect(page.getByText(/^Simulated time:/)).toHaveText(`Simulated time: ${formatSimTime(run.state.clock)}`);
  });

  test('the views the steps show are loaded at idle: no step key waits for code', async ({ page }) => {
    await openPresenter(page, 'contoso-not-attached');
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 300))));
    await page.mouse.click(3, 3);
    // Any "Opening…" placeholder the stage shows, even for a moment, while a view's code loads.
    await page.evaluate(() => {
      const stage = document.querySelector('.present__stage')!;
      const seen: string[] = [];
      (window as unknown as { openingSeen: string[] }).openingSeen = seen;
      new MutationObserver(() => {
        if (/Opening/.test(stage.textContent ?? ''))
          seen.push(document.querySelector('.present__counter')?.textContent ?? '');
      }).observe(stage, { childList: true, subtree: true, characterData: true });
    });
    while (!(await nextStep(page).isDisabled())) {
      const before = await counter(page).innerText();
      await page.keyboard.press('ArrowRight');
      await expect(counter(page)).not.toHaveText(before);
    }
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { openingSeen: string[] }).openingSeen)).toEqual([]);
  });

  test('"?" lists the keys within the screen, heading in view; the last step offers the next scenario', async ({
    page,
  }) => {
    await openPresenter(page, 'contoso-not-attached');
    await page.mouse.click(3, 3);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Presenter keys' });
    await expect(help.getByRole('heading', { name: 'Presenter keys' })).toBeInViewport({ ratio: 1 });
    const box = (await help.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    await expect(help.getByRole('button', { name: 'Close' })).toBeInViewport({ ratio: 1 });
    await page.keyboard.press('Escape');

    await page.keyboard.press('End');
    await expect(counter(page)).toHaveText(/^Step 4 of 4/);
    const next = page.getByRole('link', { name: 'Who can run device actions' });
    await expect(next).toBeVisible();
    await expect(page.locator('.present__next')).toHaveText('Next: Who can run device actions');
    await expect(next).toHaveAttribute('href', /\/present\/who-can-run-device-actions\/$/);
  });

  test('a browser that saves nothing gets one line that can be dismissed', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    await openPresenter(page, 'contoso-not-attached');
    const notice = page.getByRole('status').filter({ hasText: 'your progress will not be saved' });
    await expect(notice).toHaveCount(1);
    expect((await notice.boundingBox())!.height).toBeLessThan(40);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  });

  test('axe finds nothing on the stage in either theme: a wizard page, the funnel, the authority map', async ({
    page,
    expectNoAxeViolations,
  }) => {
    test.setTimeout(60_000);
    for (const [id, step] of [
      ['contoso-not-attached', 2],
      ['pilot-enrollment-for-it', 3],
      ['compliance-policies-first', 3],
    ] as const) {
      await page.goto(`/present/${id}/#step=${step}`);
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      await expect(counter(page)).toHaveText(new RegExp(`^Step ${step} of`));
      await expect(page.locator('.present__stage [data-step-change]').first()).toBeVisible();
      await axeBothThemes(page, expectNoAxeViolations, `presenter view, ${id} step ${step}`);
    }
  });
});
