// @ts-check
/**
 * The <astro-island> element, ours: inlined in every page with an island in place of Astro's own
 * (astro.config.mjs, `ourIslandElement`), at about half its weight. It hydrates our islands as
 * Astro's does, but only after the page's first paint (the server HTML is the first paint): after the client directive's script (load, idle, visible) says so, it loads the
 * component and the renderer (island-client.ts), revives the props and passes the slots. Astro's
 * element also revives props of other types (dates, maps, sets, typed arrays, URLs), waits for
 * view transitions and runs before-hydration scripts; no island here needs any of that, and a prop
 * of another type stops hydration with an error rather than passing something else.
 */
(() => {
  // Astro writes each prop as [type, value]: 0 a value (objects revived key by key), 1 an array.
  /** @param {[number, any]} entry @returns {any} */
  const revive = ([type, value]) => {
    if (type == 1) return value.map(revive);
    if (type) throw new Error(`astro-island: a prop of type ${type}`);
    return typeof value != 'object' || value === null ? value : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, revive(item)]));
  };
  class AstroIsland extends HTMLElement {
    connectedCallback() {
      // The island's code is fetched after the page's first contentful paint, which its HTML and
      // inline CSS make alone, as the browser reports it; at the latest after a second (a browser
      // without paint timing, a page that is not drawn such as a tab in the background). Its
      // children (slots) are parsed after it is connected: wait for them.
      let started = 0;
      const start = () => started++ || this.start();
      const afterPaint = () => {
        new PerformanceObserver((list) => list.getEntriesByName('first-contentful-paint').length && setTimeout(start)).observe({ type: 'paint', buffered: true });
        setTimeout(start, 1000);
      };
      if (this.hasAttribute('await-children') && document.readyState == 'loading') addEventListener('DOMContentLoaded', afterPaint, { once: true });
      else afterPaint();
    }
    async start() {
      const client = /** @type {string} */ (this.getAttribute('client'));
      const directives = /** @type {any} */ (self).Astro;
      // The directive's script may come later in the page: it announces itself.
      if (!directives?.[client]) return addEventListener(`astro:${client}`, () => this.start(), { once: true });
      const attribute = (/** @type {string} */ name) => /** @type {string} */ (this.getAttribute(name));
      await directives[client](
        async () => {
          // Against the page's address: this script is a file of its own now, and an import()'s
          // relative address would be read from the script's (the SCORM package's are relative).
          const load = (/** @type {string} */ name) => import(new URL(attribute(name), document.baseURI).href);
          const [module, renderer] = await Promise.all([load('component-url'), load('renderer-url')]);
          const Component = module[attribute('component-export') || 'default'];
          return async () => {
            /** @type {Record<string, string>} */
            const slots = {};
            for (const slot of this.querySelectorAll('astro-slot')) if (slot.closest('astro-island') == this) slots[slot.getAttribute('name') || 'default'] = slot.innerHTML;
            for (const template of this.querySelectorAll('template[data-astro-template]'))
              if (template.closest('astro-island') == this) {
                slots[template.getAttribute('data-astro-template') || 'default'] = template.innerHTML;
                template.remove();
              }
            const props = this.hasAttribute('props') ? revive([0, JSON.parse(attribute('props'))]) : {};
            await renderer.default(this)(Component, props, slots, { client });
            this.removeAttribute('ssr');
            this.dispatchEvent(new CustomEvent('astro:hydrate'));
          };
        },
        JSON.parse(attribute('opts')),
        this,
      );
    }
  }
  customElements.get('astro-island') || customElements.define('astro-island', AstroIsland);
})();
