import { describe, expect, it } from 'vitest';
import { breakdown, budgetOf, categoryOf, type MeasuredPage } from './bench-report';

const page = (overrides: Partial<MeasuredPage>): MeasuredPage => ({
  page: '/units/x/',
  islands: 1,
  scripts: [],
  externalRaw: 0,
  externalGzip: 0,
  inlineRaw: 0,
  inlineGzip: 0,
  headInlineRaw: 0,
  headInlineGzip: 0,
  bodyInlineRaw: 0,
  bodyInlineGzip: 0,
  ...overrides,
});

describe('categoryOf', () => {
  it('sorts modules by where they come from', () => {
    expect(categoryOf('node_modules/preact/dist/preact.module.js')).toBe('Preact');
    expect(categoryOf('node_modules/@preact/signals/dist/signals.module.js')).toBe('Preact');
    expect(categoryOf('node_modules/@nanostores/persistent/index.js')).toBe('nanostores');
    expect(categoryOf('node_modules/nanostores/atom/index.js')).toBe('nanostores');
    expect(categoryOf('src/sim/step.ts')).toBe('engine');
    expect(categoryOf('src/quiz/kinds/choices.ts')).toBe('engine');
    expect(categoryOf('src/progress/encode.ts')).toBe('engine');
    expect(categoryOf('src/stores/simulator.ts')).toBe('components');
    expect(categoryOf('src/components/sim/SimShell.tsx')).toBe('components');
    expect(categoryOf('src/layouts/BaseLayout.astro?astro&type=script&index=0&lang.ts')).toBe('components');
    expect(categoryOf('node_modules/@astrojs/preact/dist/client.js')).toBe('other');
    expect(categoryOf('vite/preload-helper.js')).toBe('other');
  });
});

describe('breakdown', () => {
  it('shares each file by rendered length and adds up to the budget total', () => {
    const measured = page({
      scripts: [
        { file: '_astro/islands.js', raw: 1000, gzip: 400 },
        { file: '_astro/facade.js', raw: 50, gzip: 40 },
      ],
      externalRaw: 1050,
      externalGzip: 440,
      inlineRaw: 300,
      inlineGzip: 120,
      headInlineRaw: 100,
      headInlineGzip: 50,
      bodyInlineRaw: 200,
      bodyInlineGzip: 100,
    });
    const result = breakdown(measured, {
      '_astro/islands.js': [
        { id: 'node_modules/preact/dist/preact.module.js', renderedLength: 300 },
        { id: 'src/sim/rng.ts', renderedLength: 100 },
      ],
      '_astro/facade.js': [],
    });
    expect(result.gzip.Preact).toBeCloseTo(300);
    expect(result.gzip.engine).toBeCloseTo(100);
    expect(result.gzip.components).toBeCloseTo(40); // a third of the inline 120: the theme script's share
    expect(result.gzip.other).toBeCloseTo(40 + 80);
    const sum = Object.values(result.gzip).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(measured.externalGzip + measured.inlineGzip);
    expect(result.raw.Preact).toBeCloseTo(750);
    expect(result.modules[0]).toEqual({
      id: 'node_modules/preact/dist/preact.module.js',
      category: 'Preact',
      gzip: 300,
    });
    expect(result.unknownFiles).toEqual([]);
  });

  it('names the files it has no module list for, and counts them as other', () => {
    const result = breakdown(page({ scripts: [{ file: '_astro/new.js', raw: 10, gzip: 8 }], externalGzip: 8 }), {});
    expect(result.unknownFiles).toEqual(['_astro/new.js']);
    expect(result.gzip.other).toBe(8);
  });
});

describe('budgetOf', () => {
  it('gives an island page 40 KB in all, and a page without one the smaller margin of its two budgets', () => {
    expect(budgetOf(page({ externalGzip: 39_000, inlineGzip: 1_900 }))).toEqual({ label: '40 KB all', headroom: 60 });
    expect(budgetOf(page({ islands: 0, externalGzip: 3_007, headInlineGzip: 1_100 }))).toEqual({
      label: '3.5+1.5 KB',
      headroom: 436,
    });
    // What a quiz loads later counts too.
    expect(budgetOf(page({ externalGzip: 30_000, inlineGzip: 1_900, lazyGzip: 9_000 }))).toEqual({
      label: '40 KB all',
      headroom: 60,
    });
  });

  it('gives a page with the lab console 40 KB at start and 90 KB in all, the smaller margin first', () => {
    expect(budgetOf(page({ labConsole: true, externalGzip: 38_000, inlineGzip: 1_900, lazyGzip: 10_000 }))).toEqual({
      label: '40/90 KB',
      headroom: 1_060,
    });
    expect(budgetOf(page({ labConsole: true, externalGzip: 30_000, inlineGzip: 1_900, lazyGzip: 60_000 }))).toEqual({
      label: '40/90 KB',
      headroom: 260,
    });
  });
});
