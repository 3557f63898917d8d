import { describe, expect, it } from 'vitest';
import { externalLinkOptions, NEW_TAB_TEXT, rehypeExternalLinksEntry } from './rehype-external-links.mjs';

type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[]; value?: string };
const el = (tagName: string, children: Node[] = [], properties: Record<string, unknown> = {}): Node => ({ type: 'element', tagName, properties, children });
const text = (value: string): Node => ({ type: 'text', value });

describe('rehypeExternalLinksEntry (the lessons\' external links)', () => {
  const [plugin, options] = rehypeExternalLinksEntry;
  const transform = (tree: Node) => (plugin(options) as unknown as (tree: Node) => void)(tree);

  it('opens http and https links in a new tab, without an opener, and says so to screen readers', () => {
    const https = el('a', [text('What is co-management?')], { href: 'https://learn.microsoft.com/intune/configmgr/comanage/overview' });
    const http = el('a', [text('Old')], { href: 'http://example.org/x' });
    const tree: Node = { type: 'root', children: [el('p', [https]), el('ul', [el('li', [http])])] };
    transform(tree);
    for (const link of [https, http]) {
      expect(link.properties).toMatchObject({ target: '_blank', rel: ['noopener', 'noreferrer'] });
      expect(link.children!.at(-1)).toEqual(el('span', [text(' (opens in a new tab)')], { className: ['visually-hidden'] }));
    }
    expect(https.children![0]).toEqual(text('What is co-management?'));
    expect(NEW_TAB_TEXT).toBe(' (opens in a new tab)');
  });

  it('leaves links within the site, fragments and other schemes alone', () => {
    const links = ['../glossary/#intune', '#learn-more', '/units/paths/', 'mailto:someone@contoso.com'].map((href) => el('a', [text(href)], { href }));
    const tree: Node = { type: 'root', children: links };
    transform(tree);
    for (const link of links) {
      expect(link.properties).toEqual({ href: link.properties!.href });
      expect(link.children).toEqual([text(link.properties!.href as string)]);
    }
  });

  it('gives each link its own span (the options object is not shared into the tree)', () => {
    const a = el('a', [], { href: 'https://a.example/' });
    const b = el('a', [], { href: 'https://b.example/' });
    transform({ type: 'root', children: [a, b] });
    expect(a.children![0]).not.toBe(b.children![0]);
    expect(externalLinkOptions.content).toEqual({ type: 'text', value: NEW_TAB_TEXT });
  });
});
