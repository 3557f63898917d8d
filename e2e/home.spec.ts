/**
 * The home page as a new visitor meets it: what the module offers (labs, self-assessment, trainers'
 * kit) with a link to each, which units hold a lab or a quiz, and the heading face, which comes
 * from the site itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect, axeBothThemes } from './fixtures';

const lessonsDir = new URL('../content/lessons/', import.meta.url);
const quizzesDir = new URL('../content/quizzes/', import.meta.url);

/** Each unit's title and what its content holds: a lab console placed in its lesson, a quiz that names it. */
function unitsFromContent(): { title: string; lab: boolean; quiz: boolean }[] {
  const quizUnits = readdirSync(quizzesDir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => (parse(readFileSync(new URL(file, quizzesDir), 'utf8')) as { unit?: string }).unit);
  return readdirSync(lessonsDir)
    .sort()
    .map((folder) => {
      const source = readFileSync(new URL(`${folder}/index.mdx`, lessonsDir), 'utf8');
      const title = /^title:\s*(.+)$/m
        .exec(source)![1]!
        .trim()
        .replace(/^(['"])(.*)\1$/, '$2');
      return { title, lab: /<SimulatorSlot\s/.test(source), quiz: quizUnits.includes(folder.replace(/^\d+-/, '')) };
    });
}

test("the pitch says what the module offers, and its links lead to the labs, the self-assessment and the trainers' kit", async ({
  page,
}) => {
  const destinations = [
    { link: /labs/i, heading: 'Labs' },
    { link: /self-assessment/i, heading: 'Self-assessment' },
    { link: /trainers/i, heading: 'For trainers' },
  ];
  for (const { link, heading } of destinations) {
    await page.goto('/');
    const pitch = page.getByRole('region', { name: 'What the module offers' });
    await expect(pitch.getByRole('heading', { level: 3 })).toHaveText([
      'Hands-on labs',
      'Self-assessment',
      "Trainers' kit",
    ]);
    await pitch.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
});

test('each unit card says whether the unit holds a lab and a quiz, as its content does', async ({ page }) => {
  const units = unitsFromContent();
  // The content this test relies on: some units with both, at least one with neither.
  expect(units.some((unit) => unit.lab && unit.quiz)).toBe(true);
  expect(units.some((unit) => !unit.lab && !unit.quiz)).toBe(true);

  await page.goto('/');
  const cards = page.getByRole('region', { name: 'Units' }).getByRole('listitem');
  await expect(cards).toHaveCount(units.length);
  for (const [index, unit] of units.entries()) {
    const card = cards.nth(index);
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(unit.title);
    await expect(card.getByText(/^\s*(Lab|\d+ labs)\s*$/), `${unit.title}: Lab tag`).toHaveCount(unit.lab ? 1 : 0);
    await expect(card.getByText(/^\s*(Quiz|\d+ quizzes)\s*$/), `${unit.title}: Quiz tag`).toHaveCount(
      unit.quiz ? 1 : 0,
    );
  }
  // The tag is a word, not only an icon: a screen reader reads it within the card.
  const withBoth = cards.filter({
    has: page.getByRole('heading', { name: units.find((unit) => unit.lab && unit.quiz)!.title }),
  });
  await expect(withBoth).toContainText(/Lab\s*Quiz/);
});

test('the heading face comes from the site itself, and nothing is fetched from another origin', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((face) => face.status === 'loaded')
      .map((face) => face.family.replace(/["']/g, ''));
  });
  expect(loaded).toContain('Manrope');
  expect(
    await page.getByRole('heading', { level: 1 }).evaluate((heading) => getComputedStyle(heading).fontFamily),
  ).toMatch(/^"?Manrope"?,/);
  const origin = new URL(baseURL!).origin;
  const fonts = requests.filter((url) => /\.woff2(\?|$)/.test(url));
  expect(fonts).toHaveLength(1);
  expect(new URL(fonts[0]!).origin).toBe(origin);
  expect(requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin)).toEqual([]);
});

test('the home page passes axe in both themes, at a laptop and a phone width', async ({
  page,
  expectNoAxeViolations,
}) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    await axeBothThemes(page, expectNoAxeViolations, `home at ${width} px`);
  }
});
