import { describe, expect, it } from 'vitest';
import {
  htmlBases,
  htmlUrls,
  jsImports,
  readManifest,
  resolveInPackage,
  rootAbsoluteInCss,
  rootAbsoluteUrls,
  topLevelNames,
} from './scorm-check.mjs';
import { manifestXml } from './scorm-package.mjs';

const names = topLevelNames([
  'index.html',
  '404.html',
  'favicon.svg',
  '_astro/a.js',
  'pagefind/pagefind.js',
  'units/paths/index.html',
  'glossary/index.html',
]);

describe('topLevelNames', () => {
  it('lists the files and folders at the package root', () => {
    expect(names).toEqual(['404.html', '_astro', 'favicon.svg', 'glossary', 'index.html', 'pagefind', 'units']);
  });
});

// The snippets below are copied from `npm run build` output (dist/, served at /): each is a
// root-absolute URL, so the check fails on that build.
describe('rootAbsoluteUrls on the web build', () => {
  it('finds the URLs of a page: links, stylesheet, script, island, data-base and island props', () => {
    const html = [
      '<link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/_astro/index.Ca5pIfB9.css"></head>',
      '<body data-base="/" data-unit="paths"><a class="brand" href="/">Home</a> <a class="term" href="/glossary/#intune">Intune</a>',
      '<astro-island uid="Z1hFp0b" component-url="/_astro/QuizIsland.DtEbxIvr.js" component-export="default" renderer-url="/_astro/client.Wyj7FrVQ.js" props="{&quot;source&quot;:[0,{&quot;href&quot;:[0,&quot;/units/paths/#what-happens-next&quot;]}],&quot;base&quot;:[0,&quot;/&quot;]}"></astro-island>',
      '<script type="module" src="/_astro/BaseLayout.astro_astro_type_script_index_0_lang.BD1Sq6fT.js"></script>',
    ].join('');
    expect(rootAbsoluteUrls('units/paths/index.html', html, names)).toEqual([
      'units/paths/index.html: href="/favicon.svg"',
      'units/paths/index.html: href="/_astro/index.Ca5pIfB9.css"',
      'units/paths/index.html: data-base="/"',
      'units/paths/index.html: href="/"',
      'units/paths/index.html: href="/glossary/#intune"',
      'units/paths/index.html: component-url="/_astro/QuizIsland.DtEbxIvr.js"',
      'units/paths/index.html: renderer-url="/_astro/client.Wyj7FrVQ.js"',
      'units/paths/index.html: src="/_astro/BaseLayout.astro_astro_type_script_index_0_lang.BD1Sq6fT.js"',
      'units/paths/index.html: props "/units/paths/#what-happens-next"',
      'units/paths/index.html: props "/"',
    ]);
  });

  it('finds Vite’s preload base and the site script’s search import', () => {
    expect(
      rootAbsoluteUrls(
        '_astro/islands.BiZep7sg.js',
        'n=e(_.map(e=>{if((e=function(e){return"/"+e}(e))in we)return;',
        names,
      ),
    ).toEqual(['_astro/islands.BiZep7sg.js: "/"+']);
    expect(
      rootAbsoluteUrls(
        '_astro/BaseLayout.js',
        'U.addEventListener("click",()=>{b($,U),A||import("/_astro/search-entry-CBYusDVR.js"),A=!0})',
        names,
      ),
    ).toEqual([
      '_astro/BaseLayout.js: "/_astro/search-entry-CBYusDVR.js"',
      '_astro/BaseLayout.js: import("/_astro/search-entry-CBYusDVR.js"',
    ]);
  });

  it('finds page paths, srcset candidates, og: meta, inline scripts and styles', () => {
    const html = [
      '<meta property="og:url" content="/units/paths/"><meta name="description" content="/ is the root">',
      '<img srcset="a.png 1x, /img/b.png 2x" alt="">',
      '<script>location.href="/units/paths/"</script><style>.a{background:url("/img/a.svg")}</style>',
      '<div style="background:url(/img/c.svg)"></div>',
    ].join('');
    expect(rootAbsoluteUrls('index.html', html, names)).toEqual([
      'index.html: srcset="/img/b.png"',
      'index.html: content="/units/paths/"',
      'index.html: "/units/paths/"',
      'index.html: url("/img/a.svg")',
      'index.html: url(/img/c.svg)',
    ]);
  });
});

describe('rootAbsoluteUrls on the package', () => {
  it('finds nothing in relative HTML, CSS and JavaScript', () => {
    const html =
      '<link rel="stylesheet" href="../../_astro/index.css"><body data-base="../../"><a href="../../units/paths/index.html#x">x</a><a href="https://learn.microsoft.com/">docs</a><a href="//cdn.example/x">cdn</a>' +
      '<astro-island component-url="../../_astro/Quiz.js" props="{&quot;base&quot;:[0,&quot;../../&quot;],&quot;text&quot;:[0,&quot;a/b&quot;]}"></astro-island>';
    expect(rootAbsoluteUrls('units/paths/index.html', html, names)).toEqual([]);
    expect(
      rootAbsoluteUrls(
        '_astro/islands.js',
        'return new URL("../",import.meta.url).href+e;import("./Feedback.js");s.split("/")',
        names,
      ),
    ).toEqual([]);
    expect(rootAbsoluteInCss('.a{background:url(../img/a.svg)}.b{background:url(data:image/svg+xml,x)}')).toEqual([]);
  });

  it('allows Pagefind’s default base path and the share-link path, each only in its own file', () => {
    const pagefind = 'let basePath=opts.basePath||"/pagefind/";let primary=opts.primary||false;';
    expect(rootAbsoluteUrls('pagefind/pagefind.js', pagefind, names)).toEqual([]);
    expect(rootAbsoluteUrls('_astro/other.js', pagefind, names)).toEqual(['_astro/other.js: "/pagefind/"']);
    expect(rootAbsoluteUrls('_astro/share-link.SWNcTohQ.js', 'return`/scenarios/${e}/#s=${t}`}', names)).toEqual([]);
    expect(rootAbsoluteUrls('_astro/console-later.aRnLEI0-.js', 'return`/scenarios/${e}/#s=${t}`}', names)).toEqual([]);
  });
});

describe('resolveInPackage', () => {
  it('resolves a relative URL from a file to a package path', () => {
    expect(resolveInPackage('units/paths/index.html', '../../glossary/index.html#intune')).toBe('glossary/index.html');
    expect(resolveInPackage('units/paths/index.html', '../../')).toBe('');
    expect(resolveInPackage('_astro/a.js', './b.js?v=1')).toBe('_astro/b.js');
  });

  it('tells a URL that leaves the package or the page apart', () => {
    expect(resolveInPackage('units/paths/index.html', '../../../x.html')).toBeUndefined();
    expect(resolveInPackage('index.html', 'https://learn.microsoft.com/')).toBeNull();
    expect(resolveInPackage('index.html', '#main')).toBeNull();
    expect(resolveInPackage('index.html', 'mailto:a@b.c')).toBeNull();
  });
});

describe('htmlUrls, htmlBases and jsImports', () => {
  it('collects what a page links to and the bases it hands its scripts', () => {
    const html =
      '<a href="../a/index.html">a</a><img src="x.png" srcset="y.png 2x"><body data-base="../../">' +
      '<astro-island component-url="../../_astro/Q.js" renderer-url="../../_astro/c.js" props="{&quot;href&quot;:[0,&quot;../b/index.html#h&quot;],&quot;base&quot;:[0,&quot;../../&quot;]}">';
    expect(htmlUrls(html)).toEqual([
      '../a/index.html',
      'x.png',
      '../../_astro/Q.js',
      '../../_astro/c.js',
      'y.png',
      '../b/index.html#h',
    ]);
    expect(htmlBases(html)).toEqual(['../../', '../../']);
  });

  it('collects a module’s relative imports and the files its preload lists name', () => {
    const js =
      'import{a}from"./islands.js";l(()=>import("./Feedback.js"),__vite__mapDeps([0]));m.f=["_astro/Feedback.js","_astro/islands.js"]';
    expect(jsImports('_astro/Quiz.js', js)).toEqual(['_astro/islands.js', '_astro/Feedback.js']);
  });
});

describe('readManifest', () => {
  it('reads back what manifestXml writes', () => {
    const xml = manifestXml({
      identifier: 'lab',
      title: 'Q&A',
      masteryScore: 80,
      files: ['lms/index.html', 'a&b.txt'],
    });
    expect(readManifest(xml)).toEqual({
      namespaces: ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'http://www.adlnet.org/xsd/adlcp_rootv1p2'],
      schema: 'ADL SCORM',
      schemaversion: '1.2',
      organizations: 1,
      items: [{ identifier: 'lab-item', identifierref: 'lab-sco', title: 'Q&A', masteryscore: '80' }],
      resources: [
        {
          identifier: 'lab-sco',
          type: 'webcontent',
          scormtype: 'sco',
          href: 'lms/index.html',
          files: ['a&b.txt', 'lms/index.html'],
        },
      ],
    });
  });
});
