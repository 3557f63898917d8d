// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformWithEsbuild } from 'vite';
import { rehypeScrollableTables } from './src/components/lesson/rehype-scrollable-tables.mjs';
import { rehypeCopyCode } from './src/components/lesson/rehype-copy-code.mjs';
import { rehypeExternalLinksEntry, rehypeListedLinksOnly } from './src/components/lesson/rehype-external-links.mjs';
import { loadLearnLinks } from './src/schemas/learn-links.ts';
import { cspIntegration } from './src/scripts/csp.mjs';
import { ourIslandElement } from './src/scripts/island-element.mjs';
import { pagePartsInFile } from './src/scripts/page-parts.mjs';
import { islandPropsInFiles } from './src/scripts/island-props.mjs';
import { criticalCss } from './src/scripts/critical-css.mjs';
import { scriptPriority } from './src/scripts/script-priority.mjs';

/**
 * The LMS package's launch page (`/lms/`, the package's one SCO) exists only in the package's
 * build: the website neither has the page nor bundles its script.
 * @returns {import('astro').AstroIntegration}
 */
function lmsLaunchPage() {
  return {
    name: 'lms-launch-page',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (process.env.PUBLIC_LMS === 'scorm12') injectRoute({ pattern: '/lms', entrypoint: './src/components/lms/LaunchPage.astro' });
      },
    },
  };
}

/**
 * For `npm run bench` only: with BENCH_MODULES=<file> set, writes each client chunk's modules and
 * their rendered lengths (after tree-shaking, before minification) to that file, so the bench can say where a page's
 * JavaScript goes. Without the variable the plugin is not added at all; with it, it only reads
 * the bundle, so the output is the same either way.
 * @returns {import('vite').Plugin[]}
 */
function benchModules() {
  const out = process.env.BENCH_MODULES;
  if (!out) return [];
  const root = process.cwd();
  /** @type {Record<string, { id: string, renderedLength: number }[]>} */
  const chunks = {};
  let ssr = false;
  return [
    {
      name: 'bench-modules',
      apply: 'build',
      configResolved(config) {
        ssr = Boolean(config.build.ssr);
      },
      generateBundle(_options, bundle) {
        if (ssr) return;
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          chunks[chunk.fileName] = Object.entries(chunk.modules).map(([id, info]) => ({
            id: id.startsWith(root) ? id.slice(root.length + 1).split('\\').join('/') : id.replace(/\0/g, ''),
            renderedLength: info.renderedLength,
          }));
        }
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, JSON.stringify({ chunks }, null, 1) + '\n');
      },
    },
  ];
}

/**
 * JSX as `h(type, props, ...children)` calls (Preact's classic runtime) instead of
 * `jsx(type, { ...props, children })`: the same elements in about 3% fewer bytes of component
 * code, gzipped, on every page with an island. Runs before @astrojs/preact's own JSX transform,
 * which then finds no JSX left; the server render of islands goes through it too.
 * @returns {import('vite').Plugin}
 */
function classicJsx() {
  return {
    name: 'classic-jsx',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\.tsx$/.test(id) || id.includes('/node_modules/')) return null;
      const result = await transformWithEsbuild(code, id, { loader: 'tsx', jsx: 'transform', jsxFactory: '__h', jsxFragment: '__Fragment', sourcemap: true });
      return { code: `import { h as __h, Fragment as __Fragment } from 'preact';\n${result.code}`, map: result.map };
    },
  };
}

/**
 * Vite leaves a comment (`/* empty css *\/`, padded with spaces) where a chunk imported CSS that
 * ended up in a stylesheet of its own; after Vite's own use of it (dropping imports of CSS-only
 * chunks, an earlier generateBundle step) it is dead weight in about thirty chunks, several of
 * them loaded at start. This removes it last.
 * @returns {import('vite').Plugin}
 */
function dropEmptyCssComments() {
  return {
    name: 'drop-empty-css-comments',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk') chunk.code = chunk.code.replace(/\/\* empty css +\*\//g, '');
        }
      },
    },
  };
}

/**
 * Vite wraps every dynamic `import()` in its preload helper, which adds `<link>`s for the chunk's
 * dependencies, even with `modulePreload: false` (vitejs/vite#13952, #18551): about 500 B gzip at
 * start on every page with an island. Here the lists are always empty (no module preload, and Astro
 * puts an island's CSS in the page's stylesheets), so the helper is replaced by a stub that just
 * imports; the build fails if a chunk ever gets a dependency to preload, so nothing is lost silently.
 * @returns {import('vite').Plugin}
 */
function importWithoutPreload() {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'import-without-preload',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (id === helper) return { code: 'export const __vitePreload = (load) => load();', moduleSideEffects: false };
    },
    writeBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const listed = /import\((["'`])[^"'`]+\1\),\[[^\]]/.exec(chunk.code);
        if (listed) throw new Error(`${chunk.fileName}: a dynamic import has dependencies to preload (${listed[0]}...), which the stub preload helper of astro.config.mjs does not load`);
      }
    },
  };
}

/** The external addresses lessons may link to; loadLearnLinks stops the build if the list is malformed. */
const learnLinkUrls = loadLearnLinks(process.cwd()).links.map((link) => link.url);

// BASE lets the same build be served under a path (an LMS package later) without edits:
// every internal link is built from import.meta.env.BASE_URL.
export default defineConfig({
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    // Lessons: tables scroll sideways in a labelled region; an external link must be on
    // content/learn-links.yaml (else the build stops, naming the lesson and the address), and
    // opens in a new tab and says so (src/components/lesson/rehype-external-links.mjs).
    mdx({ rehypePlugins: [rehypeScrollableTables, rehypeCopyCode, [rehypeListedLinksOnly, { allowed: learnLinkUrls }], rehypeExternalLinksEntry] }),
    preact(),
    lmsLaunchPage(),
    // Our <astro-island> element in place of Astro's inline one (src/components/island-element.js),
    // before the CSP step hashes the inline scripts.
    ourIslandElement(),
    // Large island props in a file beside their page, fetched at hydration (src/scripts/island-props.mjs).
    islandPropsInFiles(),
    // The parts every page has but no first paint shows (the dialogs, the notices' texts) in one
    // file for the site, fetched by the site script after the first paint (src/scripts/page-parts.mjs).
    pagePartsInFile(),
    // Each page's critical CSS inline in its head and its stylesheets deferred (src/scripts/critical-css.mjs),
    // before the CSP step hashes the new style.
    criticalCss(),
    // Module scripts and their imports fetched at low priority (src/scripts/script-priority.mjs).
    scriptPriority(),
    // cspIntegration writes each page's Content-Security-Policy (src/scripts/csp.mjs says what it allows).
    cspIntegration(),
  ],
  devToolbar: { enabled: false },
  // The search chunk is bundled as a standalone ES module (see components/site/search-entry.ts).
  // Terser with two passes packs the shared site script (budget: 3 KB gzip) tighter than esbuild.
  vite: {
    plugins: [classicJsx(), ...benchModules(), dropEmptyCssComments(), importWithoutPreload()],
    // The renderer's browser half: ours hydrates the same islands without signals (island-client.ts).
    resolve: {
      alias: {
        '@astrojs/preact/client.js': fileURLToPath(new URL('./src/components/island-client.ts', import.meta.url)),
      },
    },
    worker: { format: 'es' },
    build: {
      // No preload lists for code loaded on first use: each lazy chunk's static imports are
      // (nearly always) loaded already, and the lists cost every page bytes at start and in all.
      modulePreload: false,
      minify: 'terser',
      // Three compressions that assume what this code base holds to (each worth about 40 B gzip on
      // a lab page): no function expression is called with `new` or read for its prototype
      // (unsafe_arrows, unsafe_methods; classes are classes), and no property read has a side
      // effect (pure_getters: the two getters in src/ only compute). The browsers served run ES2020.
      terserOptions: {
        compress: { passes: 2, ecma: 2020, unsafe_arrows: true, unsafe_methods: true, pure_getters: true },
        ecma: 2020,
        format: { comments: false },
      },
      rollupOptions: {
        output: {
          // Everything the shared site script needs from the store layer goes in one chunk, so
          // pages without an island load two small files, not a spray of shared fragments. Quiz
          // and lab records (progress/quiz-record.ts, progress/lab-record.ts) stay out: only pages with
          // a quiz or a lab need them.
          manualChunks(id) {
            // What every island page loads anyway goes in one chunk: Preact, the renderer's browser
            // half (ours, island-client.ts), our store hook and the seeded PRNG that simulators and
            // quizzes share. One file compresses better than several small ones.
            if (/[\\/]node_modules[\\/](?:preact|@astrojs[\\/]preact[\\/]dist)[\\/]|[\\/]src[\\/]components[\\/](?:use-store|island-client)\.ts$|[\\/]src[\\/]sim[\\/]rng\.ts$/.test(id)) return 'islands';
            // What no page needs to render, on any page: the engine's step code (with simulated time
            // moving on, advance.ts, and device actions, device-actions.ts), its sentences, the
            // notice about other rules revisions, the Messages list, and (below) the Configuration
            // Manager console's dialogs and lists. One chunk for them all compresses far better than
            // six files.
            if (/[\\/]src[\\/](?:sim[\\/](?:step|advance|device-actions|narrate(?:-events)?|revision-notice)\.ts|components[\\/]console[\\/]MessageList\.tsx)$/.test(id)) return 'console-later';
            // What a lab with saved, graded work needs (a lab task's and a scenario page's task
            // panel): the goals' checks and the replay of saved work. With the step code: the pages
            // that grade load both, and one file compresses about 640 B better in all than two
            // (issue 20 spent that on splitting functions to the size limits). A unit's lab, which
            // grades nothing, loads about 1.8 KB gzip more on its first action for it.
            if (/[\\/]src[\\/](?:sim[\\/](?:goals|check-graders|device-check-graders)|stores[\\/]replay-work)\.ts$/.test(id)) return 'console-later';
            // What only a scenario's own page loads (its script holds the imports): the task panel
            // with the guide's checks (guide.ts and its projections) and the saved lab work, just
            // after hydration, and the half of the share-link codec that opens `#s=` links. One
            // chunk compresses better than two.
            if (/[\\/]src[\\/](?:components[\\/]task[\\/][\w-]+|sim[\\/](?:guide(?:-projections)?|share-link)|stores[\\/]labs|progress[\\/]lab-record)\.tsx?$/.test(id)) return 'console-task';
            // The half of the share-link codec that makes links, on its own: only a lab on a unit's
            // or a scenario's page can load it (their entries hold the import), so a lab task's page
            // does not count it in all.
            if (/[\\/]src[\\/]sim[\\/]share-link-encode\.ts$/.test(id)) return 'console-share';
            // The simulator actions' fields (src/sim/actions/: the field table, `<action>.fields.ts`) are
            // the share-link codec's: with it. Their handlers (`<action>.ts` and what they share) are
            // the step code's: with it, in `console-later`, so that a lab task's page, which never
            // makes links, does not count the fields in all.
            if (/[\\/]src[\\/]sim[\\/]actions[\\/](?:[\w-]+\.fields|fields|field-kinds)\.ts$/.test(id)) return 'console-share';
            if (/[\\/]src[\\/]sim[\\/]actions[\\/][\w-]+\.ts$/.test(id)) return 'console-later';
            // The policies on one device (policies.ts) are for the Intune admin center's views only.
            if (/[\\/]src[\\/]sim[\\/]policies\.ts$/.test(id)) return 'console-intune';
            // The capabilities value (capabilities.ts) is for the authority map's cell details only.
            if (/[\\/]src[\\/]sim[\\/]capabilities\.ts$/.test(id)) return 'console-lab';
            // The engine's state and derivations and the simulator store go with the lab console's
            // own frame (below): every page loads them together (at start, or together from a lab
            // task), and one file compresses better than two. The engine's step code, sentences and
            // share links are in `console-later` above; the goal grading only labs need stays out.
            if (/[\\/]src[\\/](?:components[\\/](?:sim[\\/]SimShell\.tsx|sim[\\/]scenario-page-code\.ts)|stores[\\/]simulator(?:-[a-z]+)?\.ts|sim[\\/](?!narrate[.-]|share-link|goals\.|rng\.|bench\.|step\.|run-scenario\.)[\w-]+\.ts)$/.test(id)) return 'lab-console';
            // The lab console's views load on first use, a window's at a time: one chunk per window
            // compresses far better than a file per view (fewer, larger files), and a page's opening
            // view ships with its entry. The Configuration Manager console's dialogs and lists are in
            // `console-later`, apart from its frame and dashboard, which most labs open at.
            const consoleModule = /[\\/]src[\\/]components[\\/]console[\\/](cm|intune|lab)[\\/]([\w.-]+)\.tsx?$/.exec(id);
            // The console's own frame and what every window shares (the hydration hook, the registry)
            // are named, or Rollup would put a shared module into whichever window's chunk used it
            // first, and every other window would then load that chunk at start.
            if (/[\\/]src[\\/]components[\\/]console[\\/](?!MessageList)[\w-]+\.tsx?$/.test(id)) return 'lab-console';
            if (consoleModule) {
              const [, window, file = ''] = consoleModule;
              if (window === 'intune') return 'console-intune';
              // The lab window's frame and both its views are one chunk: split three ways they cost
              // about 700 B more in all on every page, and every page that opens at a lab view
              // still fits at start.
              if (window === 'lab') return 'console-lab';
              // The frame and its shared parts ship with every page that opens in this console: the
              // files named after them too (CmFrame-<part>, parts-<part>), split off to keep each short.
              if (/^(?:CmFrame|parts)(?:-[\w-]+)?$/.test(file)) return 'console-cm';
              // The Cloud Attach node (with what its view shares, cloud-attach-<part>) and the dashboard:
              // with a page that opens at them, or on the way there.
              if (/^cloud-attach(?:-[\w-]+)?$/.test(file)) return 'console-cm-cloud-attach';
              if (file === 'dashboard' || file === 'dashboard-data') return 'console-cm-dashboard';
              // Everything else loads on first use on every page (the dialogs, the device lists, their
              // grid and details, the dashboard's drill-down): with the other such code, above.
              return 'console-later';
            }
            // Vite's loader for code loaded on first use goes here too: the home page's Import loader
            // uses it, and a page without an island must not load the islands chunk for it. The
            // progress file formats (export-file.ts, import-file.ts) go with the code that uses them.
            if (/[\\/]node_modules[\\/]nanostores[\\/]|vite[\\/]preload-helper/.test(id) || /[\\/]src[\\/](stores[\\/](?:progress|persistent-atom)\.|progress[\\/](?!quiz-|lab-|import-file|export-file))/.test(id)) {
              return 'site-store';
            }
          },
        },
      },
    },
  },
  markdown: { syntaxHighlight: false },
});
