import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LEARN_LINKS_FILE, LearnLinksSchema, loadLearnLinks } from './learn-links';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OVERVIEW = 'https://learn.microsoft.com/intune/configmgr/comanage/overview';

/** The messages zod gives for a list holding one link with this url, as `path: message`. */
function problems(url: string, extra: Record<string, unknown> = {}): string[] {
  const result = LearnLinksSchema.safeParse({ links: [{ url, title: 'A page', ...extra }] });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('content/learn-links.yaml', () => {
  it('is a valid list holding the pages the units rest on', () => {
    const { links } = loadLearnLinks(ROOT);
    const urls = links.map((link) => link.url);
    expect(urls).toContain(OVERVIEW);
    expect(urls).toContain('https://learn.microsoft.com/intune/intune-service/fundamentals/unlicensed-admins');
    expect(urls).toContain('https://learn.microsoft.com/intune/configmgr/comanage/tutorial-co-manage-clients');
    expect(urls).toContain('https://learn.microsoft.com/intune/configmgr/comanage/tutorial-co-manage-new-devices');
    expect(urls).toContain(
      'https://learn.microsoft.com/intune/intune-service/fundamentals/deployment-guide-intune-setup',
    );
    expect(links.find((link) => link.url === OVERVIEW)?.title).toBe('What is co-management?');
  });
});

describe('LearnLinksSchema', () => {
  it('accepts an address in its one form', () => {
    expect(problems(OVERVIEW)).toEqual([]);
    expect(problems(OVERVIEW, { covers: 'the overview' })).toEqual([]);
  });

  it('refuses every other form of an address, saying why', () => {
    expect(problems('http://learn.microsoft.com/intune/configmgr/comanage/overview')).toEqual([
      'links.0.url: must use https',
    ]);
    expect(problems('https://learn.microsoft.com/en-us/intune/configmgr/comanage/overview')).toEqual([
      "links.0.url: must not name a locale (such as /en-us/): Learn picks the reader's language",
    ]);
    expect(problems(`${OVERVIEW}/`)).toEqual(['links.0.url: must not end with a slash']);
    expect(problems(`${OVERVIEW}?tabs=a`)).toEqual(['links.0.url: must not have a query']);
    expect(problems(`${OVERVIEW}#workloads`)).toEqual(['links.0.url: must not have a fragment']);
    expect(problems('https://docs.microsoft.com/mem/configmgr/comanage/overview')).toEqual([
      'links.0.url: must be on learn.microsoft.com',
    ]);
    expect(problems('https://LEARN.microsoft.com/intune/configmgr/comanage/overview')).toEqual([
      'links.0.url: must be written as https://learn.microsoft.com/intune/configmgr/comanage/overview',
    ]);
    expect(problems('learn.microsoft.com/intune')).toEqual(['links.0.url: Invalid url']);
  });

  it('refuses a link without a title, an unknown key, a duplicate and an empty list', () => {
    expect(problems(OVERVIEW, { title: ' ' })).toHaveLength(1);
    expect(problems(OVERVIEW, { title: ' ' })[0]).toMatch(/^links\.0\.title: /);
    expect(problems(OVERVIEW, { page: 'x' })[0]).toMatch(/^links\.0: Unrecognized key\(s\) in object: 'page'/);
    const twice = LearnLinksSchema.safeParse({
      links: [
        { url: OVERVIEW, title: 'A' },
        { url: OVERVIEW, title: 'B' },
      ],
    });
    expect(twice.success ? [] : twice.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual(
      [`links.1.url: ${OVERVIEW} is listed twice`],
    );
    expect(LearnLinksSchema.safeParse({ links: [] }).success).toBe(false);
  });

  it('loadLearnLinks names the file and the field of each mistake', () => {
    const root = mkdtempSync(join(tmpdir(), 'learn-links-'));
    try {
      mkdirSync(join(root, 'content'));
      writeFileSync(join(root, LEARN_LINKS_FILE), `links:\n  - url: ${OVERVIEW}/\n    title: What is co-management?\n`);
      expect(() => loadLearnLinks(root)).toThrow(`${LEARN_LINKS_FILE}: links.0.url: must not end with a slash`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
