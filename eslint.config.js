// ESLint flat config (architecture.md lets this one file sit at the top level: ESLint 9 looks for it
// there). Run by `npm run lint` and by `npm test` (src/scripts/lint.test.ts plants an error to prove
// the run fails). Formatting is Prettier's job (.prettierrc.json); these rules are about structure.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * A variant (an action type, a question kind) owns its code: a switch over one outside its registry
 * is how a new variant ends up half handled. `kind`/`type` switches over other unions (events,
 * checks, pages) stay allowed.
 */
const VARIANT_SWITCH = {
  selector:
    'SwitchStatement[discriminant.type="MemberExpression"][discriminant.property.name="type"]' +
    '[discriminant.object.name=/^(action|question|response|base|answer|a|q)$/]',
  message:
    'No switch over action types or question kinds outside their registries: add the case to the ' +
    "variant's module and its registry (README: Adding a question kind / Adding a simulator action).",
};

/**
 * Files allowed past `max-lines`, each with its reason. Data tables and schemas read best whole: a
 * split would scatter one list or one schema across files.
 */
const LONG_FILES = {
  // One zod schema per content kind, every field with its doc comment (style.md: Starlight's schema.ts).
  'src/schemas/scenario.ts': 'the scenario file schema',
  'src/schemas/quiz.ts': 'the quiz file schema',
  // The sim's data model: one union per concept with a doc comment on every member.
  'src/sim/types.ts': 'the simulator types',
  // Data tables: every workload, permission and label of the consoles, in the consoles' order.
  'src/sim/constants.ts': 'the consoles’ names and labels',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-scorm/**',
      'scorm/**',
      'test-results/**',
      'playwright-report/**',
      '.astro/**',
      'node_modules/**',
      'src/schemas/malformed/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_`-prefixed names are deliberate placeholders (a tuple slot, an unused callback argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // `ok && act()` and `a ? b() : c()` as statements are this code base's short form.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // An empty catch says "a browser that refuses (storage, a feature) is fine": its comment says why.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx,mjs,js,astro}'],
    // Tests may walk the kinds to build fixtures; the registries are what production code dispatches through.
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    rules: { 'no-restricted-syntax': ['error', VARIANT_SWITCH] },
  },
  {
    files: ['e2e/**/*.ts'],
    // Playwright reads a fixture's dependencies from its first parameter: `{}` is how one says "none".
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    files: ['src/**/*.{ts,tsx,mjs,js,astro}'],
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx', ...Object.keys(LONG_FILES)],
    rules: {
      'max-lines': ['error', { max: 300 }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
);
