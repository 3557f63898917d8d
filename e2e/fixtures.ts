/**
 * The one fixture every spec uses: it fails a test on any console error or uncaught page error,
 * in every page of the test's context (second tabs included), and offers an axe check with the
 * tags the project holds itself to.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { KindTypes, Question, QuestionType } from '../src/quiz/types';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const PROGRESS_KEY = 'co-management-lab:v1:progress';
export const THEME_KEY = 'co-management-lab:theme';

interface Fixtures {
  /** Messages of console errors and page errors seen so far, in every page of the context. */
  pageProblems: string[];
  /** Runs axe on the page as it is now and expects zero violations. */
  expectNoAxeViolations: (page: Page, label?: string) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  pageProblems: [
    async ({ context }, use) => {
      const problems: string[] = [];
      const watch = (page: Page) => {
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(problems);
      expect(problems, 'no console errors or uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],
  expectNoAxeViolations: async ({}, use) => {
    await use(async (page, label) => {
      // The sticky header covers whatever is scrolled beneath it, and axe's target-size rule would
      // count a control there as too small: axe reads the page scrolled to its top, where nothing
      // is under the header, and the page then goes back to where it was.
      const scrolled = await page.evaluate(() => {
        const y = scrollY;
        scrollTo(0, 0);
        return y;
      });
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      await page.evaluate((y) => scrollTo(0, y), scrolled);
      const summary = results.violations.map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
      );
      expect(summary, `axe violations on ${label ?? page.url()}`).toEqual([]);
    });
  },
});

export { expect };

/** An axe check, as the `expectNoAxeViolations` fixture gives it. */
export type AxeCheck = (page: Page, label?: string) => Promise<void>;

/**
 * Runs `check` on the page as it is, in the light and then the dark theme (the site follows the
 * system setting when no theme was chosen), and leaves the page light.
 */
export async function axeBothThemes(page: Page, check: AxeCheck, label: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await check(page, `${label} (${theme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * Presses Tab until `selector`'s element has focus (the way a keyboard user gets there). With
 * `skipSimulators`, it takes each "Skip past the lab" link on the way, as a keyboard user who is
 * not here for the lab would.
 */
export async function tabTo(
  page: Page,
  selector: string,
  { maxPresses = 120, skipSimulators = false } = {},
): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    const focus = await page.evaluate((css) => {
      const target = document.querySelector(css);
      const active = document.activeElement;
      return {
        onTarget: target !== null && target === active,
        onSkipLink: active?.classList.contains('skip-sim') ?? false,
      };
    }, selector);
    if (focus.onTarget) return;
    await page.keyboard.press(skipSimulators && focus.onSkipLink ? 'Enter' : 'Tab');
  }
  throw new Error(`Could not reach ${selector} with ${maxPresses} presses of Tab`);
}

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));

/** Every page of the built site, as a URL path ('/', '/units/introduction/', '/404.html'...). */
export function builtPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : walk(path);
      return name.endsWith('.html') ? [path] : [];
    });
  return walk(distDir)
    .map((file) => '/' + relative(distDir, file).split('\\').join('/'))
    .map((path) => path.replace(/index\.html$/, ''))
    .sort();
}

/** The lab console of a scenario, by its title: the region "Lab: <title>". */
export function labOf(scope: Page | Locator, title: string | RegExp): Locator {
  return scope.getByRole('region', { name: typeof title === 'string' ? `Lab: ${title}` : title });
}

/** Waits until the lab has hydrated: the lab bar's buttons are disabled in the server HTML. */
export async function labReady(lab: Locator): Promise<void> {
  await expect(lab.getByRole('button', { name: 'Reset', exact: true })).toBeEnabled();
}

/** Selects one of the lab's windows by its tab. */
export async function openWindow(
  lab: Locator,
  window: 'Configuration Manager console' | 'Microsoft Intune admin center' | 'Lab views',
): Promise<void> {
  const tab = lab.getByRole('tab', { name: window, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** Opens a node of the Configuration Manager console: its workspace, then its tree item. */
export async function openCmNode(
  lab: Locator,
  workspace: 'Assets and Compliance' | 'Monitoring' | 'Administration',
  node: string,
): Promise<void> {
  await openWindow(lab, 'Configuration Manager console');
  await lab
    .getByRole('navigation', { name: 'Workspaces' })
    .getByRole('button', { name: workspace, exact: true })
    .click();
  await lab.getByRole('tree', { name: workspace }).getByRole('treeitem', { name: node, exact: true }).click();
}

/** Opens the cloud attach object's Properties dialog at `tab`; returns the dialog. */
export async function openProperties(
  lab: Locator,
  tab: 'Configure upload' | 'Enablement' | 'Workloads' | 'Staging',
): Promise<Locator> {
  await openCmNode(lab, 'Administration', 'Cloud Attach');
  await lab.getByRole('button', { name: 'Properties', exact: true }).click();
  const dialog = lab.getByRole('dialog', { name: 'CoMgmtSettingsProd Properties' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('tab', { name: tab, exact: true }).click();
  return dialog;
}

/** The lab's live region (the lab bar's), which says what each change did. */
export const liveRegionOf = (lab: Locator): Locator => lab.locator('.lab__live');

/**
 * Opens a lab task's lab and reaches its goal with the mouse, as a learner would: the unit 6
 * knowledge check's two lab tasks. The work is saved as it goes; the caller checks it.
 */
export async function solveLab(question: Locator, id: string): Promise<void> {
  await question.getByRole('button', { name: /^Open the lab/ }).click();
  switch (id) {
    case 'kc-lab-pilot-compliance-finance': {
      const lab = labOf(question, 'Compliance policies first');
      await labReady(lab);
      const dialog = await openProperties(lab, 'Staging');
      await dialog
        .getByRole('combobox', { name: 'Workload pilot collection for Compliance policies' })
        .selectOption({ label: 'Pilot-Finance' });
      await dialog.getByRole('tab', { name: 'Workloads', exact: true }).click();
      await dialog
        .getByRole('group', { name: 'Compliance policies', exact: true })
        .getByRole('radio', { name: 'Pilot Intune', exact: true })
        .check();
      await dialog.getByRole('button', { name: 'OK', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(liveRegionOf(lab)).toContainText('30 devices now get Compliance policies from Intune');
      return;
    }
    case 'kc-lab-enroll-it-devices': {
      const lab = labOf(question, 'Pilot enrollment for the IT department');
      await labReady(lab);
      const dialog = await openProperties(lab, 'Enablement');
      await dialog
        .getByRole('group', { name: 'Automatic enrollment in Intune' })
        .getByRole('radio', { name: 'Pilot', exact: true })
        .check();
      await dialog
        .getByRole('combobox', { name: 'Intune Auto Enrollment collection' })
        .selectOption({ label: 'IT Devices' });
      await dialog.getByRole('button', { name: 'OK', exact: true }).click();
      await expect(dialog).toBeHidden();
      await lab.getByRole('button', { name: 'Advance 1 hour' }).click();
      await lab.getByRole('button', { name: 'Advance 1 hour' }).click();
      await expect(lab.getByText('Simulated time: Day 1, 11:00')).toBeVisible();
      return;
    }
    default:
      throw new Error(`no scripted solution for the lab task "${id}"`);
  }
}

/** How to answer each kind right with the mouse: a table over every kind, so a new kind is a compile error here. */
const RIGHT_ANSWERS: { [K in QuestionType]: (question: Locator, data: KindTypes[K]['question']) => Promise<void> } = {
  'lab-task': (question, data) => solveLab(question, data.id),
  'single-choice': async (question, data) => {
    await question.getByLabel(data.options.find((o) => o.id === data.answer)!.text, { exact: true }).check();
  },
  'multiple-response': async (question, data) => {
    for (const id of data.answers)
      await question.getByLabel(data.options.find((o) => o.id === id)!.text, { exact: true }).check();
  },
  // One group of answers per item, named by the item.
  matching: async (question, data) => {
    for (const pair of data.pairs)
      await question
        .getByRole('group', { name: pair.prompt, exact: true })
        .getByRole('radio', { name: pair.match, exact: true })
        .check();
  },
  // Selection sort with the Up buttons: bring each step up to its place, first step first.
  ordering: async (question, data) => {
    for (const [place, step] of data.steps.entries()) {
      const order = await question.locator('.quiz__step-text').allInnerTexts();
      for (let at = order.indexOf(step.text); at > place; at--) {
        await question.getByRole('button', { name: new RegExp(`^Up\\W+${escape(step.text)}$`) }).click();
      }
    }
    await expect(question.locator('.quiz__step-text')).toHaveText(data.steps.map((s) => s.text));
  },
};

/** Answers one question right with the mouse, from the quiz's own key (a lab task: in its lab). */
export async function answerRight(question: Locator, data: Question): Promise<void> {
  // One cast for the table's correlated types (TypeScript cannot relate data.type to data; see src/quiz/registry.ts).
  await (RIGHT_ANSWERS[data.type] as (question: Locator, data: Question) => Promise<void>)(question, data);
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Presses a key until the target has focus, as a keyboard user would; fails after `max` presses. */
export async function pressUntilFocused(page: Page, target: Locator, key = 'Tab', max = 160): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} ${max} times did not reach the target`);
}
