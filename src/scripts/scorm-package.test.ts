import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { cspProblems, withCsp } from './csp.mjs';
import {
  LEFT_OUT,
  PLACEHOLDER_BASE as B,
  escapeXml,
  indexFileUrl,
  manifestXml,
  masteryScore,
  rewriteCss,
  rewriteFile,
  rewriteHtml,
  rewriteJs,
  rewriteSite,
  rootPrefix,
  zipPackage,
} from './scorm-package.mjs';

describe('rootPrefix', () => {
  it('returns the way from a file’s folder up to the package root', () => {
    expect(rootPrefix('index.html')).toBe('./');
    expect(rootPrefix('_astro/index.css')).toBe('../');
    expect(rootPrefix('units/paths/index.html')).toBe('../../');
    expect(rootPrefix('present/tenant-attach-only/notes/index.html')).toBe('../../../');
  });
});

describe('indexFileUrl', () => {
  it('adds index.html to a folder URL, before a fragment or query', () => {
    expect(indexFileUrl('../../units/paths/')).toBe('../../units/paths/index.html');
    expect(indexFileUrl('./')).toBe('./index.html');
    expect(indexFileUrl('../../glossary/#tenant-attach')).toBe('../../glossary/index.html#tenant-attach');
    expect(indexFileUrl('../x/?a=b/')).toBe('../x/index.html?a=b/');
  });

  it('leaves file URLs alone', () => {
    expect(indexFileUrl('../../favicon.svg')).toBe('../../favicon.svg');
    expect(indexFileUrl('../404.html#a/')).toBe('../404.html#a/');
  });
});

describe('rewriteHtml', () => {
  it('makes every copy of the base relative to the page and points page links at index.html', () => {
    const html = [
      `<link rel="icon" href="${B}favicon.svg" type="image/svg+xml">`,
      `<link rel="stylesheet" href="${B}_astro/index.Ca5pIfB9.css">`,
      `<body data-base="${B}" data-unit="paths">`,
      `<a class="brand" href="${B}">Home</a> <a href="${B}glossary/">Glossary</a>`,
      `<a class="term" href="${B}glossary/#tenant-attach" title="x">tenant attach</a>`,
      '<a href="../prerequisites/#licensing">licensing</a> <a href="#main">Skip</a> <a href="https://learn.microsoft.com/">Docs</a>',
      `<astro-island component-url="${B}_astro/QuizIsland.DtEbxIvr.js" renderer-url="${B}_astro/client.Wyj7FrVQ.js" props="{&quot;source&quot;:[0,{&quot;href&quot;:[0,&quot;${B}units/paths/#what-happens-next&quot;]}],&quot;base&quot;:[0,&quot;${B}&quot;]}"></astro-island>`,
      `<script type="module" src="${B}_astro/BaseLayout.js"></script>`,
    ].join('\n');
    expect(rewriteHtml(html, 'units/paths/index.html')).toBe(
      [
        '<link rel="icon" href="../../favicon.svg" type="image/svg+xml">',
        '<link rel="stylesheet" href="../../_astro/index.Ca5pIfB9.css">',
        '<body data-base="../../" data-unit="paths">',
        '<a class="brand" href="../../index.html">Home</a> <a href="../../glossary/index.html">Glossary</a>',
        '<a class="term" href="../../glossary/index.html#tenant-attach" title="x">tenant attach</a>',
        '<a href="../prerequisites/index.html#licensing">licensing</a> <a href="#main">Skip</a> <a href="https://learn.microsoft.com/">Docs</a>',
        '<astro-island component-url="../../_astro/QuizIsland.DtEbxIvr.js" renderer-url="../../_astro/client.Wyj7FrVQ.js" props="{&quot;source&quot;:[0,{&quot;href&quot;:[0,&quot;../../units/paths/index.html#what-happens-next&quot;]}],&quot;base&quot;:[0,&quot;../../&quot;]}"></astro-island>',
        '<script type="module" src="../../_astro/BaseLayout.js"></script>',
      ].join('\n'),
    );
  });

  it('uses ./ at the root', () => {
    expect(rewriteHtml(`<a href="${B}">Units</a><body data-base="${B}">`, 'index.html')).toBe(
      '<a href="./index.html">Units</a><body data-base="./">',
    );
  });
});

describe('rewriteHtml and the page policy', () => {
  it("writes the policy again when a rewritten inline style's hash changed (a font face's address)", () => {
    const built = withCsp(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>@font-face{src:url(${B}_astro/f.woff2)}</style></head><body></body></html>`,
    );
    expect(cspProblems(built)).toEqual([]);
    const packaged = rewriteHtml(built, 'units/a/index.html');
    expect(packaged).toContain('url(../../_astro/f.woff2)');
    expect(cspProblems(packaged)).toEqual([]);
  });
});

describe('rewriteCss', () => {
  it('makes url() relative to the stylesheet', () => {
    expect(rewriteCss(`.a{background:url(${B}img/a.svg)}`, '_astro/index.css')).toBe(
      '.a{background:url(../img/a.svg)}',
    );
  });
});

describe('rewriteJs', () => {
  it('turns Vite’s preload base into a URL from the chunk’s own address', () => {
    expect(rewriteJs(`e=function(e){return"${B}"+e}(e)`, '_astro/islands.js')).toBe(
      'e=function(e){return new URL("../",import.meta.url).href+e}(e)',
    );
  });

  it('turns a dynamic import of a built file into one from the chunk’s own address', () => {
    expect(rewriteJs(`A||import("${B}_astro/search-entry-CBYusDVR.js"),A=!0`, '_astro/BaseLayout.js')).toBe(
      'A||import(new URL("../_astro/search-entry-CBYusDVR.js",import.meta.url).href),A=!0',
    );
  });

  it('handles single quotes and templates, and leaves other strings alone', () => {
    expect(rewriteJs(`f('${B}a.js');g(\`${B}units/\${s}/\`);h("/units/")`, '_astro/x.js')).toBe(
      'f(new URL(\'../a.js\',import.meta.url).href);g(new URL(`../units/${s}/`,import.meta.url).href);h("/units/")',
    );
  });
});

describe('rewriteFile', () => {
  it('fails, naming the file, when a copy of the placeholder is left', () => {
    expect(() => rewriteFile('_astro/x.js', `const u="x${B}y"`)).toThrow(
      /^_astro\/x\.js: the placeholder base \/__scorm_base__\/ is left/,
    );
    expect(() => rewriteFile('pagefind/pagefind-entry.json', `{"base":"${B}"}`)).toThrow(
      /^pagefind\/pagefind-entry\.json: /,
    );
  });

  it('leaves files without the placeholder as they are', () => {
    expect(rewriteFile('pagefind/pagefind.js', 'let basePath=opts.basePath||"/pagefind/"')).toBe(
      'let basePath=opts.basePath||"/pagefind/"',
    );
  });
});

describe('rewriteSite', () => {
  it('rewrites text files, copies the rest and names the scripts it changed', () => {
    const wasm = new Uint8Array([0, 97, 115, 109]);
    const { files, changedScripts } = rewriteSite(
      new Map<string, string | Uint8Array>([
        ['index.html', `<a href="${B}units/a/">A</a>`],
        ['_astro/islands.js', new TextEncoder().encode(`return"${B}"+e`)],
        ['_astro/plain.js', 'export const a=1'],
        ['pagefind/wasm.en.pagefind', wasm],
      ]),
    );
    expect(Object.fromEntries(files)).toEqual({
      'index.html': '<a href="./units/a/index.html">A</a>',
      '_astro/islands.js': 'return new URL("../",import.meta.url).href+e',
      '_astro/plain.js': 'export const a=1',
      'pagefind/wasm.en.pagefind': wasm,
    });
    expect(changedScripts).toEqual(['_astro/islands.js']);
  });
});

describe('masteryScore', () => {
  it('turns a pass mark into a whole percentage', () => {
    expect(masteryScore(0.8)).toBe(80);
    expect(masteryScore(0.75)).toBe(75);
    expect(masteryScore(1)).toBe(100);
  });

  it('rejects a pass mark outside 0-1', () => {
    expect(() => masteryScore(80)).toThrow('passMark must be a number from 0 to 1; received 80');
    expect(() => masteryScore(undefined)).toThrow('received undefined');
  });
});

describe('manifestXml', () => {
  it('writes one SCO with the mastery score and every file, escaped and in path order', () => {
    expect(
      manifestXml({
        identifier: 'lab',
        title: 'Q&A <lab>',
        masteryScore: 80,
        files: ['units/a/index.html', 'lms/index.html', 'index.html', 'a&b.txt'],
      }),
    ).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<manifest identifier="lab" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">',
        '  <metadata>',
        '    <schema>ADL SCORM</schema>',
        '    <schemaversion>1.2</schemaversion>',
        '  </metadata>',
        '  <organizations default="lab-org">',
        '    <organization identifier="lab-org">',
        '      <title>Q&amp;A &lt;lab&gt;</title>',
        '      <item identifier="lab-item" identifierref="lab-sco" isvisible="true">',
        '        <title>Q&amp;A &lt;lab&gt;</title>',
        '        <adlcp:masteryscore>80</adlcp:masteryscore>',
        '      </item>',
        '    </organization>',
        '  </organizations>',
        '  <resources>',
        '    <resource identifier="lab-sco" type="webcontent" adlcp:scormtype="sco" href="lms/index.html">',
        '      <file href="a&amp;b.txt"/>',
        '      <file href="index.html"/>',
        '      <file href="lms/index.html"/>',
        '      <file href="units/a/index.html"/>',
        '    </resource>',
        '  </resources>',
        '</manifest>',
        '',
      ].join('\n'),
    );
  });

  it('refuses a package without its launch page and an identifier that is not an XML name', () => {
    expect(() => manifestXml({ identifier: 'lab', title: 't', masteryScore: 80, files: ['index.html'] })).toThrow(
      'the package has no lms/index.html to launch',
    );
    expect(() => manifestXml({ identifier: '1 lab', title: 't', masteryScore: 80, files: ['lms/index.html'] })).toThrow(
      'identifier must be an XML name',
    );
  });

  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('zipPackage', () => {
  const files = new Map<string, string | Uint8Array>([
    ['units/a/index.html', '<p>a</p>'],
    ['index.html', '<p>home</p>'],
    ['lms/index.html', '<p>launch</p>'],
    ['_astro/x.js', 'export{}'],
    ['pagefind/pagefind-ui.js', 'ui'],
    ['pagefind/pagefind.js', 'pf'],
  ]);
  const meta = { identifier: 'lab', title: 'Lab', masteryScore: 80 };

  it('puts the manifest first and the files in path order, without the search UIs the site does not use', () => {
    const { zip, files: packaged } = zipPackage(files, meta);
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual([
      'imsmanifest.xml',
      '_astro/x.js',
      'index.html',
      'lms/index.html',
      'pagefind/pagefind.js',
      'units/a/index.html',
    ]);
    expect(packaged).toEqual([
      '_astro/x.js',
      'index.html',
      'lms/index.html',
      'pagefind/pagefind.js',
      'units/a/index.html',
    ]);
    expect(strFromU8(entries['units/a/index.html']!)).toBe('<p>a</p>');
    expect(strFromU8(entries['imsmanifest.xml']!)).toContain('<file href="pagefind/pagefind.js"/>');
    expect(LEFT_OUT.test('pagefind/pagefind-highlight.js')).toBe(true);
    expect(LEFT_OUT.test('pagefind/pagefind-worker.js')).toBe(false);
  });

  it('makes the same bytes from the same files', () => {
    const first = zipPackage(files, meta).zip;
    const second = zipPackage(new Map([...files].reverse()), meta).zip;
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});
