/**
 * The LMS session against a recording fake of the SCORM 1.2 API: start and resume, status and
 * score against the mastery score, one objective per learning objective, one interaction per
 * graded question with its SCORM type, a refused commit, the end of the session and silence after.
 */
import { describe, expect, it } from 'vitest';
import { emptyProgress, type Progress } from '../progress/progress';
import { emptyQuizRecord, quizReducer, type QuizRecord } from '../progress/quiz-record';
import { quizFiles, rightResponse, scenarioFiles } from '../quiz/test-content';
import type { Question, QuestionResponse, Quiz } from '../quiz/types';
import type { LmsContent } from './report';
import type { Scorm12Api } from './scorm12';
import { createLmsSession } from './session';
import { encodeSuspendData } from './suspend-data';

const quizzes = quizFiles().map(({ quiz }) => quiz);
const scenarios = scenarioFiles();
const check = quizzes.find((quiz) => quiz.id === 'knowledge-check')!;
const UNITS = [
  'introduction',
  'understand-co-management',
  'prerequisites',
  'connector-status',
  'paths',
  'knowledge-check',
  'summary',
];
const content: LmsContent = {
  quizzes,
  scoredQuiz: 'knowledge-check',
  objectives: ['benefits', 'prerequisites', 'connector-status', 'paths'],
  units: UNITS,
};

/** A fake LMS: a data model in a Map, every call recorded, commits refused on demand. */
function fakeLms(initial: Record<string, string> = {}) {
  const model = new Map(
    Object.entries({
      'cmi.core.lesson_status': 'not attempted',
      'cmi.core.entry': 'ab-initio',
      'cmi.interactions._count': '0',
      ...initial,
    }),
  );
  const calls: string[] = [];
  let refuseCommits = false;
  const api: Scorm12Api = {
    LMSInitialize: () => (calls.push('LMSInitialize'), 'true'),
    LMSFinish: () => (calls.push('LMSFinish'), 'true'),
    LMSGetValue: (element) => (calls.push(`get ${element}`), model.get(element) ?? ''),
    LMSSetValue: (element, value) => (calls.push(`set ${element}`), model.set(element, value), 'true'),
    LMSCommit: () => (calls.push('LMSCommit'), refuseCommits ? 'false' : 'true'),
    LMSGetLastError: () => '0',
    LMSGetErrorString: () => '',
    LMSGetDiagnostic: () => '',
  };
  return { api, model, calls, refuse: (value: boolean) => (refuseCommits = value) };
}

const right = (question: Question): QuestionResponse => rightResponse(question, scenarios);

/** Progress after one finished attempt of `quiz` with `wrong` questions answered wrong (left empty). */
function afterAttempt(quiz: Quiz, wrong: number, progress: Progress = emptyProgress()): Progress {
  let record: QuizRecord = emptyQuizRecord();
  record = quizReducer(quiz, record, { type: 'retry', seed: 99 });
  quiz.questions.forEach((question, index) => {
    if (index >= wrong)
      record = quizReducer(quiz, record, { type: 'answer', question: question.id, response: right(question) });
  });
  record = quizReducer(quiz, record, { type: 'check-all', at: 1796000000000 });
  return { ...progress, quizzes: { ...progress.quizzes, [quiz.id]: record } };
}

describe('an LMS session', () => {
  it('starts a new attempt: incomplete, empty progress, the course mastery score', () => {
    const lms = fakeLms();
    const session = createLmsSession({ api: lms.api, content, masteryScore: 80 });
    expect(session.start()).toEqual({
      progress: emptyProgress(),
      resumed: false,
      location: '',
      problem: null,
      masteryScore: 80,
    });
    expect(lms.model.get('cmi.core.lesson_status')).toBe('incomplete');
  });

  it('resumes from suspend data and the lesson location, with the LMS mastery score', () => {
    const saved = afterAttempt(check, 4, {
      ...emptyProgress(),
      completedUnits: ['introduction', 'paths'],
      lastVisitedUnit: 'paths',
    });
    const lms = fakeLms({
      'cmi.core.entry': 'resume',
      'cmi.suspend_data': encodeSuspendData(saved),
      'cmi.core.lesson_location': 'units/paths/',
      'cmi.student_data.mastery_score': '70',
      'cmi.core.lesson_status': 'incomplete',
    });
    const start = createLmsSession({ api: lms.api, content, masteryScore: 80 }).start();
    expect(start).toEqual({
      progress: saved,
      resumed: true,
      location: 'units/paths/',
      problem: null,
      masteryScore: 70,
    });
  });

  it('starts afresh, and says why, when the saved data cannot be read', () => {
    const lms = fakeLms({ 'cmi.core.entry': 'resume', 'cmi.suspend_data': '{"version":2,"completedUnits":"oops"}' });
    const start = createLmsSession({ api: lms.api, content, masteryScore: 80 }).start();
    expect(start?.progress).toEqual(emptyProgress());
    expect(start?.problem).toBe('the saved data is damaged');
  });

  it('reports a passed knowledge check: status, score, four objectives and one interaction per question', () => {
    const lms = fakeLms();
    const session = createLmsSession({ api: lms.api, content, masteryScore: 80, now: () => 0 });
    session.start();
    const passed = afterAttempt(check, 1);
    expect(session.report(passed, 'units/knowledge-check/')).toBe(true);
    expect(lms.model.get('cmi.core.lesson_status')).toBe('passed');
    expect(lms.model.get('cmi.core.score.raw')).toBe(String(Math.round((13 / 14) * 100)));
    expect(lms.model.get('cmi.core.score.max')).toBe('100');
    expect(lms.model.get('cmi.core.lesson_location')).toBe('units/knowledge-check/');
    expect(
      ['benefits', 'prerequisites', 'connector-status', 'paths'].map((_, n) => lms.model.get(`cmi.objectives.${n}.id`)),
    ).toEqual(content.objectives);
    // The one wrong answer is on benefits: 3 of 4 (75%) is below the mastery score; the others pass.
    expect(
      content.objectives.map((_, n) => [
        lms.model.get(`cmi.objectives.${n}.status`),
        lms.model.get(`cmi.objectives.${n}.score.raw`),
      ]),
    ).toEqual([
      ['failed', '75'],
      ['passed', '100'],
      ['passed', '100'],
      ['passed', '100'],
    ]);
    const ids = check.questions.map((_, n) => lms.model.get(`cmi.interactions.${n}.id`));
    expect(ids).toEqual(check.questions.map((question) => `knowledge-check.${question.id}`));
    const types = check.questions.map((_, n) => lms.model.get(`cmi.interactions.${n}.type`));
    expect(types).toEqual(
      check.questions.map(
        (question) =>
          ({
            'single-choice': 'choice',
            'multiple-response': 'choice',
            ordering: 'sequencing',
            matching: 'matching',
            'lab-task': 'performance',
          })[question.type],
      ),
    );
    expect(lms.model.get('cmi.interactions.0.result')).toBe('wrong');
    expect(check.questions.slice(1).map((_, n) => lms.model.get(`cmi.interactions.${n + 1}.result`))).toEqual(
      check.questions.slice(1).map(() => 'correct'),
    );
    const lab = check.questions.findIndex((question) => question.type === 'lab-task');
    expect(lms.model.get(`cmi.interactions.${lab}.student_response`)).toBe('2 steps; 4 of 4 checks met');
    // The same progress again reports nothing new.
    const before = lms.calls.filter((call) => call.startsWith('set cmi.interactions.')).length;
    session.report(passed, 'units/knowledge-check/');
    expect(lms.calls.filter((call) => call.startsWith('set cmi.interactions.')).length).toBe(before);
  });

  it('reports a failed knowledge check against the mastery score', () => {
    const lms = fakeLms();
    const session = createLmsSession({ api: lms.api, content, masteryScore: 80 });
    session.start();
    session.report(afterAttempt(check, 4), 'units/knowledge-check/');
    expect(lms.model.get('cmi.core.lesson_status')).toBe('failed');
    expect(lms.model.get('cmi.core.score.raw')).toBe(String(Math.round((10 / 14) * 100)));
  });

  it('reports completed when every unit is marked complete before any score, incomplete before', () => {
    const lms = fakeLms();
    const session = createLmsSession({ api: lms.api, content, masteryScore: 80 });
    session.start();
    session.report({ ...emptyProgress(), completedUnits: UNITS.slice(1) }, 'units/summary/');
    expect(lms.model.get('cmi.core.lesson_status')).toBe('incomplete');
    session.report({ ...emptyProgress(), completedUnits: [...UNITS].sort() }, 'units/summary/');
    expect(lms.model.get('cmi.core.lesson_status')).toBe('completed');
    expect(lms.model.has('cmi.core.score.raw')).toBe(false);
  });

  it('says when the LMS refuses a commit, and goes on reporting', () => {
    const lms = fakeLms();
    const session = createLmsSession({ api: lms.api, content, masteryScore: 80 });
    session.start();
    lms.refuse(true);
    expect(session.report(afterAttempt(check, 4), 'units/knowledge-check/')).toBe(false);
    lms.refuse(false);
    expect(session.report(afterAttempt(check, 0), 'units/knowledge-check/')).toBe(true);
  });

  it('finishes with the session time and suspend (or nothing once passed), then sends nothing more', () => {
    let clock = 1000;
    const lms = fakeLms();
    const session = createLmsSession({ api: lms.api, content, masteryScore: 80, now: () => clock });
    session.start();
    clock += 3723_450;
    session.finish(afterAttempt(check, 4));
    expect(lms.model.get('cmi.core.session_time')).toBe('0001:02:03.45');
    expect(lms.model.get('cmi.core.exit')).toBe('suspend');
    expect(lms.calls.at(-1)).toBe('LMSFinish');
    const count = lms.calls.length;
    expect(session.report(emptyProgress(), '')).toBe(false);
    session.finish(emptyProgress());
    expect(lms.calls.length).toBe(count);
    expect(session.ended).toBe(true);

    const done = fakeLms();
    const passing = createLmsSession({ api: done.api, content, masteryScore: 80 });
    passing.start();
    passing.finish(afterAttempt(check, 0));
    expect(done.model.get('cmi.core.exit')).toBe('');
  });

  it('sends nothing when the LMS will not start', () => {
    const lms = fakeLms();
    lms.api.LMSInitialize = () => (lms.calls.push('LMSInitialize'), 'false');
    const session = createLmsSession({ api: lms.api, content, masteryScore: 80 });
    expect(session.start()).toBeNull();
    session.report(emptyProgress(), '');
    session.finish(emptyProgress());
    expect(lms.calls).toEqual(['LMSInitialize']);
  });
});
