/**
 * The Content-Security-Policy of every built page, read from dist/ without a browser (SITE_DIST,
 * set by npm test after the build): one policy, before every script and style, strict (script-src
 * 'self', hashes of the page's own inline scripts and 'wasm-unsafe-eval' for Pagefind, nothing
 * unsafe; default-src 'self'; object-src 'none'). That the browser enforces it, with no violation
 * while each page hydrates, is e2e/pages.spec.ts's desktop pass.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspProblems } from './csp.mjs';
import { attributeOf, elementsByTag, parseHtml } from './html.mjs';

const dist = process.env.SITE_DIST;

/** The policy's directives, by name, each as its list of sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** What is wrong with a page's policy, beyond cspProblems (count, place, hashes): its strictness. */
function strictnessProblems(html: string): string[] {
  const meta = elementsByTag(parseHtml(html), 'meta').find(
    (element) => attributeOf(element, 'http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  const policy = directives((meta && attributeOf(meta, 'content')) ?? '');
  const scriptSrc = policy.get('script-src') ?? [];
  const problems: string[] = [];
  for (const needed of ["'self'", "'wasm-unsafe-eval'"])
    if (!scriptSrc.includes(needed)) problems.push(`script-src lacks ${needed}`);
  if (!scriptSrc.some((source) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source))) problems.push('script-src has no hash');
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'"])
    if (scriptSrc.includes(unsafe)) problems.push(`script-src allows ${unsafe}`);
  if (policy.get('style-src')?.includes("'unsafe-inline'")) problems.push("style-src allows 'unsafe-inline'");
  if (policy.get('default-src')?.join(' ') !== "'self'")
    problems.push(`default-src is ${policy.get('default-src')?.join(' ')}`);
  if (policy.get('object-src')?.join(' ') !== "'none'")
    problems.push(`object-src is ${policy.get('object-src')?.join(' ')}`);
  return problems;
}

const page = (policy: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}"><title>T</title></head><body></body></html>`;
const STRICT =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAAA'; style-src 'self'; object-src 'none'";

if (!dist)
  describe('the policy rules', () => {
    it('pass a strict policy and name each loosening', () => {
      expect(strictnessProblems(page(STRICT))).toEqual([]);
      expect(strictnessProblems(page(STRICT.replace("'wasm-unsafe-eval'", "'unsafe-eval'")))).toEqual([
        "script-src lacks 'wasm-unsafe-eval'",
        "script-src allows 'unsafe-eval'",
      ]);
      expect(strictnessProblems(page(STRICT.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")))).toEqual([
        "style-src allows 'unsafe-inline'",
      ]);
      expect(strictnessProblems(page(STRICT.replace("object-src 'none'", '')))).toEqual(['object-src is undefined']);
      expect(strictnessProblems(page(STRICT.replace(" 'sha256-AAAA'", '')))).toEqual(['script-src has no hash']);
    });
  });

if (dist)
  describe('the built site', () => {
    it('has one strict policy on every page, before every script and style', () => {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : walk(path);
          return name.endsWith('.html') ? [path] : [];
        });
      const files = walk(dist);
      expect(files.length).toBeGreaterThan(30);
      const problems = files.flatMap((file) => {
        const html = readFileSync(file, 'utf8');
        return [...cspProblems(html), ...strictnessProblems(html)].map(
          (problem) => `${relative(dist, file)}: ${problem}`,
        );
      });
      expect(problems).toEqual([]);
    });
  });
