import { chromium } from '@playwright/test';
const [,, url, out, w = '1280', h = '800', theme = 'light', clickText] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu', '--disable-dev-shm-usage'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, colorScheme: theme });
await page.goto(url);
await page.waitForTimeout(1500);
const lab = page.locator('section.lab').first();
await lab.scrollIntoViewIfNeeded();
if (clickText) for (const t of clickText.split('|')) { const [role, name] = t.includes(':') ? t.split(':') : ['button', t]; await page.getByRole(role, { name, exact: true }).first().click(); await page.waitForTimeout(400); }
await page.waitForTimeout(500);
await lab.screenshot({ path: out });
const sizes = await page.evaluate(() => [...document.querySelectorAll('.cm__view, .cm-panes, .cm-list-pane, .cmv-grid-wrap, .cmv-search, .cm__main, .lab__window')].map(e => `${e.className}: ${e.scrollWidth}/${e.clientWidth}`));
console.log(sizes.join('\n'));
await browser.close();
