import { describe, expect, it } from 'vitest';
import {
  externalLinkOptions,
  NEW_TAB_TEXT,
  rehypeExternalLinksEntry,
  rehypeListedLinksOnly,
} from './rehype-external-links.mjs';

type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[]; value?: string };
const el = (tagName: string, children: Node[] = [], properties: Record<string, unknown> = {}): Node => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): Node => ({ type: 'text', value });

describe("rehypeExternalLinksEntry (the lessons' external links)", () => {
  const [plugin, options] = rehypeExternalLinksEntry;
  const transform = (tree: Node) => (plugin(options) as unknown as (tree: Node) => void)(tree);

  it('opens http and https links in a new tab, without an opener, and says so to screen readers', () => {
    const https = el('a', [text('What is co-management?')], {
      href: 'https://learn.microsoft.com/intune/configmgr/comanage/overview',
    });
    const http = el('a', [text('Old')], { href: 'http://example.org/x' });
    const tree: Node = { type: 'root', children: [el('p', [https]), el('ul', [el('li', [http])])] };
    transform(tree);
    for (const link of [https, http]) {
      expect(link.properties).toMatchObject({ target: '_blank', rel: ['noopener', 'noreferrer'] });
      expect(link.children!.at(-1)).toEqual(
        el('span', [text(' (opens in a new tab)')], { className: ['visually-hidden'], dataPagefindIgnore: '' }),
      );
    }
    expect(https.children![0]).toEqual(text('What is co-management?'));
    expect(NEW_TAB_TEXT).toBe(' (opens in a new tab)');
  });

  it('leaves links within the site, fragments and other schemes alone', () => {
    const links = ['../glossary/#intune', '#learn-more', '/units/paths/', 'mailto:someone@contoso.com'].map((href) =>
      el('a', [text(href)], { href }),
    );
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

describe("rehypeListedLinksOnly (the build's check of lesson links against content/learn-links.yaml)", () => {
  const listed = 'https://learn.microsoft.com/intune/configmgr/comanage/overview';
  const failures: { message: string; node: unknown }[] = [];
  const file = { fail: (message: string, node: unknown) => failures.push({ message, node }) };
  const check = (tree: Node) => {
    failures.length = 0;
    (rehypeListedLinksOnly({ allowed: [listed] }) as unknown as (tree: Node, file: unknown) => void)(tree, file);
    return failures.map((failure) => failure.message);
  };

  it('passes listed addresses and links within the site', () => {
    const tree: Node = {
      type: 'root',
      children: [
        el('p', [
          el('a', [text('x')], { href: listed }),
          el('a', [], { href: '../paths/#h' }),
          el('a', [], { href: '#top' }),
          el('a', [], { href: 'mailto:a@b.c' }),
        ]),
      ],
    };
    expect(check(tree)).toEqual([]);
  });

  it('fails on any other external address, naming it and the list, at the link', () => {
    const localised = el('a', [text('x')], {
      href: 'https://learn.microsoft.com/en-us/intune/configmgr/comanage/overview',
    });
    expect(check({ type: 'root', children: [el('ul', [el('li', [localised])])] })).toEqual([
      'links to https://learn.microsoft.com/en-us/intune/configmgr/comanage/overview, which is not on content/learn-links.yaml: use an address exactly as listed there, or add the page to the list first',
    ]);
    expect(failures[0]!.node).toBe(localised);
    expect(
      check({
        type: 'root',
        children: [
          el('a', [], { href: `${listed}/` }),
          el('a', [], { href: '//example.com/x' }),
          el('a', [], { href: 'HTTP://example.com' }),
        ],
      }),
    ).toHaveLength(3);
  });
});
