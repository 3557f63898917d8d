import { describe, expect, it } from 'vitest';
import { rehypeScrollableTables } from './rehype-scrollable-tables.mjs';

const el = (tagName: string, children: unknown[] = [], properties: Record<string, unknown> = {}) => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string) => ({ type: 'text', value });

describe('rehypeScrollableTables', () => {
  it('wraps each table in a focusable region named after the heading before it', () => {
    const table = el('table', [el('tr', [el('td', [text('x')])])]);
    const nested = el('table');
    const tree = {
      type: 'root',
      children: [
        el('p', [text('intro')]),
        table,
        el('h2', [text('Workloads '), el('code', [text('WL')])]),
        el('div', [nested]),
      ],
    };
    rehypeScrollableTables()(tree);
    expect(tree.children[1]).toEqual(
      el('div', [table], { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: 'Table: Table' }),
    );
    expect((tree.children[3] as { children: unknown[] }).children[0]).toEqual(
      el('div', [nested], {
        className: ['table-scroll'],
        tabIndex: 0,
        role: 'region',
        ariaLabel: 'Table: Workloads WL',
      }),
    );
  });
});
