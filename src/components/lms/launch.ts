/**
 * The launch page of the LMS package (`/lms/`, the package's one SCO). It holds the LMS session
 * for the whole visit and shows the course in a frame below a thin bar, so that moving from page
 * to page inside the course never ends the session. The course itself runs exactly as on the
 * web: it saves progress in localStorage, and this page, which shares that storage, reports each
 * change to the LMS (`storage` events) along with the page the learner is on.
 *
 * At the start the LMS's saved state replaces what this browser holds (the LMS is the record of
 * the learner), and the frame opens where the learner left off. Without an LMS the page hands over
 * to the course's home page. A commit the LMS refuses is said quietly in the bar; the course goes
 * on and the progress stays in this browser.
 */
import { decodeProgress, encodeProgress } from '../../progress/codec';
import { emptyProgress, type Progress } from '../../progress/progress';
import { PROGRESS_KEY } from '../../progress/storage-key';
import { drawQuiz } from '../../quiz/draw';
import type { Quiz } from '../../quiz/types';
import type { LmsContent } from '../../lms/report';
import { findApi, LIMITS } from '../../lms/scorm12';
import { createLmsSession } from '../../lms/session';

interface PageData extends LmsContent {
  masteryScore: number;
  /** The drawn quiz (the self-assessment), whose attempts ask only the questions of their seed. */
  drawnQuiz: string | null;
}

const frame = document.getElementById('lms-course') as HTMLIFrameElement;
const notice = document.getElementById('lms-notice')!;
const exit = document.getElementById('lms-exit') as HTMLButtonElement;
const root = new URL('../', window.location.href);
const say = (text: string) => (notice.textContent = text);

function readProgress(): Progress {
  try {
    return decodeProgress(window.localStorage.getItem(PROGRESS_KEY)).progress;
  } catch {
    return emptyProgress();
  }
}

function writeProgress(progress: Progress): void {
  try {
    window.localStorage.setItem(PROGRESS_KEY, encodeProgress(progress));
  } catch {
    say('This browser does not let the course save progress: the LMS records it only while this window stays open.');
  }
}

/** The page in the frame as a path from the package root (`units/paths/`), for `lesson_location`. */
function coursePage(): string {
  try {
    const { href } = frame.contentWindow!.location;
    return href.startsWith(root.href)
      ? href.slice(root.href.length).split('#')[0]!.slice(0, LIMITS.lessonLocation)
      : '';
  } catch {
    return '';
  }
}

/** A saved location only if it is a plain relative page path of this package (no scheme, no `..`). */
const safeLocation = (location: string) =>
  /^[a-z0-9][a-z0-9/._-]*$/i.test(location) && !location.includes('..') ? location : '';

const api = findApi(window);
if (!api) {
  window.location.replace(new URL('index.html', root).href);
} else {
  // Written at build time as an attribute (escaped like any other), not as markup.
  const data = JSON.parse(document.getElementById('lms-main')!.dataset.content ?? '{}') as PageData;
  const session = createLmsSession({
    api,
    content: data,
    masteryScore: data.masteryScore,
    questionsOf: (quiz: Quiz, seed: number) =>
      quiz.id === data.drawnQuiz ? drawQuiz(quiz, data.objectives, seed) : quiz,
  });
  const start = session.start();
  if (!start) {
    say('The LMS did not start a session: your progress is kept in this browser only.');
    exit.hidden = true;
    frame.src = new URL('index.html', root).href;
  } else {
    writeProgress(start.progress);
    if (start.problem) say(`Your saved progress could not be used (${start.problem}), so the course starts afresh.`);
    frame.src = new URL(safeLocation(start.location) || 'index.html', root).href;

    const report = () => {
      if (session.ended) return;
      if (session.report(readProgress(), coursePage())) {
        if (notice.dataset.kind === 'refused') say('');
        delete notice.dataset.kind;
      } else {
        notice.dataset.kind = 'refused';
        say(
          'The LMS did not record your latest progress. It is kept in this browser, and sent again with your next step.',
        );
      }
    };
    window.addEventListener('storage', (event) => {
      if (event.key === PROGRESS_KEY || event.key === null) report();
    });
    frame.addEventListener('load', report);

    const finish = () => {
      if (session.ended) return;
      report();
      session.finish(readProgress());
    };
    window.addEventListener('pagehide', finish);
    exit.addEventListener('click', () => {
      finish();
      frame.remove();
      exit.hidden = true;
      say('Your progress is saved in the LMS. You can close this window.');
    });
  }
}
