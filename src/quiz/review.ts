/**
 * What a quiz's result lists to review (QuizResult.astro): per objective of the quiz, in the
 * module's order, every unit section and lab that teaches one of its questions, once each, with
 * the ids of the questions it teaches; the island shows an item when one of them was missed. Pure.
 */
import type { Quiz } from './types';

/** Where a question is taught: a unit section, and for a self-assessment also a lab. */
export interface Taught {
  href: string;
  label: string;
  scenario?: { href: string; label: string } | undefined;
}

/** One thing to review and the questions (ids) it teaches. */
export interface ReviewItem {
  href: string;
  label: string;
  questions: string[];
}

/** An objective's row in the result, with what to review when it is below the pass mark. */
export interface ReviewRow {
  id: string;
  title: string;
  review: ReviewItem[];
}

/** The rows for the objectives `quiz` assesses, sections before labs, each in the order its first question comes. */
export function reviewRows(
  quiz: Quiz,
  objectives: readonly { id: string; title: string }[],
  taught: Readonly<Record<string, Taught>>,
): ReviewRow[] {
  return objectives
    .filter((objective) => quiz.questions.some((question) => question.objective === objective.id))
    .map(({ id, title }) => {
      const review = new Map<string, ReviewItem>();
      const add = (href: string, label: string, question: string) => {
        const item = review.get(href) ?? { href, label, questions: [] };
        item.questions.push(question);
        review.set(href, item);
      };
      const questions = quiz.questions.filter((question) => question.objective === id);
      for (const question of questions) add(taught[question.id]!.href, taught[question.id]!.label, question.id);
      for (const question of questions) {
        const lab = taught[question.id]!.scenario;
        if (lab) add(lab.href, `Lab: ${lab.label}`, question.id);
      }
      return { id, title, review: [...review.values()] };
    });
}
