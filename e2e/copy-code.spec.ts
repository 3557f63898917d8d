/**
 * A lesson's code block has a Copy button: the command goes to the clipboard as it is written, the
 * line beside the button says so, and the strict Content-Security-Policy is not broken doing it.
 */
import { test, expect, axeBothThemes } from './fixtures';

test('Copy puts the ccmsetup command on the clipboard and says so, with no CSP violation', async ({
  page,
  context,
  expectNoAxeViolations,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { violations: string[] }).violations.push(event.violatedDirective),
    );
  });
  await page.goto('/units/paths/');
  const block = page.locator('.code-block').filter({ hasText: 'CCMSETUPCMD' });
  const command = await block.locator('pre').innerText();
  await block.getByRole('button', { name: 'Copy' }).click();
  await expect(block.getByRole('status')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command);
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  await axeBothThemes(page, expectNoAxeViolations, 'code block after Copy');
});
