/**
 * The Nu HTML Checker step (`validate-html.mjs`, `npm run validate:html`), run as `npm test` runs
 * it: a planted invalid page fails the run and is named with its line, valid pages pass. It needs
 * Java: without one these tests fail with the message that says what to install, as the run would.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findJava } from './validate-html.mjs';
import { writeTree } from './test-tree';

const SCRIPT = fileURLToPath(new URL('./validate-html.mjs', import.meta.url));

/** A page as the build writes one, `body` starting on line 5. */
const page = (body: string) =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>A page</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
const VALID = page(
  '<main><h1>Unit 1</h1>\n<p>About <time datetime="PT5M">5 min</time>, from <time datetime="09:30">9:30</time>.</p></main>',
);

/**
 * Runs the validator from `cwd` over `folders`: its exit code and everything it printed. Without
 * Java it throws the message that says what to install, so the test fails rather than skips.
 */
function validate(cwd: string, ...folders: string[]) {
  findJava();
  const result = spawnSync(process.execPath, [SCRIPT, ...folders], { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('validate-html (the Nu HTML Checker over built pages)', () => {
  it('fails on a planted invalid page and names its file, line and column, and nothing on the valid one', () => {
    const root = writeTree('validate-html-', {
      'site/index.html': VALID,
      'site/units/broken/index.html': page(
        '<main><h1>Broken</h1>\n<p>Takes <time datetime="5 minutes">5 min</time>.</p>\n<p><div>A block where a paragraph cannot hold one.</div></p></main>',
      ),
    });
    const { status, output } = validate(root, 'site');
    expect(status).toBe(1);
    const lines = output.trim().split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^site\/units\/broken\/index\.html:6:\d+: Bad value “5 minutes” for attribute “datetime” on element “time”/,
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^site\/units\/broken\/index\.html:7:\d+: .*“p”/));
    expect(output).not.toContain('site/index.html');
    expect(lines.at(-1)).toMatch(/^2 pages, \d+ errors \(/);
  });

  it('passes valid pages with a one-line summary, across folders, leaving out Pagefind’s folder', () => {
    const root = writeTree('validate-html-', {
      'site/index.html': VALID,
      'site/pagefind/ui.html': '<p><div>not ours</div></p>',
      'package/index.html': VALID,
    });
    const { status, output } = validate(root, 'site', 'package');
    expect(output.trim()).toMatch(/^2 pages, 0 errors \(Nu HTML Checker, [\d.]+ s\)$/);
    expect(status).toBe(0);
  });

  it("names but does not fail the checker's messages on valid CSS it does not know yet; any other CSS error fails", () => {
    const modern =
      '<style>.a{container-type:inline-size}@container (min-width:30em){.b{anchor-name:--x;position-area:bottom}}.c{background:linear-gradient(red 0 0)}</style>';
    const root = writeTree('validate-html-', {
      'ok/index.html': page(`<main><h1>Modern CSS</h1></main>`).replace('</title>', `</title>${modern}`),
      'bad/index.html': page(`<main><h1>A typo</h1></main>`).replace('</title>', '</title><style>.a{colr:red}</style>'),
    });
    const ok = validate(root, 'ok');
    expect(ok.status).toBe(0);
    expect(ok.output).toMatch(
      /^Not failed: \d+ message\(s\) on valid CSS the checker does not know yet: container queries/m,
    );
    expect(ok.output).toMatch(/^1 page, 0 errors \(/m);
    const bad = validate(root, 'bad');
    expect(bad.status).toBe(1);
    expect(bad.output).toMatch(/^bad\/index\.html:3:\d+: CSS: “colr”: Property “colr” doesn't exist\./m);
  });

  it('checks dist/ and dist-scorm/ by default, and fails saying so when the package is not built', () => {
    const root = writeTree('validate-html-', { 'dist/index.html': VALID });
    const missing = validate(root);
    expect(missing.status).toBe(1);
    expect(missing.output).toMatch(/dist-scorm\/ does not exist \(npm run package:scorm writes it\)/);

    mkdirSync(join(root, 'dist-scorm'));
    writeFileSync(join(root, 'dist-scorm', 'index.html'), page('<h1>Package</h1><style>p{color:red}</style>'));
    const both = validate(root);
    expect(both.status).toBe(1);
    expect(both.output).toMatch(/^dist-scorm\/index\.html:5:\d+: .*“style”/m);
    expect(both.output).toMatch(/^2 pages, 1 error \(/m);
  });
});

describe('findJava', () => {
  it('says that Java 11 or newer is needed and how to install it, when there is none', () => {
    const empty = writeTree('no-java-', { 'readme.txt': 'no java here' });
    expect(() => findJava({ env: { PATH: empty }, install: false })).toThrow(
      /No java on PATH \(and JAVA_HOME is not set\)\. The Nu HTML Checker \(vnu\.jar\) needs Java 11 or newer\..*apt-get install -y openjdk-17-jre-headless/,
    );
  });

  it("takes JAVA_HOME's java before the one on PATH", () => {
    const home = writeTree('java-home-', { 'bin/java': '#!/bin/sh\n' });
    const onPath = writeTree('java-path-', { java: '#!/bin/sh\n' });
    expect(findJava({ env: { JAVA_HOME: home, PATH: onPath }, install: false })).toBe(join(home, 'bin', 'java'));
    expect(findJava({ env: { PATH: onPath }, install: false })).toBe(join(onPath, 'java'));
  });
});
