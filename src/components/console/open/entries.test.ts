/**
 * Every view id has its page entry (`open/<view id>.tsx`), which ships that view's module (and,
 * for a dialog, the view it opens over) and its window's frame; `SimulatorSlot.astro` renders the
 * entry of a scenario's `opensAt` for every view id.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VIEW_IDS, dialogParent, windowOf } from '../../../sim/views';

const DIR = join(process.cwd(), 'src', 'components', 'console', 'open');
const registry = readFileSync(join(process.cwd(), 'src', 'components', 'console', 'registry.ts'), 'utf8');
const slot = readFileSync(join(process.cwd(), 'src', 'components', 'sim', 'SimulatorSlot.astro'), 'utf8');
const FRAMES = { cm: 'cm/CmFrame', intune: 'intune/IntuneFrame', lab: 'lab/LabFrame' } as const;

/** The module the registry loads for a view id. */
function moduleOf(view: string): string {
  const match = new RegExp(`'${view.replace(/\./g, '\\.')}': \\(\\) => import\\('\\./([\\w/.-]+)'\\)`).exec(registry);
  if (!match) throw new Error(`no registry entry for ${view}`);
  return match[1]!;
}

describe('page entries of the lab console', () => {
  it('exist for every view id and for nothing else', () => {
    const files = readdirSync(DIR)
      .filter((name) => name.endsWith('.tsx'))
      .map((name) => name.slice(0, -4))
      .sort();
    expect(files).toEqual([...VIEW_IDS].sort());
  });

  for (const view of VIEW_IDS) {
    it(`${view}: ships its view and its window's frame, and SimulatorSlot renders it for opensAt ${view}`, () => {
      const text = readFileSync(join(DIR, `${view}.tsx`), 'utf8');
      expect(text).toContain(`from '../${moduleOf(view)}'`);
      expect(text).toContain(`from '../${FRAMES[windowOf(view)]}'`);
      expect(text).toContain(`'${view}':`);
      const parent = dialogParent(view);
      if (parent) expect(text).toContain(`'${parent}':`);
      expect(text).toMatch(/export default labConsoleEntry\(/);
      // The making half of the share-link codec is imported here, so a lab task's page (no entry)
      // cannot load it; the reading half and the task panel are not: only a scenario's own page
      // loads them (sim/scenario-page-code.ts).
      expect(text).toContain("shareLinks: () => import('../../../sim/share-link-encode')");
      expect(text).not.toContain("sim/share-link'");
      expect(text).not.toContain('TaskPanel');
      expect(slot).toMatch(
        new RegExp(
          `\\{\\s*opensAt === '${view.replace(/\./g, '\\.')}' && \\(?\\s*<Open\\w+ client:visible \\{\\.\\.\\.props\\}>`,
        ),
      );
      expect(existsSync(join(process.cwd(), 'src', 'components', 'console', `${moduleOf(view)}.tsx`))).toBe(true);
    });
  }
});
