import { test, expect, axeBothThemes, builtPages, THEME_KEY } from './fixtures';

const pages = builtPages();

test('search finds a word that only unit 2 uses and the result leads there', async ({ page }) => {
  await page.goto('/units/paths/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the module' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox', { name: /Words to find/ }).fill('TeamViewer');
  const results = dialog.getByRole('list', { name: 'Search results' }).getByRole('link');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Understand co-management');
  await expect(dialog.getByRole('status')).toHaveText(/1 result for/);
  await results.first().click();
  await expect(page).toHaveURL(/\/units\/understand-co-management\//);
  await expect(page.getByText('TeamViewer').first()).toBeVisible();
});

test('search code loads only when the search is first opened', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('searchbox').fill('workload');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
  expect(requested.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every unit shows its text, its figure and its navigation', async ({ page }) => {
    for (const path of pages.filter((candidate) => candidate.startsWith('/units/'))) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const words = (await page.locator('article').innerText()).split(/\s+/).filter(Boolean).length;
      expect(words, `${path} shows its text`).toBeGreaterThan(80);
      await expect(page.getByRole('navigation', { name: 'Units in this module' })).toBeVisible();
      // Controls that need JavaScript stay out of the way rather than doing nothing.
      await expect(page.getByRole('button', { name: 'Mark unit complete' })).toBeHidden();
    }
    await page.goto('/units/understand-co-management/');
    await expect(page.getByRole('figure', { name: /^Lab: / })).toBeVisible();
  });
});

test('each theme choice (Light, Dark, Auto) applies at once and survives a reload', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const menu = page.getByRole('group', { name: 'Theme' });
  const open = () => page.getByRole('button', { name: 'Theme', exact: true }).click();
  const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await open();
  await expect(menu.getByRole('radio', { name: 'Auto (as your system)' })).toBeChecked();
  await axeBothThemes(page, expectNoAxeViolations, 'theme menu open');

  await menu.getByRole('radio', { name: 'Dark' }).check();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(lightBackground);
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBe('dark');
  await page.goto('/glossary/');
  await expect(html).toHaveAttribute('data-theme', 'dark');

  // Light stays light on a dark system, after a reload too.
  await page.emulateMedia({ colorScheme: 'dark' });
  await open();
  await menu.getByRole('radio', { name: 'Light' }).check();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');

  // Auto follows the system again, live and after a reload, and stores nothing.
  await open();
  await expect(menu.getByRole('radio', { name: 'Light' })).toBeChecked();
  await menu.getByRole('radio', { name: 'Auto (as your system)' }).check();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBeNull();
});

test('the theme menu works with the keyboard alone', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Theme', exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('group', { name: 'Theme' });
  await expect(menu).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(menu.getByRole('radio', { name: 'Auto (as your system)' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
});

test('without a stored choice the theme follows the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the 404 page is served for an unknown address', async ({ page, pageProblems }) => {
  const response = await page.goto('/units/no-such-unit/');
  // The browser logs the 404 of the page itself; that one is expected here.
  pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((problem) => !/status of 404/.test(problem)));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
