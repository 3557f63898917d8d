/**
 * Checks a SCORM 1.2 package as an LMS would receive it: unzipped, from its manifest down to the
 * URLs in every file (the checks are defined in scorm-check.mjs).
 *
 * `npm test` runs this file a second time, after `npm run package:scorm`, with SCORM_ZIP set to
 * the real package (src/scripts/test-all.mjs). Without SCORM_ZIP (`vitest run src`) it checks a
 * package made by the same steps from a small site shaped like the real build output.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_BASE as B, rewriteSite, zipPackage } from './scorm-package.mjs';
import {
  cssUrls,
  htmlBases,
  htmlUrls,
  jsImports,
  readManifest,
  resolveInPackage,
  rootAbsoluteUrls,
  topLevelNames,
} from './scorm-check.mjs';
import { externalLinks } from './site-content.mjs';

/** A built site in miniature, with the placeholder base where Astro and Vite put the base. */
function fixtureZip(): Uint8Array {
  const page = (path: string, body: string) =>
    `<!doctype html><html lang="en"><head><link rel="icon" href="${B}favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="${B}_astro/index.css"></head>` +
    `<body data-base="${B}"><a class="brand" href="${B}">Home</a> <a href="${B}glossary/">Glossary</a>${body}` +
    `<script type="module" src="${B}_astro/BaseLayout.js"></script></body></html>` +
    `<!-- ${path} -->`;
  const site = new Map<string, string>([
    ['index.html', page('index.html', `<a href="${B}units/paths/">Paths</a>`)],
    ['404.html', page('404.html', '')],
    ['lms/index.html', page('lms', `<iframe title="Co-management Lab"></iframe>`)],
    ['glossary/index.html', page('glossary', '<dl id="intune"></dl>')],
    [
      'units/paths/index.html',
      page(
        'units/paths',
        `<a href="../../glossary/#intune">Intune</a>` +
          `<a href="https://learn.microsoft.com/intune/configmgr/comanage/overview" rel="noopener noreferrer" target="_blank">What is co-management?<span class="visually-hidden"> (opens in a new tab)</span></a>` +
          `<astro-island component-url="${B}_astro/QuizIsland.js" renderer-url="${B}_astro/client.js" ` +
          `props="{&quot;source&quot;:[0,{&quot;href&quot;:[0,&quot;${B}units/paths/#h&quot;]}],&quot;base&quot;:[0,&quot;${B}&quot;]}"></astro-island>`,
      ),
    ],
    ['favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
    ['_astro/index.css', 'body{margin:0}'],
    ['_astro/BaseLayout.js', `import"./islands.js";A||import("${B}_astro/search-entry.js")`],
    ['_astro/search-entry.js', 'export{}'],
    ['_astro/islands.js', `const m=["_astro/Feedback.js"];export const p=function(e){return"${B}"+e};`],
    ['_astro/QuizIsland.js', 'import{p}from"./islands.js";l(()=>import("./Feedback.js"))'],
    ['_astro/Feedback.js', 'export{}'],
    ['_astro/client.js', 'export{}'],
    ['pagefind/pagefind.js', 'let basePath=opts.basePath||"/pagefind/";'],
    ['pagefind/pagefind-ui.js', 'ui'],
  ]);
  return zipPackage(rewriteSite(site).files, {
    identifier: 'co-management-lab',
    title: 'Co-management Lab',
    masteryScore: 80,
  }).zip;
}

const zipPath = process.env.SCORM_ZIP;
const entries = unzipSync(zipPath ? new Uint8Array(readFileSync(zipPath)) : fixtureZip());
const paths = Object.keys(entries).filter((path) => !path.endsWith('/'));
const shipped = paths.filter((path) => path !== 'imsmanifest.xml');
const text = (path: string) => strFromU8(entries[path]!);
const manifest = readManifest(text('imsmanifest.xml'));
const inPackage = new Set(paths);
const readable = shipped.filter((path) => /\.(?:html|css|m?js)$/.test(path));

describe(`the SCORM 1.2 package (${zipPath ?? 'built from a fixture site'})`, () => {
  it('has imsmanifest.xml at the root, ADL SCORM 1.2, with both namespaces', () => {
    expect(manifest.schema).toBe('ADL SCORM');
    expect(manifest.schemaversion).toBe('1.2');
    expect(manifest.namespaces).toEqual(
      expect.arrayContaining([
        'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
        'http://www.adlnet.org/xsd/adlcp_rootv1p2',
      ]),
    );
  });

  it('has one organization with one item, a mastery score, pointing at the one SCO, whose launch file is in the zip', () => {
    expect(manifest.organizations).toBe(1);
    expect(manifest.items).toHaveLength(1);
    const [item] = manifest.items;
    expect(item?.title).toBe('Co-management Lab');
    expect(item?.masteryscore).toBe('80');
    const scos = manifest.resources.filter((resource) => resource.scormtype === 'sco');
    expect(scos).toHaveLength(1);
    expect(scos[0]).toMatchObject({ identifier: item?.identifierref, type: 'webcontent', href: 'lms/index.html' });
    expect(inPackage.has(scos[0]!.href!)).toBe(true);
  });

  it('lists every shipped file, and only files that are in the zip', () => {
    const listed = manifest.resources.flatMap((resource) => resource.files);
    expect(listed.filter((file) => !inPackage.has(file!))).toEqual([]);
    expect(shipped.filter((file) => !listed.includes(file))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('has no root-absolute URL in any HTML, CSS or JavaScript file', () => {
    const names = topLevelNames(shipped);
    expect(readable.flatMap((path) => rootAbsoluteUrls(path, text(path), names))).toEqual([]);
  });

  it('links and loads only files that are in the package, naming index.html for a page', () => {
    const targets = (path: string) =>
      path.endsWith('.html')
        ? htmlUrls(text(path)).map((url) => ({ url, file: resolveInPackage(path, url) }))
        : path.endsWith('.css')
          ? cssUrls(text(path)).map((url) => ({ url, file: resolveInPackage(path, url) }))
          : jsImports(path, text(path)).map((file) => ({ url: file, file }));
    const missing = readable.flatMap((path) =>
      targets(path)
        .filter(({ file }) => file !== null && (file === undefined || !inPackage.has(file)))
        .map(({ url }) => `${path}: ${url}`),
    );
    expect(missing).toEqual([]);
  });

  // The course runs in the LMS's frame, and Microsoft Learn refuses to be shown in another site's
  // frame: a link that navigated the frame would leave an error where the course was.
  it('opens every external link in a new tab, out of the LMS frame', () => {
    const links = shipped
      .filter((path) => path.endsWith('.html'))
      .flatMap((path) => externalLinks(text(path)).map((link) => ({ path, link })));
    if (!zipPath) expect(links).toHaveLength(1);
    expect(
      links
        .filter(({ link }) => link.target !== '_blank')
        .map(({ path, link }) => `${path}: ${link.href} (target ${link.target ?? 'missing'})`),
    ).toEqual([]);
  });

  it('hands every page’s scripts a base that leads to the package root', () => {
    const wrong = shipped
      .filter((path) => path.endsWith('.html'))
      .flatMap((path) => htmlBases(text(path)).map((base) => ({ path, base, root: resolveInPackage(path, base) })))
      .filter(({ base, root }) => root !== '' || !base.endsWith('/'));
    expect(wrong).toEqual([]);
  });
});
