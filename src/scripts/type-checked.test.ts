/**
 * The scripts are type-checked: `astro check` (the first stage of `npm test`) checks a JavaScript
 * file of the project only when it opts in with `// @ts-check` (tsconfig.json has `allowJs` but not
 * `checkJs`, which would take in the lessons' rehype plugins and the theme script too). So every
 * script here, and every module beside the components, must open with it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const javascriptIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => /\.m?js$/.test(name))
    .map((name) => join(dir, name));

describe('the scripts', () => {
  it('each open with // @ts-check, so astro check type-checks them', () => {
    const files = [...javascriptIn(here), ...javascriptIn(join(here, '../components'))];
    expect(files.length).toBeGreaterThan(20);
    const unchecked = files.filter((file) => !readFileSync(file, 'utf8').startsWith('// @ts-check\n'));
    expect(unchecked).toEqual([]);
  });
});
