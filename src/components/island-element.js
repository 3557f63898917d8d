// @ts-check
/**
 * The <astro-island> element, ours: a module file that every page with an island loads in place of
 * the script Astro inlines (astro.config.mjs, `ourIslandElement`), at about half its weight. It hydrates our islands as
 * Astro's does, but only after the page's first paint (the server HTML is the first paint): after the client directive's script (load, idle, visible) says so, it loads the
 * component and the renderer (island-client.ts), revives the props (from the `props` attribute, or
 * the file `props-url` names: island-props.mjs) and passes the slots. Astro's
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
      // inline CSS make alone (the head script's `firstPaint`: first-paint.ts). Its children
      // (slots) are parsed after it is connected: wait for them too.
      const afterPaint = () => firstPaint.then(() => this.start());
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
          const url = (/** @type {string} */ name) => new URL(attribute(name), document.baseURI).href;
          const load = (/** @type {string} */ name) => import(url(name));
          // Large props are in a file beside the page (island-props.mjs), fetched with the code.
          const [module, renderer, props] = await Promise.all([
            load('component-url'),
            load('renderer-url'),
            this.hasAttribute('props-url') ? fetch(url('props-url')).then((response) => response.json()) : JSON.parse(attribute('props') || '{}'),
          ]);
          const Component = module[attribute('component-export') || 'default'];
          return async () => {
            /** @type {Record<string, string>} */
            const slots = {};
            // Every slot is this island's own: no island of this site is inside another.
            for (const slot of this.querySelectorAll('astro-slot')) slots[slot.getAttribute('name') || 'default'] = slot.innerHTML;
            for (const template of this.querySelectorAll('template[data-astro-template]')) {
              slots[template.getAttribute('data-astro-template') || 'default'] = template.innerHTML;
              template.remove();
            }
            await renderer.default(this)(Component, revive([0, props]), slots, { client });
            // No astro:hydrate event: only an island inside another listens for it.
            this.removeAttribute('ssr');
          };
        },
        JSON.parse(attribute('opts')),
        this,
      );
    }
  }
  // Once per page (a module runs once); Astro's own element is not on our pages (island-element.mjs).
  customElements.define('astro-island', AstroIsland);
})();
