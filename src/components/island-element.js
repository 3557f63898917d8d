// @ts-check
/**
 * The <astro-island> element, ours: a module file that every page with an island loads in place of
 * the scripts Astro inlines (astro.config.mjs, `ourIslandElement`): its element and its client
 * directives' scripts, at about half their weight. It hydrates our islands as Astro's does, but
 * only after the page's first paint (the server HTML is the first paint): at once (`client:load`)
 * or once it is on screen (`client:visible`), it loads the component and the renderer
 * (island-client.ts, the one every island here has: its chunk is written in below at build time,
 * so no island carries its address), revives the props (from the `props` attribute, or the file `props-url`
 * names: island-props.mjs) and passes the slots (from the page, or that file). Astro's element also revives props of other types (dates, maps, sets, typed arrays, URLs), waits for
 * view transitions and runs before-hydration scripts; no island here needs any of that, and a prop
 * of another type stops hydration with an error rather than passing something else.
 */
/* global firstPaint -- the head script's promise of the first paint (first-paint.ts) */
(() => {
  // The Preact renderer: its chunk, relative to this file (both are in _astro/), and the export
  // that is its `default`. island-element.mjs writes them in (`rendererOf`) when it minifies this.
  /** @type {[string, string]} */
  const RENDERER = ['./island-client.js', 'default'];
  // Astro writes each prop as [type, value]: 0 a value (objects revived key by key), 1 an array.
  /** @param {[number, any]} entry @returns {any} */
  const revive = ([type, value]) => {
    if (type == 1) return value.map(revive);
    if (type) throw new Error(`astro-island: a prop of type ${type}`);
    return typeof value != 'object' || value === null
      ? value
      : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, revive(item)]));
  };
  class AstroIsland extends HTMLElement {
    connectedCallback() {
      // The island's code is fetched after the page's first contentful paint, which its HTML and
      // inline CSS make alone (the head script's `firstPaint`: first-paint.ts). Its children
      // (slots) are parsed after it is connected: wait for them too.
      const afterPaint = () => firstPaint.then(() => this.start());
      if (this.hasAttribute('await-children') && document.readyState == 'loading')
        addEventListener('DOMContentLoaded', afterPaint, { once: true });
      else afterPaint();
    }
    // Astro's directive scripts are not on our pages (island-element.mjs): the two directives this
    // site uses are here. `visible` waits until one of the island's boxes is on screen, as
    // Astro's does (the island itself has no box: display: contents).
    start() {
      if (this.getAttribute('client') != 'visible') return this.hydrate();
      const observer = new IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          this.hydrate();
        }
      });
      for (const child of this.children) observer.observe(child);
    }
    async hydrate() {
      const attribute = (/** @type {string} */ name) => /** @type {string} */ (this.getAttribute(name));
      // Against the page's address: this script is a file of its own now, and an import()'s
      // relative address would be read from the script's (the SCORM package's are relative).
      const url = (/** @type {string} */ name) => new URL(attribute(name), document.baseURI).href;
      const load = (/** @type {string} */ name) => import(url(name));
      // Large props are in a file beside the page (island-props.mjs), fetched with the code,
      // with the slots the server HTML hid.
      const [module, renderer, { props, slots }] = await Promise.all([
        load('component-url'),
        import(new URL(RENDERER[0], import.meta.url).href),
        this.hasAttribute('props-url')
          ? fetch(url('props-url')).then((response) => response.json())
          : { props: JSON.parse(attribute('props') || '{}'), slots: {} },
      ]);
      // Every slot is this island's own: no island of this site is inside another.
      for (const slot of this.querySelectorAll('astro-slot'))
        slots[slot.getAttribute('name') || 'default'] = slot.innerHTML;
      for (const template of this.querySelectorAll('template[data-astro-template]')) {
        slots[template.getAttribute('data-astro-template') || 'default'] = template.innerHTML;
        template.remove();
      }
      await renderer[RENDERER[1]](this)(module[attribute('component-export') || 'default'], revive([0, props]), slots);
      // No astro:hydrate event: only an island inside another listens for it.
      this.removeAttribute('ssr');
    }
  }
  // Once per page (a module runs once); Astro's own element is not on our pages (island-element.mjs).
  customElements.define('astro-island', AstroIsland);
})();
