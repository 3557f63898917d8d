import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { QuizSchema } from './quiz';

/** A quiz as an author writes it in content/quizzes/<unit-slug>.yaml: one question of each kind. */
const YAML = `
id: connector-status-check
title: Quick check
unit: connector-status
passMark: 0.75
questions:
  - id: wizard-node
    type: single-choice
    objective: connector-status
    teaches: connector-status#the-cloud-attach-configuration-wizard
    stem: Where do you start the Cloud Attach Configuration Wizard from version 2111?
    options:
      - id: cloud-attach
        text: Administration, Cloud Services, Cloud Attach
        explanation: From 2111 the wizard lives under the Cloud Attach node.
      - id: co-management-node
        text: Administration, Cloud Services, Co-management
        explanation: That node belongs to version 2103 and earlier.
        misconception: old-co-management-node
    answer: cloud-attach
  - id: coupling
    type: multiple-response
    objective: benefits
    teaches: understand-co-management#the-device-configuration-coupling
    stem: Which workloads move with Device configuration?
    scoring: partial
    options:
      - { id: resource-access, text: Resource access policies, explanation: It follows Device configuration. }
      - { id: client-apps, text: Client apps, explanation: It has its own slider. }
    answers: [resource-access]
  - id: wizard-pages
    type: ordering
    objective: connector-status
    teaches: connector-status#the-cloud-attach-configuration-wizard
    stem: Put the wizard's pages in order.
    steps:
      - { id: cloud-attach, text: Cloud attach, explanation: First. }
      - { id: configure-upload, text: Configure upload, explanation: Second. }
      - { id: enablement, text: Enablement }
  - id: workload-governs
    type: matching
    objective: benefits
    teaches: understand-co-management#workloads-who-is-in-charge-of-what
    stem: Match each workload to what it governs.
    pairs:
      - { id: compliance-policies, prompt: Compliance policies, match: Compliance rules, explanation: Conditional access reads them. }
      - { id: client-apps, prompt: Client apps, match: Intune apps and scripts, explanation: Apps and scripts. }
`;

function problems(data: unknown): string[] {
  const result = QuizSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const authored = () => parse(YAML) as Record<string, unknown> & { questions: Record<string, unknown>[] };

describe('QuizSchema', () => {
  it('reads a quiz with one question of each kind', () => {
    const result = QuizSchema.safeParse(authored());
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.questions.map((question) => question.type)).toEqual([
      'single-choice',
      'multiple-response',
      'ordering',
      'matching',
    ]);
    expect(result.data.questions[0]).toEqual({
      id: 'wizard-node',
      type: 'single-choice',
      objective: 'connector-status',
      teaches: 'connector-status#the-cloud-attach-configuration-wizard',
      stem: 'Where do you start the Cloud Attach Configuration Wizard from version 2111?',
      options: [
        {
          id: 'cloud-attach',
          text: 'Administration, Cloud Services, Cloud Attach',
          explanation: 'From 2111 the wizard lives under the Cloud Attach node.',
        },
        {
          id: 'co-management-node',
          text: 'Administration, Cloud Services, Co-management',
          explanation: 'That node belongs to version 2103 and earlier.',
          misconception: 'old-co-management-node',
        },
      ],
      answer: 'cloud-attach',
    });
  });

  it('reads a missing explanation as empty (validateContent reports it with the question id) and distractors as none', () => {
    const result = QuizSchema.safeParse(authored());
    if (!result.success) throw new Error('fixture must parse');
    const [, , ordering, matching] = result.data.questions;
    expect(ordering?.type === 'ordering' && ordering.steps[2]).toEqual({
      id: 'enablement',
      text: 'Enablement',
      explanation: '',
    });
    expect(matching?.type === 'matching' && matching.distractors).toEqual([]);
  });

  it('leaves the rules validateContent owns to it: unknown objective, bad anchor, two steps, no answers', () => {
    const data = authored();
    Object.assign(data.questions[0]!, { objective: 'teleportation', teaches: 'nowhere' });
    Object.assign(data.questions[1]!, { answers: [] });
    (data.questions[2]!.steps as unknown[]).pop();
    expect(problems(data)).toEqual([]);
  });

  it('refuses an unknown kind, a kind without its fields and fields it does not know', () => {
    const data = authored();
    data.questions[0]!.type = 'essay';
    data.questions[1]!.scoring = 'generous';
    data.questions[3]!.colour = 'blue';
    const found = problems(data);
    expect(found[0]).toMatch(
      /^questions\.0\.type: Invalid discriminator value\. Expected 'single-choice' \| 'multiple-response' \| 'ordering' \| 'matching'/,
    );
    expect(found.slice(1)).toEqual([
      "questions.1.scoring: Invalid enum value. Expected 'all-or-nothing' | 'partial', received 'generous'",
      "questions.3: Unrecognized key(s) in object: 'colour'",
    ]);
  });

  it('refuses fewer than two options or pairs, a pass mark outside 0 to 1, and no questions', () => {
    const data = authored();
    (data.questions[0]!.options as unknown[]).pop();
    (data.questions[3]!.pairs as unknown[]).pop();
    data.passMark = 80;
    expect(problems(data)).toEqual([
      'passMark: Number must be less than or equal to 1',
      'questions.0.options: expected at least 2 options',
      'questions.3.pairs: expected at least 2 pairs',
    ]);
    expect(problems({ ...authored(), questions: [] })).toEqual(['questions: expected at least 1 question']);
  });

  it('refuses ids and misconception tags that are not kebab-case', () => {
    const data = authored();
    data.questions[0]!.id = 'Wizard Node';
    (data.questions[0]!.options as Record<string, unknown>[])[1]!.misconception = 'Old node';
    expect(problems(data)).toEqual([
      'questions.0.id: must be kebab-case, e.g. "wizard-pages-in-order"',
      'questions.0.options.1.misconception: must be kebab-case, e.g. "hybrid-join-is-co-management"',
    ]);
  });
});
