/**
 * What only a scenario's own page gives its lab (the page's script, in
 * `src/pages/scenarios/[id].astro`): the task panel, and the half of the share-link codec that
 * opens `#s=` links. No other page (a unit's, a lab task's, the presenter's) can reach their code,
 * so none of them counts it in its JavaScript "in all". The lab console asks for them once it has
 * hydrated; an island may hydrate before the page's script has run, so the loaders are awaited.
 */
export interface ScenarioPageCode {
  taskPanel: () => Promise<typeof import('../task/TaskPanel')>;
  shareLinkReader: () => Promise<typeof import('../../sim/share-link')>;
}

let provide: (code: ScenarioPageCode) => void = () => {};
const provided = new Promise<ScenarioPageCode>((resolve) => (provide = resolve));

/** Gives the page's loaders (a scenario page's script). */
export function provideScenarioPageCode(code: ScenarioPageCode): void {
  provide(code);
}

/** The task panel's code, once the page has given its loader. */
export const loadTaskPanel = () => provided.then((code) => code.taskPanel());
/** The share-link codec with its reading half, once the page has given its loader. */
export const loadShareLinkReader = () => provided.then((code) => code.shareLinkReader());
