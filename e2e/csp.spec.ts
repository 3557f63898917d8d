/**
 * The Content-Security-Policy (src/scripts/csp.mjs writes it into every page) and injection.
 *
 * Every built page loads and hydrates with no `securitypolicyviolation` event in its desktop pass
 * (pages.spec.ts), and its policy's text is checked over dist/ (src/scripts/dist-policy.test.ts).
 * Here: a few things that load code on first use run under the policy (search with Pagefind's
 * WASM, in its worker and in the page, a lab task's lab console, the console's views, the lab's
 * sentences and share links), and an inline script injected into a page is refused, which shows the
 * policy is live.
 *
 * Injection: saved progress and share links carrying script-like text show that text as text (or
 * are refused with their notice), and nothing from them runs.
 */
import type { Page } from '@playwright/test';
import { test, expect, labOf, labReady, openProperties, openWindow, liveRegionOf, PROGRESS_KEY } from './fixtures';
import { encodeShareLink } from '../src/sim/share-link';
import type { Action } from '../src/sim/types';
import { expectNoViolations, violations, watchViolations, type Watched } from './page-checks';

/** The unit 6 knowledge check, hydrated (it hydrates when visible), and its Compliance lab task. */
async function knowledgeCheckLab(page: Page) {
  await page.goto('/units/knowledge-check/');
  const quiz = page.getByRole('region', { name: 'Knowledge check', exact: true });
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('button', { name: 'Check all answers' })).toBeEnabled();
  return quiz
    .locator('.quiz__item')
    .filter({ has: page.getByRole('group', { name: /Finance devices to be the first/ }) });
}

test.describe('Content-Security-Policy', () => {
  test.describe.configure({ timeout: 90_000 });
  test.beforeEach(async ({ page }) => watchViolations(page));

  test('code loaded on first use runs under the policy: search with WASM, a lab task’s lab, the console’s views, the lab’s sentences and share links', async ({
    page,
  }) => {
    await page.goto('/units/paths/');
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the module' });
    await dialog.getByRole('searchbox').fill('workload');
    await expect(dialog.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
    await expectNoViolations(page, 'search');

    const item = await knowledgeCheckLab(page);
    await item.getByRole('button', { name: 'Open the lab' }).click();
    const lab = labOf(item, 'Compliance policies first');
    await labReady(lab);
    const properties = await openProperties(lab, 'Staging');
    await properties
      .getByRole('combobox', { name: 'Workload pilot collection for Compliance policies' })
      .selectOption({ label: 'Pilot-Finance' });
    await properties.getByRole('button', { name: 'OK', exact: true }).click();
    await expect(liveRegionOf(lab)).toContainText('Pilot-Finance');
    await expectNoViolations(page, 'a lab task');

    await page.goto('/scenarios/pilot-enrollment-for-it/');
    const sim = labOf(page, 'Pilot enrollment for the IT department');
    await labReady(sim);
    await sim.getByRole('button', { name: 'Advance 1 hour' }).click();
    await expect(sim.getByRole('status').filter({ hasText: /^Day 1, 09:00 → 10:00: / })).toBeVisible();
    // A window whose code loads on first use.
    await openWindow(sim, 'Microsoft Intune admin center');
    await expect(sim.getByRole('heading', { name: 'Home', exact: true })).toBeVisible();
    await sim.getByRole('button', { name: 'Share link' }).click();
    const link = await sim.getByRole('textbox', { name: 'Link to this state' }).inputValue();
    await expectNoViolations(page, 'a lab');
    await page.goto('about:blank'); // the link differs only in its #fragment: load it afresh
    await page.goto(link);
    await expect(page.getByText(/Opened a shared session: 1 step restored\./)).toBeVisible();
    await expectNoViolations(page, 'a share link');
  });

  test("Pagefind’s WASM also compiles in the page itself, its fallback when its worker cannot start (what 'wasm-unsafe-eval' allows)", async ({
    page,
  }) => {
    // Chromium runs Pagefind in a worker, whose policy is not the page's; without the worker,
    // Pagefind compiles its WASM in the page, under the page's policy.
    await page.route('**/pagefind/pagefind-worker.js', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto('/glossary/');
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the module' });
    await dialog.getByRole('searchbox').fill('workload');
    await expect(dialog.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
    await expectNoViolations(page, 'search without its worker');
  });

  test('the policy is live: an inline script injected into a page does not run and is reported', async ({
    page,
    pageProblems,
  }) => {
    await page.goto('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = 1;';
      document.body.append(script);
    });
    await expect
      .poll(() => violations(page))
      .toEqual([expect.objectContaining({ directive: 'script-src-elem', blocked: 'inline' })]);
    expect(await page.evaluate(() => (window as Watched).__injected)).toBeUndefined();
    // Chromium logs the refusal as a console error, which the fixture would count against the test.
    const refusals = pageProblems.filter((problem) =>
      /Executing inline script violates the following Content Security Policy directive/.test(problem),
    );
    expect(refusals).toHaveLength(1);
    pageProblems.splice(pageProblems.indexOf(refusals[0]!), 1);
  });
});

const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '<script>window.__pwned=1</script>';

/** Nothing ran and nothing became markup: no flag, no element from the text, no violation. */
async function expectNothingRan(page: Page, label: string): Promise<void> {
  expect(await page.evaluate(() => (window as Watched).__pwned), `${label}: window.__pwned`).toBeUndefined();
  expect(await page.locator('img[src="x"]').count(), `${label}: no <img src=x>`).toBe(0);
  expect(
    await page
      .locator('body script:not([src])')
      .evaluateAll((scripts) => scripts.filter((s) => s.textContent?.includes('__pwned')).length),
  ).toBe(0);
  await expectNoViolations(page, label);
}

test.describe('script-like text in saved progress and share links', () => {
  test.beforeEach(async ({ page }) => watchViolations(page));

  test('saved progress the codec refuses (script-like unit slugs, or no JSON at all) gives the notice and empty progress, and runs nothing', async ({
    page,
  }) => {
    const cases = [
      {
        path: '/',
        value: JSON.stringify({
          version: 2,
          completedUnits: [IMG],
          lastVisitedUnit: SCRIPT,
          checkedItems: [],
          quizzes: {},
        }),
      },
      { path: '/units/introduction/', value: `${SCRIPT}${IMG}` },
    ];
    for (const { path, value } of cases) {
      // Init scripts add up: the last one added sets the value this page load reads.
      await page.addInitScript(([key, saved]) => localStorage.setItem(key!, saved!), [PROGRESS_KEY, value]);
      await page.goto(path);
      await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
      if (path === '/') await expect(page.getByText('0 of 7 units complete')).toBeVisible();
      else
        await expect(page.getByRole('button', { name: 'Mark unit complete' })).toHaveAttribute('aria-pressed', 'false');
      await expectNothingRan(page, `saved progress on ${path}`);
    }
  });

  test('saved lab work naming a script-like collection is replayed up to it, and the lab shows the text as text', async ({
    page,
  }) => {
    const actions = [{ type: 'add-to-collection', collection: IMG, devices: [SCRIPT] }];
    const saved = {
      version: 2,
      completedUnits: [],
      lastVisitedUnit: 'knowledge-check',
      checkedItems: [],
      quizzes: {
        'knowledge-check': {
          attempts: [],
          best: null,
          current: {
            seed: 1,
            responses: { 'kc-lab-pilot-compliance-finance': { type: 'lab-task', actions, passed: [false] } },
            checked: [],
            revealed: false,
          },
        },
      },
    };
    await page.addInitScript(
      ([key, value]) => localStorage.setItem(key!, value!),
      [PROGRESS_KEY, JSON.stringify(saved)],
    );
    const item = await knowledgeCheckLab(page);
    await expect(item).toContainText('Your work so far is saved: 1 step.');
    await item.getByRole('button', { name: 'Open the lab and continue' }).click();
    const lab = labOf(item, 'Compliance policies first');
    await expect(
      lab.getByText(`Unknown collection "${IMG}". Known collections:`, { exact: false }).first(),
    ).toBeVisible();
    await expectNothingRan(page, 'saved lab work');
  });

  test('a share link carrying script-like text (checksum intact) opens the scenario start with the text in its notice', async ({
    page,
  }) => {
    const scenario = 'pilot-enrollment-for-it';
    const cases: { content: { scenarioId: string; seed: number; actions: Action[] }; says: string }[] = [
      {
        content: {
          scenarioId: scenario,
          seed: 1,
          actions: [{ type: 'add-to-collection', collection: IMG, devices: [SCRIPT] }],
        },
        says: `Action 1 of the link (add-to-collection) was refused: Unknown collection "${IMG}".`,
      },
      {
        content: { scenarioId: SCRIPT, seed: 1, actions: [] },
        says: `The link is for a scenario this site does not have ("${SCRIPT}").`,
      },
    ];
    for (const { content, says } of cases) {
      const encoded = encodeShareLink(content);
      if (!encoded.ok) throw new Error(encoded.reason);
      await page.goto(`/scenarios/${scenario}/#s=${encoded.code}`);
      const sim = labOf(page, 'Pilot enrollment for the IT department');
      const notice = sim.getByText(
        /^This link could not be opened, so the lab starts at the beginning of the scenario\./,
      );
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(says);
      await expect(sim.getByRole('button', { name: 'Undo' })).toBeDisabled();
      await expectNothingRan(page, says);
      await page.goto('about:blank');
    }
  });
});
