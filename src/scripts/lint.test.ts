/**
 * The lint rules `npm test` runs (eslint.config.js, its "Lint" stage) catch what they are there for.
 * Each case lints planted source under a real path of src/ with the project's own config, so a rule
 * switched off or scoped away from src/ fails here.
 */
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function rulesBroken(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.severity === 2)
    .map((message) => message.ruleId ?? message.message);
}

const longFunction = (lines: number) =>
  [
    'export function long(): number {',
    '  let total = 0;',
    ...Array.from({ length: lines - 4 }, (_, i) => `  total += ${i};`),
    '  return total;',
    '}',
  ].join('\n');

describe('the lint run of npm test', () => {
  it('refuses a switch over action types outside their registries', async () => {
    const code = [
      "import type { Action } from './types';",
      'export function label(action: Action): string {',
      '  switch (action.type) {',
      "    case 'open-wizard':",
      "      return 'Open';",
      '    default:',
      "      return '';",
      '  }',
      '}',
    ].join('\n');
    expect(await rulesBroken(code, 'src/sim/planted-label.ts')).toContain('no-restricted-syntax');
  });

  it('refuses a switch over question kinds, in a component too', async () => {
    const code = [
      "import type { Question } from '../../quiz/types';",
      'export function name(question: Question): string {',
      '  switch (question.type) {',
      "    case 'ordering':",
      "      return 'Put in order';",
      '  }',
      "  return '';",
      '}',
    ].join('\n');
    expect(await rulesBroken(code, 'src/components/quiz/planted-name.ts')).toContain('no-restricted-syntax');
  });

  it('allows a switch over other unions (events, checks)', async () => {
    const code = [
      'export function kind(event: { type: string }): number {',
      '  switch (event.type) {',
      "    case 'x':",
      '      return 1;',
      '  }',
      '  return 0;',
      '}',
    ].join('\n');
    expect(await rulesBroken(code, 'src/sim/planted-event.ts')).toEqual([]);
  });

  it('holds functions of src/ to 80 lines and files to 300', async () => {
    expect(await rulesBroken(longFunction(80), 'src/sim/planted-long.ts')).toEqual([]);
    expect(await rulesBroken(longFunction(81), 'src/sim/planted-long.ts')).toContain('max-lines-per-function');
    const longFile = Array.from({ length: 301 }, (_, i) => `export const value${i} = ${i};`).join('\n');
    expect(await rulesBroken(longFile, 'src/components/planted-long.ts')).toContain('max-lines');
  });

  it('lets tests and the listed data tables and schemas run long', async () => {
    expect(await rulesBroken(longFunction(120), 'src/sim/planted-long.test.ts')).toEqual([]);
    const longFile = Array.from({ length: 301 }, (_, i) => `export const value${i} = ${i};`).join('\n');
    expect(await rulesBroken(longFile, 'src/sim/constants.ts')).toEqual([]);
  });

  it("refuses code Prettier would write differently, with the project's settings", async () => {
    // The settings as `prettier --check src e2e` (npm test's Lint stage) reads them for a file of src/.
    const filepath = 'src/sim/planted-format.ts';
    const options = { ...(await prettier.resolveConfig(filepath)), filepath };
    const formatted = "export const pair = ['a', 'b'];\n";
    expect(await prettier.check(formatted, options)).toBe(true);
    expect(await prettier.check('export const pair = [ "a","b" ]\n', options)).toBe(false);
    // Its printWidth is 120: a 121-character line is broken, a 120-character one is not.
    const line = (length: number) => `export const text = '${'x'.repeat(length - 23)}';\n`;
    expect(line(120).length).toBe(121);
    expect(await prettier.check(line(120), options)).toBe(true);
    expect(await prettier.check(line(121), options)).toBe(false);
  });

  it('refuses an unused variable', async () => {
    expect(await rulesBroken('const unused = 1;\nexport const used = 2;\n', 'src/quiz/planted-unused.ts')).toContain(
      '@typescript-eslint/no-unused-vars',
    );
  });
});
