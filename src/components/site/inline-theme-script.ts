/**
 * The head script as it is inlined in a page: `head-script.ts` (the theme, and on a page that shows
 * progress, the saved progress before first paint) bundled and minified with esbuild, once per
 * build and variant (this module is evaluated once): each page carries only the code for what it shows. The readable sources stay the ones to edit.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';

/** What a page's head script shows of saved progress: nothing, the marks, or the module's progress too (progress-marks.ts). */
export type ShownPart = 'theme' | 'marks' | 'module';

function bundle(shown: ShownPart): Promise<string> {
  return build({
    // From the project folder: this module runs bundled by the build, away from its own file.
    entryPoints: [resolve('src/components/site/head-script.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2020',
    // Not strict: nothing in it depends on strict mode, and esbuild would prefix "use strict"
    // (our tsconfig is strict) to a script whose every byte is in each page.
    tsconfigRaw: { compilerOptions: { strict: false, alwaysStrict: false } },
    define: {
      PROGRESS_MARKS: String(shown !== 'theme'),
      MODULE_PROGRESS: String(shown === 'module'),
      'import.meta.env.PUBLIC_LMS': JSON.stringify(import.meta.env.PUBLIC_LMS ?? ''),
    },
  }).then(({ outputFiles }) => {
    const code = outputFiles[0]?.text.trim();
    if (!code) throw new Error('head-script.ts: esbuild returned no code');
    return code;
  });
}

const variants = { theme: bundle('theme'), marks: bundle('marks'), module: bundle('module') };

/**
 * The head script for a page: the theme alone, with the code that shows the done marks and the
 * completion toggle (`marks`), or with the module's progress as well (`module`: the home page's
 * count and Continue link, the module-complete panel).
 */
export const headScript = (shown: ShownPart): Promise<string> => variants[shown];
