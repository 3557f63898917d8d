/**
 * What a quiz's page says of each kind, keyed by `type`, written at build time (`Quiz.astro`) so
 * that the texts ship in the page rather than in the island's script (the page's JavaScript
 * budget). The `satisfies` clause makes a kind without its texts a compile error.
 */
import type { KindTypes, Question, QuestionType } from '../../../quiz/types';

export interface KindPage<K extends QuestionType> {
  /** What "Check answer" asks for when a question is not answered in full (`isComplete`). */
  missing: string;
  /** How to answer the question, where its kind needs saying. */
  hint: (question: KindTypes[K]['question']) => string | undefined;
  /** The scenario the question is about (an authority question's, a lab task's), for the self-assessment's review. */
  scenario: (question: KindTypes[K]['question']) => string | undefined;
}

const none = () => undefined;

export const pages = {
  'single-choice': {
    missing: 'Choose an answer first.',
    hint: none,
    scenario: (question) => question.authority?.scenario,
  },
  'multiple-response': {
    missing: 'Choose at least one answer first.',
    hint: (question) =>
      question.scoring === 'all-or-nothing'
        ? 'Choose every right answer. It counts only if you choose exactly the right ones.'
        : 'Choose every right answer. Each right choice earns a share of the mark; each wrong one takes a share away.',
    scenario: none,
  },
  ordering: {
    missing: 'Put the steps in order first.',
    hint: () => 'Drag each step by its handle, or use its Up and Down buttons, to put the steps in order.',
    scenario: none,
  },
  matching: {
    missing: 'Match every item first.',
    hint: ({ distractors: { length } }) =>
      length === 1
        ? 'Choose an answer for each item. One answer belongs to none of them.'
        : `Choose an answer for each item.${length ? ` ${length} answers belong to none of them.` : ''}`,
    scenario: none,
  },
  'lab-task': {
    missing: 'Work in the lab first.',
    hint: () =>
      'Open the lab and work in it until you think the goal is met, then choose Check answer. Your work is saved as you go; Reset starts the scenario again.',
    scenario: (question) => question.scenario,
  },
} satisfies { [K in QuestionType]: KindPage<K> };

/** The page's texts for the question's kind, seen through the widest signatures (the one cast, as in `controls.ts`). */
export const pageOf = (question: Question) => pages[question.type] as KindPage<QuestionType>;
