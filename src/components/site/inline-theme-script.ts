/**
 * The head script as it is inlined in a page: `head-script.ts` (the theme, and on a page that shows
 * progress, the saved progress before first paint) bundled and minified with esbuild, once per
 * build and variant (this module is evaluated once). The readable sources stay the ones to edit.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';

function bundle(progressMarks: boolean): Promise<string> {
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
    define: { PROGRESS_MARKS: String(progressMarks), 'import.meta.env.PUBLIC_LMS': JSON.stringify(import.meta.env.PUBLIC_LMS ?? '') },
  }).then(({ outputFiles }) => {
    const code = outputFiles[0]?.text.trim();
    if (!code) throw new Error('head-script.ts: esbuild returned no code');
    return code;
  });
}

const variants = { withProgress: bundle(true), themeOnly: bundle(false) };

/**
 * The head script for a page: with the progress marks' code when the page shows saved progress
 * (done marks, the completion toggle, the home page's count and Continue link), else the theme alone.
 */
export const headScript = (progressMarks: boolean): Promise<string> => (progressMarks ? variants.withProgress : variants.themeOnly);
