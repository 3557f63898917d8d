/**
 * No browser chunk carries build-only code (`browser-chunks.mjs`). With BENCH_MODULES set (npm
 * test sets it for its build and for this check, after the build) the real build's module lists
 * are read; otherwise planted lists show what the rule catches and what it lets through.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOnlyInBrowser } from './browser-chunks.mjs';

const modulesFile = process.env.BENCH_MODULES;

if (modulesFile) {
  describe("the build's browser chunks", () => {
    it('hold no schema, no zod and no lint', () => {
      const list = JSON.parse(readFileSync(modulesFile, 'utf8'));
      // A list with no chunks would pass anything: the site has islands, so it has chunks.
      expect(Object.keys(list.chunks).length).toBeGreaterThan(0);
      expect(buildOnlyInBrowser(list)).toEqual([]);
    });
  });
} else {
  describe('the build-only rule', () => {
    it('names each schema, zod and lint module in a chunk, with its chunk', () => {
      const list = {
        chunks: {
          '_astro/QuizIsland.a1.js': [
            { id: 'src/quiz/registry.ts' },
            { id: 'src/quiz/kinds/ordering/index.ts' },
            { id: 'src/quiz/kinds/ordering/lint.ts' },
          ],
          '_astro/Feedback.b2.js': [
            { id: 'src/schemas/quiz.ts' },
            { id: 'node_modules/zod/v3/types.js' },
            { id: 'node_modules/astro/dist/zod.js' },
          ],
          '_astro/LabQuiz.c3.js': [
            { id: 'src/quiz/lints.ts' },
            { id: 'src/quiz/kinds/lint.ts' },
            { id: 'src/components/quiz/kinds/ordering.tsx' },
          ],
        },
      };
      expect(buildOnlyInBrowser(list)).toEqual([
        "_astro/QuizIsland.a1.js: src/quiz/kinds/ordering/lint.ts (a question kind's authoring lint (build-only))",
        '_astro/Feedback.b2.js: src/schemas/quiz.ts (a schema or content check (src/schemas/ is build-only))',
        '_astro/Feedback.b2.js: node_modules/zod/v3/types.js (zod (content schemas run at build time))',
        '_astro/Feedback.b2.js: node_modules/astro/dist/zod.js (zod (content schemas run at build time))',
        "_astro/LabQuiz.c3.js: src/quiz/lints.ts (a question kind's authoring lint (build-only))",
        "_astro/LabQuiz.c3.js: src/quiz/kinds/lint.ts (a question kind's authoring lint (build-only))",
      ]);
    });

    it("lets through the kinds' browser code: grading, saved-response checks, LMS reports", () => {
      const kinds = ['index.ts', 'response.ts', 'report.ts'].map((file) => ({ id: `src/quiz/kinds/matching/${file}` }));
      expect(
        buildOnlyInBrowser({
          chunks: {
            '_astro/QuizIsland.a1.js': [...kinds, { id: 'src/quiz/responses.ts' }, { id: 'src/quiz/lms-reports.ts' }],
          },
        }),
      ).toEqual([]);
    });
  });
}
