/**
 * The boundaries of architecture.md (`.dependency-cruiser.cjs`, `boundaries.mjs`): none is crossed
 * in `src/`, and a planted import across one, in a module or in an `.astro` file, is named.
 */
import { describe, expect, it } from 'vitest';
import { astroImports, astroViolations, moduleViolations, rules } from './boundaries.mjs';
import { writeTree } from './test-tree';

describe('the boundaries', () => {
  it('are not crossed anywhere in src/, in modules or .astro files', () => {
    expect(rules().map((rule) => rule.name)).toEqual([
      'pure-core-imports-no-ui',
      'schemas-import-no-ui',
      'stores-import-no-components',
      'components-import-no-layouts-or-pages',
      'layouts-import-no-pages',
    ]);
    expect(moduleViolations(process.cwd())).toEqual([]);
    expect(astroViolations(process.cwd())).toEqual([]);
  }, 30_000);

  it('name a planted forbidden import, its rule and both files', () => {
    const root = writeTree('boundaries-', {
      'tsconfig.json': '{ "compilerOptions": { "module": "esnext", "moduleResolution": "bundler" } }',
      'src/components/badge.ts': 'export const badge = 1;',
      'src/sim/engine.ts': "import { badge } from '../components/badge';\nexport const engine = badge;",
      'src/stores/progress.ts': "import { badge } from '../components/badge';\nexport const progress = badge;",
      'src/layouts/site-content.ts': 'export const load = () => 1;',
      'src/components/Term.astro':
        "---\nimport { load } from '../layouts/site-content';\nconst value = load();\n---\n<p>{value}</p>",
      'src/components/Fine.astro':
        "---\nimport { badge } from './badge';\n---\n<p>{badge}</p>\n<script>\n  import '../stores/progress';\n</script>",
    });
    expect(moduleViolations(root).sort()).toEqual([
      'pure-core-imports-no-ui: src/sim/engine.ts → src/components/badge.ts',
      'stores-import-no-components: src/stores/progress.ts → src/components/badge.ts',
    ]);
    expect(astroViolations(root)).toEqual([
      'components-import-no-layouts-or-pages: src/components/Term.astro → src/layouts/site-content.ts',
    ]);
  }, 30_000);

  it("reads an .astro file's imports from its frontmatter and its scripts", () => {
    expect(
      astroImports(
        "---\nimport A from './A.astro';\nimport type { B } from '../b';\n---\n<A /><script>import '../c';</script>",
      ),
    ).toEqual(['./A.astro', '../b', '../c']);
  });
});
