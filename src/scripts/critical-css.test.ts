/**
 * The build step that inlines each page's critical CSS and defers its stylesheets
 * (`critical-css.mjs`), on a small planted site.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFERRED_ATTRIBUTE, inlineCriticalCss, withoutLaterRules } from './critical-css.mjs';
import { renderPathProblems } from './render-path.mjs';

const dist = mkdtempSync(join(tmpdir(), 'critical-css-'));
mkdirSync(join(dist, '_astro'));
mkdirSync(join(dist, 'units', 'a'), { recursive: true });
writeFileSync(
  join(dist, '_astro', 'site.css'),
  '@font-face{font-family:Face;src:url(/_astro/face.woff2)}:root{--heading:Face}h1{font-family:var(--heading)}.used{color:red}.unused-anywhere{color:blue}@media (min-width:60em){.used{margin:0}}dialog[open] .inside{color:green}:root[data-theme=dark]{--bg:#000}html.js .js-only{display:block}.unit[data-done] .badge{color:green}@media (min-width:48em){html.big{font-size:120%}}html.other{color:red}.in-dialog{color:teal}.in-popover{color:olive}.in-hidden{color:navy}.lab-mark{color:maroon}',
);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const page = (href: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title><script>theme()</script><link rel="stylesheet" href="${href}"></head><body><main><p class="used">x</p></main></body></html>`;

describe('critical CSS', () => {
  it('inlines the rules that match the page and defers the sheet without an event handler', async () => {
    const html = await inlineCriticalCss(page('/_astro/site.css'), { distDir: dist, file: join(dist, 'index.html') });
    const style = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('');
    expect(style).toContain('.used{color:red}');
    expect(style).toContain('@media (min-width:60em){.used{margin:0}}');
    expect(style).not.toContain('unused-anywhere');
    expect(html).toMatch(
      new RegExp(`<link rel="stylesheet" href="/_astro/site.css" media="print" ${DEFERRED_ATTRIBUTE}>`),
    );
    expect(html).toContain('<noscript><link rel="stylesheet" href="/_astro/site.css"></noscript>');
    expect(html).not.toMatch(/onload=/);
    expect(renderPathProblems(html, { theme: 'theme()', marks: 'theme()', module: 'theme()' })).toEqual([]);
  });

  it('reads a relative link from the page folder (the SCORM package writes ../../_astro/…)', async () => {
    const html = await inlineCriticalCss(page('../../_astro/site.css'), {
      distDir: dist,
      file: join(dist, 'units', 'a', 'index.html'),
    });
    expect(html).toContain('.used{color:red}');
  });

  it('inlines the rules for states the head script sets before first paint: the theme, scripting, done marks', async () => {
    const body =
      '<main><p class="used">x</p><p class="js-only">s</p><ol><li class="unit" data-unit-item="a"><span class="badge">1</span></li></ol></main>';
    const html = await inlineCriticalCss(page('/_astro/site.css').replace('<main><p class="used">x</p></main>', body), {
      distDir: dist,
      file: join(dist, 'index.html'),
    });
    expect(html).toContain(':root[data-theme=dark]{--bg:#000}');
    expect(html).toContain('html.js .js-only{display:block}');
    expect(html).toContain('.unit[data-done] .badge{color:green}');
    expect(html).toContain(body);
    // A page without a unit's done mark does not carry its rules.
    const plain = await inlineCriticalCss(page('/_astro/site.css'), { distDir: dist, file: join(dist, 'index.html') });
    expect(plain).not.toContain('[data-done]');
  });

  it('inlines the rules for the document element itself, which Beasties cannot match', async () => {
    const html = await inlineCriticalCss(page('/_astro/site.css'), { distDir: dist, file: join(dist, 'index.html') });
    expect(html).toContain('@media (min-width:48em){html.big{font-size:120%}}');
    expect(html).toContain('html.other{color:red}');
  });

  it("keeps every font face of the page's sheets inline, also one named through a custom property", async () => {
    const html = await inlineCriticalCss(page('/_astro/site.css'), { distDir: dist, file: join(dist, 'index.html') });
    expect(html).toContain('@font-face{font-family:Face;src:url(/_astro/face.woff2)}');
  });

  it("reads an address under the site's base (the SCORM build's placeholder) from the build", async () => {
    const html = await inlineCriticalCss(page('/__scorm_base__/_astro/site.css'), {
      distDir: dist,
      file: join(dist, 'units', 'a', 'index.html'),
      base: '/__scorm_base__/',
    });
    expect(html).toContain('.used{color:red}');
  });

  it('chooses the rules on the page as its first paint shows it: not for a closed dialog or a popover marked after-first-paint', async () => {
    const body =
      '<main><p class="used">x</p><dialog><p class="in-dialog">d</p></dialog><span popover data-after-first-paint><b class="in-popover">p</b></span></main>';
    const html = await inlineCriticalCss(page('/_astro/site.css').replace('<main><p class="used">x</p></main>', body), {
      distDir: dist,
      file: join(dist, 'index.html'),
    });
    expect(html).toContain('.used{color:red}');
    expect(html).not.toContain('.in-dialog{');
    expect(html).not.toContain('.in-popover{');
    // The page itself keeps its markup, byte for byte, around the new tags.
    expect(html).toContain(body);
    const open = await inlineCriticalCss(
      page('/_astro/site.css').replace(
        '<main><p class="used">x</p></main>',
        '<main><dialog open><p class="in-dialog">d</p></dialog></main>',
      ),
      { distDir: dist, file: join(dist, 'index.html') },
    );
    expect(open).toContain('.in-dialog{color:teal}');
  });

  it('chooses no rule for a hidden element, but for one the head script may show before first paint (a lab mark)', async () => {
    const body =
      '<main><p class="used">x</p><div hidden><p class="in-hidden">r</p></div><span class="lab-mark" data-lab="a" data-done="self" hidden>Lab done</span></main>';
    const html = await inlineCriticalCss(page('/_astro/site.css').replace('<main><p class="used">x</p></main>', body), {
      distDir: dist,
      file: join(dist, 'index.html'),
    });
    expect(html).not.toContain('.in-hidden{');
    expect(html).toContain('.lab-mark{color:maroon}');
    expect(html).toContain(body);
  });

  it('refuses a sheet outside the build', async () => {
    await expect(
      inlineCriticalCss(page('../../../elsewhere.css'), {
        distDir: dist,
        file: join(dist, 'units', 'a', 'index.html'),
      }),
    ).rejects.toThrow(/outside the build/);
  });

  it('leaves out what no first paint on a screen uses: print rules and pointer states; keeps focus states', () => {
    const css =
      '.a{color:red}.a:hover,.b{color:blue}.c:active{color:green}@media print{.a{display:none}}.d:focus-visible{outline:2px solid}@media (min-width:60em){.e:hover{color:red}}';
    expect(withoutLaterRules(css)).toBe('.a{color:red}.b{color:blue}.d:focus-visible{outline:2px solid}');
  });

  it('leaves a page without stylesheets as it is', async () => {
    const html = '<!doctype html><html lang="en"><head><title>T</title></head><body><main></main></body></html>';
    expect(await inlineCriticalCss(html, { distDir: dist, file: join(dist, 'index.html') })).toBe(html);
  });
});
