/**
 * Nothing blocks a built page's first paint but its own HTML (`render-path.mjs`). With SITE_DIST
 * set (npm test, after the build) every page of the built site is read; otherwise planted pages
 * show that each rule catches what it should.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mediaExcludesScreen, renderPathProblems } from './render-path.mjs';
import { headScript } from '../components/site/inline-theme-script';

const headScripts = async () => ({
  theme: await headScript('theme'),
  marks: await headScript('marks'),
  module: await headScript('module'),
});

const dist = process.env.SITE_DIST;

const page = (head: string, body = '<main><h1>T</h1></main>') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title>${head}</head><body>${body}</body></html>`;

if (!dist)
  describe('the render path rules', () => {
    it('tells a stylesheet that keeps off the screen from one that blocks', () => {
      expect(mediaExcludesScreen('print')).toBe(true);
      expect(mediaExcludesScreen('only print, speech')).toBe(true);
      expect(mediaExcludesScreen('not all')).toBe(true);
      for (const media of [undefined, '', 'all', 'screen', 'print, screen', '(min-width: 60em)', 'not print'])
        expect(mediaExcludesScreen(media)).toBe(false);
    });

    it('passes a page whose CSS is inline and whose sheets are deferred, with only the theme script in its head', async () => {
      const scripts = await headScripts();
      const theme = scripts.theme;
      const html = page(
        `<script>${theme}</script><style>main{margin:0}</style><link rel="stylesheet" href="/a.css" media="print" data-deferred-css><noscript><link rel="stylesheet" href="/a.css"></noscript>`,
        '<main><h1>T</h1></main><script type="module" src="/site.js"></script>',
      );
      expect(renderPathProblems(html, scripts)).toEqual([]);
    });

    it('fails a planted blocking stylesheet, in the head or the body, naming its line', async () => {
      const scripts = await headScripts();
      const theme = scripts.theme;
      expect(
        renderPathProblems(page(`<script>${theme}</script>\n<link rel="stylesheet" href="/a.css">`), scripts),
      ).toEqual(['line 2: the stylesheet /a.css blocks rendering (its media "" does not exclude the screen)']);
      expect(
        renderPathProblems(page('', '<main></main><link rel="stylesheet" href="/b.css" media="screen">'), scripts),
      ).toHaveLength(1);
    });

    it('fails a script in the head other than the head script', async () => {
      const scripts = await headScripts();
      const theme = scripts.theme;
      expect(renderPathProblems(page('<script type="module" src="/site.js"></script>'), scripts)).toEqual([
        'line 1: the script /site.js is in <head>',
      ]);
      expect(renderPathProblems(page(`<script>${theme}</script><script>console.log(1)</script>`), scripts)).toEqual([
        'line 1: an inline script in <head> that is not the head script (console.log(1)…)',
      ]);
    });

    it('fails a page that shows saved progress with the theme-only head script', async () => {
      const scripts = await headScripts();
      const body = '<main><ol>\n<li data-unit-item="intro">Intro</li></ol></main>';
      expect(renderPathProblems(page(`<script>${scripts.marks}</script>`, body), scripts)).toEqual([]);
      expect(renderPathProblems(page(`<script>${scripts.module}</script>`, body), scripts)).toEqual([]);
      expect(renderPathProblems(page(`<script>${scripts.theme}</script>`, body), scripts)).toEqual([
        "line 2: the page shows saved progress (<li>) but its head script lacks the progress marks (BaseLayout's progressMarks)",
      ]);
    });

    it("fails a page that shows the module's progress without the head script that has its code", async () => {
      const scripts = await headScripts();
      const body =
        '<main><ol>\n<li data-unit-item="intro">Intro</li></ol>\n\n<a href="/" data-continue>Start</a></main>';
      expect(renderPathProblems(page(`<script>${scripts.module}</script>`, body), scripts)).toEqual([]);
      for (const script of [scripts.marks, scripts.theme])
        expect(renderPathProblems(page(`<script>${script}</script>`, body), scripts)).toEqual([
          "line 4: the page shows the module's progress (<a>) but its head script lacks that code (BaseLayout's moduleProgress)",
        ]);
      // Each variant carries only what it shows.
      expect(scripts.marks.length).toBeLessThan(scripts.module.length);
      expect(scripts.marks).not.toContain('data-continue');
      expect(scripts.module).toContain('data-continue');
    });
  });

if (dist)
  describe('the built site', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory()
          ? name === 'pagefind'
            ? []
            : walk(path)
          : path.endsWith('.html')
            ? [path]
            : [];
      });

    it('has no page whose first paint waits for a stylesheet or a script in its head, or lacks its progress', async () => {
      const scripts = await headScripts();
      const files = walk(dist);
      expect(files.length).toBeGreaterThan(30);
      const problems = files.flatMap((file) =>
        renderPathProblems(readFileSync(file, 'utf8'), scripts).map((problem) => `${relative(dist, file)}: ${problem}`),
      );
      expect(problems).toEqual([]);
    });
  });
