// The boundaries of architecture.md, checked in `npm test` (src/scripts/boundaries.test.ts):
// dependencies point one way, content and schemas -> the pure models -> stores -> components ->
// layouts and pages. Each rule's comment says what it keeps out and why.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'pure-core-imports-no-ui',
      comment:
        'The pure cores (sim, quiz, progress, lms) run and are tested in plain Node: they import no Preact, Astro, nanostores, store, component, layout or page.',
      severity: 'error',
      from: { path: '^src/(sim|quiz|progress|lms)/' },
      to: { path: ['^node_modules/(preact|@preact|astro|@astrojs|nanostores|@nanostores)/', '^astro:', '^src/(stores|components|layouts|pages)/'] },
    },
    {
      name: 'schemas-import-no-ui',
      comment: 'Schemas and the content checks are build-time and pure but for zod: no store, component, layout or page.',
      severity: 'error',
      from: { path: '^src/schemas/' },
      to: { path: ['^node_modules/(preact|@preact|nanostores|@nanostores)/', '^src/(stores|components|layouts|pages)/'] },
    },
    {
      name: 'stores-import-no-components',
      comment: 'Stores bind the pure models to islands; they know no component, layout or page.',
      severity: 'error',
      from: { path: '^src/stores/' },
      to: { path: '^src/(components|layouts|pages)/' },
    },
    {
      name: 'components-import-no-layouts-or-pages',
      comment: 'Components are placed by layouts and pages, never the other way round (the site content loader is components/site/site-content.ts).',
      severity: 'error',
      from: { path: '^src/components/' },
      to: { path: '^src/(layouts|pages)/' },
    },
    {
      name: 'layouts-import-no-pages',
      comment: 'A layout frames any page; it imports none.',
      severity: 'error',
      from: { path: '^src/layouts/' },
      to: { path: '^src/pages/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts', '.astro'] },
  },
};
