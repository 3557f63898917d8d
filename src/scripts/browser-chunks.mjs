// @ts-check
/**
 * Build-only code stays out of the browser (issue 20): no chunk the site ships may hold a module
 * of `src/schemas/` (the zod schemas and the cross-file content checks), zod itself, or a question
 * kind's authoring lint (`src/quiz/kinds/<kind>/lint.ts`, the shared `src/quiz/kinds/lint.ts` and
 * the lint registry `src/quiz/lints.ts`). Reads the module lists the build writes with
 * BENCH_MODULES set (astro.config.mjs: `{ chunks: { <file>: [{ id, renderedLength }] } }`, ids
 * relative to the project for its own files).
 */

/** What must never reach a browser chunk, each with the reason a failure gives. */
export const BUILD_ONLY = [
  { pattern: /^src\/schemas\//, why: 'a schema or content check (src/schemas/ is build-only)' },
  { pattern: /(?:^|\/)node_modules\/(?:zod\/|astro\/dist\/zod\.)/, why: 'zod (content schemas run at build time)' },
  {
    pattern: /^src\/quiz\/(?:lints\.ts|kinds\/(?:[\w-]+\/)?lint\.ts)$/,
    why: "a question kind's authoring lint (build-only)",
  },
];

/**
 * One line per build-only module found in a browser chunk, `<chunk>: <module> (<why>)`, in the
 * order of the list; none means the browser's code is clean.
 * @param {{ chunks: Record<string, { id: string }[]> }} list
 * @returns {string[]}
 */
export function buildOnlyInBrowser(list) {
  const found = [];
  for (const [chunk, modules] of Object.entries(list.chunks)) {
    for (const { id } of modules) {
      const path = id.replace(/\\/g, '/');
      const rule = BUILD_ONLY.find(({ pattern }) => pattern.test(path));
      if (rule) found.push(`${chunk}: ${path} (${rule.why})`);
    }
  }
  return found;
}
