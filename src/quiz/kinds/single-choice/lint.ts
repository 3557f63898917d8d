/**
 * Single choice, at authoring time: unique option ids, the answer among them, and each option
 * explained; an authority question offers exactly `configmgr` and `intune` and names a scenario
 * that exists.
 */
import type { SingleChoiceQuestion } from '../../types';
import { lintOptionIds, lintOptionTexts, type LintContext } from '../lint';

export function lint(question: SingleChoiceQuestion, context: LintContext): void {
  const { fail, knownScenarios } = context;
  const keys = [{ id: question.answer, field: 'answer' }];
  lintOptionIds(question.options, keys, context);
  if (question.authority !== undefined) {
    const optionIds = question.options.map((option) => option.id);
    const ids = [...optionIds].sort();
    if (ids.join(' ') !== 'configmgr intune') {
      fail(
        'options',
        `an authority question received options ${context.quoteList(optionIds)}; expected exactly "configmgr" and "intune"`,
      );
    }
    const { scenario } = question.authority;
    if (knownScenarios !== undefined && !knownScenarios.includes(scenario)) {
      fail(
        'authority.scenario',
        `received "${scenario}", but no scenario has this id; expected the id of a file in content/scenarios/` +
          context.knownList('known scenarios include', scenario, knownScenarios),
      );
    }
  }
  lintOptionTexts(question.options, keys, context);
}
