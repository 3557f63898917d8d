/**
 * Safe by construction (architecture.md): no source file renders a string as markup. `set:html`,
 * `innerHTML`, `outerHTML`, `insertAdjacentHTML`, `document.write` and `dangerouslySetInnerHTML`
 * are allowed only in the files listed here, each for build-time, trusted content. Text from a
 * learner, a share link or saved progress is always rendered as text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(process.cwd(), 'src');
const RAW_HTML =
  /\bset:html\b|\.innerHTML\b|\.outerHTML\s*=|\binsertAdjacentHTML\b|\bdocument\.write(?:ln)?\s*\(|\bdangerouslySetInnerHTML\b/;
/** Files that may render trusted, build-time markup, with the reason. */
const ALLOWED: Readonly<Record<string, string>> = {
  'src/components/site/ThemeScript.astro': 'inlines theme-script.js, our own file minified at build time',
  'src/components/island-client.ts':
    "keeps an island slot's server-rendered HTML (Astro's own StaticHtml, as in @astrojs/preact)",
  'src/components/island-element.js':
    "reads an island's slots' server-rendered HTML to pass them to the renderer, as Astro's own element does",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|astro|mjs|js)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('raw HTML in the source', () => {
  const files = sourceFiles(SRC);

  it('reads the whole source tree', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('appears nowhere outside the allowlist', () => {
    const found = files.flatMap((file) => {
      const name = relative(process.cwd(), file);
      if (ALLOWED[name]) return [];
      return readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (RAW_HTML.test(line) ? [`${name}:${index + 1}: ${line.trim()}`] : []));
    });
    expect(found).toEqual([]);
  });

  it('would catch each way of rendering a string as markup', () => {
    for (const sample of [
      '<div set:html={x} />',
      'el.innerHTML = x',
      'el.outerHTML = x',
      'el.insertAdjacentHTML("beforeend", x)',
      'document.write(x)',
      '<div dangerouslySetInnerHTML={{ __html: x }} />',
    ]) {
      expect(RAW_HTML.test(sample), sample).toBe(true);
    }
    expect(RAW_HTML.test('el.textContent = x')).toBe(false);
  });
});
