import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { VIEW_IDS } from '../../sim/views';

/** The README's fidelity table: one row per view (a row may name several ids, e.g. the Properties tabs). */
function fidelityRows(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('### Fidelity: what each view copies from the real consoles');
  expect(start, 'README has the fidelity section').toBeGreaterThan(-1);
  const end = readme.indexOf('\n### ', start + 1);
  return readme
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| View id'));
}

describe('README fidelity table', () => {
  it('has a row for every view id, naming its real path, its labels, a source and the differences chosen', () => {
    const rows = fidelityRows();
    for (const id of VIEW_IDS) {
      const [, tail = ''] = id.split(/\.(.*)/);
      const row = rows.find((line) => {
        const first = line.split('|')[1] ?? '';
        return (
          first.includes(id) ||
          (id.startsWith('cm.properties.') &&
            first.includes('cm.properties.') &&
            first.includes(tail.replace('properties.', '')))
        );
      });
      expect(row, `a fidelity row for ${id}`).toBeDefined();
      const cells = row!
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
      expect(cells, `${id}: five cells`).toHaveLength(5);
      for (const cell of cells) expect(cell.length, `${id}: no empty cell`).toBeGreaterThan(3);
    }
  });
});
