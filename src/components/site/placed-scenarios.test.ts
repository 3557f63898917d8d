import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { placedScenarios } from './placed-scenarios';

describe('placedScenarios', () => {
  test('names each scenario a body places, in order, once', () => {
    const body = [
      'Some text about the `<SimulatorSlot>` component, which places nothing.',
      '<SimulatorSlot scenario="pilot-enrollment-for-it" />',
      "<SimulatorSlot  scenario='compliance-policies-first'/>",
      '<SimulatorSlot scenario="pilot-enrollment-for-it" />',
    ].join('\n\n');
    expect(placedScenarios(body)).toEqual(['pilot-enrollment-for-it', 'compliance-policies-first']);
    expect(placedScenarios('No lab here.')).toEqual([]);
  });

  test('finds the lab of each unit that has one in the course', () => {
    const lessons = join(process.cwd(), 'content', 'lessons');
    const placed = Object.fromEntries(
      readdirSync(lessons).map((folder) => {
        // As the lessons collection gives it: the body without its frontmatter.
        const body = readFileSync(join(lessons, folder, 'index.mdx'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
        return [folder, placedScenarios(body)];
      }),
    );
    // Every placed id is a scenario file (the build checks the rest: validate-content.ts).
    const scenarios = readdirSync(join(process.cwd(), 'content', 'scenarios')).map((name) =>
      name.replace(/\.yaml$/, ''),
    );
    for (const ids of Object.values(placed)) for (const id of ids) expect(scenarios).toContain(id);
    expect(placed['02-understand-co-management']).toEqual(['compliance-policies-first']);
  });
});
