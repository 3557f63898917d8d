/**
 * The task panel's loader, given by a scenario's own page (its script in
 * `src/pages/scenarios/[id].astro`): only that page's lab has the panel, and no other page (a
 * unit's, a lab task's, the presenter's) can reach its code, so none of them counts it in its
 * JavaScript "in all". The lab console asks for it once it has hydrated; an island may hydrate
 * before the page's script has run, so the loader is awaited.
 */
type TaskPanelModule = typeof import('./TaskPanel');

let provide: (loader: () => Promise<TaskPanelModule>) => void = () => {};
const provided = new Promise<() => Promise<TaskPanelModule>>((resolve) => (provide = resolve));

/** Gives the panel's loader (a scenario page's script). */
export function provideTaskPanel(loader: () => Promise<TaskPanelModule>): void {
  provide(loader);
}

/** The panel's code, once the page has given its loader. */
export const loadTaskPanel = (): Promise<TaskPanelModule> => provided.then((load) => load());
