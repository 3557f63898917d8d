/**
 * Test data: a small valid scenario as authored in YAML (plain data), with the steps and goals a
 * test gives it. For the schema's tests and the action registries' (which check every action
 * through it).
 */
export function tinyScenario(steps: unknown[], goals: unknown[] = []): Record<string, unknown> {
  return {
    id: 'tiny',
    title: 'Tiny',
    summary: 'A tiny scenario.',
    durationMinutes: 5,
    opensAt: 'lab.authority-map',
    siteVersion: 2207,
    seed: 1,
    fleet: { prefix: 'PC', segments: [{ count: 12, os: 'windows-11-23h2', join: 'hybrid-entra-joined' }] },
    collections: [{ id: 'pilot', name: 'Pilot', members: { names: ['PC-0001'] } }],
    initial: { cloudAttach: { upload: 'all' }, coManagement: { autoEnrollment: 'all' }, settled: true },
    steps,
    goals,
  };
}
