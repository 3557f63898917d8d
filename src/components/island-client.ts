/**
 * The browser half of Astro's Preact renderer, in place of `@astrojs/preact/client.js`
 * (astro.config.mjs aliases it): the same hydration of a server-rendered island, its props and its
 * slots, without what no island here uses: islands take plain props, never signals (an island
 * given one stops with an error rather than misbehaving quietly), every island is rendered on the
 * server (no `client:only`), and pages have no view transitions (no `astro:unmount`). Every page
 * with an island loads this at start, so it stays small; the renderer's own file would also make
 * the signals library a chunk every island page could reach.
 */
import { h, hydrate, type ComponentType } from 'preact';

/** A slot's server HTML, kept as it is: Preact never renders into it again (Astro's StaticHtml). */
function StaticHtml({ value, name }: { value?: string; name?: string }) {
  return value ? h('astro-slot', { name, dangerouslySetInnerHTML: { __html: value } }) : null;
}
StaticHtml.shouldComponentUpdate = () => false;

export default (element: HTMLElement) =>
  (
    Component: ComponentType<Record<string, unknown>>,
    props: Record<string, unknown>,
    { default: children, ...slotted }: Record<string, string | undefined>,
  ) => {
    if (!element.hasAttribute('ssr')) return;
    if (element.dataset.preactSignals) throw new Error('island-client.ts: no signal props');
    for (const [name, value] of Object.entries(slotted)) props[name] = h(StaticHtml, { value, name });
    hydrate(h(Component, props, children != null ? h(StaticHtml, { value: children }) : children), element);
  };
