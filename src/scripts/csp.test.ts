/**
 * The Content-Security-Policy build step (`csp.mjs`): what it hashes, where it writes the policy,
 * and what it refuses. The e2e spec (e2e/csp.spec.ts) shows the policy at work in a browser.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blockedAttributes, cspHash, cspProblems, inlineCode, policyFor, withCsp } from './csp.mjs';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title>${head}</head><body>${body}</body></html>`;

describe('inlineCode', () => {
  it('finds inline scripts the browser runs and style elements, exactly as written', () => {
    const html = page(
      '<script>\n  var a = "<b>";\n</script><script type="module" src="/_astro/a.js"></script><style>x{y:z}</style>',
      '<!-- <script>commented()</script> --><script type="application/json">{"a":1}</script><script type="module">import "/b.js";</script><script type="text/javascript">c()</script>',
    );
    expect(inlineCode(html)).toEqual({
      scripts: ['\n  var a = "<b>";\n', 'import "/b.js";', 'c()'],
      styles: ['x{y:z}'],
    });
  });
});

describe('policyFor', () => {
  it("allows 'self', WASM and each inline script and style by hash, once, and nothing inline or eval", () => {
    const policy = policyFor({ scripts: ['a()', 'b()', 'a()'], styles: ['s{}'] });
    expect(policy).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha('a()')} ${sha('b()')}; style-src 'self' ${sha('s{}')}; object-src 'none'; base-uri 'self'; form-action 'self'`,
    );
    expect(cspHash('a()')).toBe(sha('a()'));
    expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });
});

describe('withCsp', () => {
  it('writes the policy right after <meta charset>, before every script, and the result checks out', () => {
    const html = page(
      '<script>theme()</script><link rel="stylesheet" href="/a.css">',
      '<style>i{}</style><script>island()</script>',
    );
    const out = withCsp(html);
    expect(out.indexOf('http-equiv="content-security-policy"')).toBeGreaterThan(out.indexOf('<meta charset="utf-8">'));
    expect(out.indexOf('http-equiv="content-security-policy"')).toBeLessThan(out.indexOf('<script'));
    expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha('theme()')} ${sha('island()')};`);
    expect(out).toContain(`style-src 'self' ${sha('i{}')};`);
    expect(cspProblems(out)).toEqual([]);
  });

  it('refuses style attributes and inline event handlers in the markup, naming them, but not in text or attribute values', () => {
    expect(() =>
      withCsp(page('', '<div class="a" style="top:0">x</div><img src="x" onerror="y()">'), 'units/a/index.html'),
    ).toThrow(
      /units\/a\/index\.html: .* 2 inline style or event handler attribute\(s\), e\.g\. <div style="top:0"> <img onerror="y\(\)">/,
    );
    const harmless = page(
      '<script>var s = "<p style=x>";</script>',
      '<p title="a style=b" data-x=\'onclick=1\'>style="top:0" is text</p><pre>&lt;p style="x"&gt;</pre>',
    );
    expect(blockedAttributes(harmless)).toEqual([]);
    expect(() => withCsp(harmless)).not.toThrow();
  });

  it('refuses a page that already has a policy or has no head', () => {
    expect(() => withCsp(withCsp(page('')))).toThrow(/already has/);
    expect(() => withCsp('<p>x</p>')).toThrow(/no <head>/);
  });
});

describe('cspProblems', () => {
  it('names a missing or doubled policy, anything before it, and an inline script or style it does not allow', () => {
    expect(cspProblems(page(''))).toEqual(['0 Content-Security-Policy meta tags']);
    const good = withCsp(page('<script>a()</script>'));
    expect(cspProblems(good.replace('a()', 'b()'))).toEqual([
      expect.stringMatching(/^script-src lacks 'sha256-.*' for "b\(\)"$/),
    ]);
    expect(cspProblems(good.replace('<head>', '<head><style>x{}</style>'))).toEqual([
      'a script, style or stylesheet comes before the policy',
      expect.stringMatching(/^style-src lacks/),
    ]);
  });
});
