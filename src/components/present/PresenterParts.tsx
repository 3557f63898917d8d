/** The presenter view's parts: its bar, the notice lines, the narration, the breadcrumb and the keys' help. */
import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { WINDOW_NAMES, windowOf, type ViewLocation } from '../../sim/views';
import { pageUrl } from '../page-url';
import type { Scenario } from '../../sim/types';
import type { KeyHelp } from './key-help';
import { KeyTable } from './KeyTable';

/** The scenario the running order presents next, for the link at the last step. */
export interface NextScenarioLink {
  id: string;
  title: string;
  /** The activities the running order puts before it. */
  between: string[];
}

interface BarProps {
  title: string;
  step: number;
  stepCount: number;
  /** Which of the step's views is on stage, and how many it has. */
  part: number;
  parts: number;
  onScript: boolean;
  notesUrl: string;
  notesTarget: string;
  tools: boolean;
  onTools(): void;
  /** What the bar's buttons do: the presenter's commands. */
  commands: Readonly<Record<'previous' | 'next' | 'start' | 'help' | 'fullscreen', () => void>>;
}

/** The bar over the stage: the step counter, whether the lab is on the script, and the controls. */
export function PresenterBar(props: BarProps) {
  const { step, stepCount, part, parts, commands } = props;
  return (
    <header class="present__bar">
      <p class="present__title">{props.title}</p>
      <p class="present__counter">
        {step === 0 ? `Start · ${stepCount} steps` : `Step ${step} of ${stepCount}`}
        {parts > 1 && (
          <span class="present__part">
            {' '}
            · view {part + 1} of {parts}
          </span>
        )}
      </p>
      {!props.onScript && <p class="present__live">Live changes: the next step returns to the script</p>}
      <nav class="present__controls" aria-label="Presenter controls">
        <button
          type="button"
          class="button button--quiet"
          onClick={commands.previous}
          disabled={step === 0 && part === 0}
        >
          Previous step
        </button>
        <button type="button" class="button" onClick={commands.next} disabled={step === stepCount && part >= parts - 1}>
          Next step
        </button>
        <button type="button" class="button button--quiet" onClick={commands.start}>
          Start over
        </button>
        <a class="button button--quiet" href={props.notesUrl} target={props.notesTarget}>
          Notes window
        </a>
        <button type="button" class="button button--quiet" onClick={props.onTools} aria-pressed={props.tools}>
          Lab tools
        </button>
        <button type="button" class="button button--quiet" onClick={commands.help} aria-haspopup="dialog">
          Keys
        </button>
        <button type="button" class="button button--quiet" onClick={commands.fullscreen}>
          Full screen
        </button>
      </nav>
    </header>
  );
}

/**
 * The lines under the bar: storage blocked (a status, from the page's `no-storage` mark once live)
 * and a notice (an alert), each dismissable.
 */
export function PresenterNotices({ notice, onDismissNotice }: { notice: string; onDismissNotice(): void }) {
  const [storageBlocked, setStorageBlocked] = useState(false);
  useEffect(() => setStorageBlocked(document.documentElement.classList.contains('no-storage')), []);
  return (
    <>
      {storageBlocked && (
        <p class="present__line" role="status">
          <span>
            This browser is not letting the course save anything, so your progress will not be saved. The lab still
            works.
          </span>
          <button type="button" class="button button--quiet" onClick={() => setStorageBlocked(false)}>
            Dismiss
          </button>
        </p>
      )}
      {notice && (
        <div class="present__line" role="alert">
          <span>{notice}</span>
          <button type="button" class="button button--quiet" onClick={onDismissNotice}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}

interface NarrationProps {
  scenario: Scenario;
  base: string;
  step: number;
  /** The running order's next scenario, linked at the last step. */
  next: NextScenarioLink | null;
}

/** The step's narration (the scenario's summary before the first step), and the next scenario at the last. */
export function Narration({ scenario, base, step, next }: NarrationProps) {
  const current = step > 0 ? scenario.steps[step - 1]! : null;
  return (
    <section class="present__narration" aria-labelledby="present-step-title" tabIndex={0}>
      <h2 id="present-step-title">{current ? current.title : 'Before the first step'}</h2>
      <p>{current ? current.narration : scenario.summary}</p>
      {step === scenario.steps.length && next && (
        <p class="present__next">
          Next: <a href={pageUrl(`${base.replace(/\/$/, '')}/present/${next.id}/`)}>{next.title}</a>
          {next.between.length > 0 && <span class="present__between"> (after {next.between.join(', then ')})</span>}
        </p>
      )}
    </section>
  );
}

interface StageColumnProps {
  /** The view on stage; null while the step is narration only (the column is hidden). */
  location: ViewLocation | null;
  /** What the step did, in one line ('' for none). */
  strip: string;
  /** The breadcrumb to the view on stage (worked out at build, script.ts); null with the lab tools on. */
  path: readonly string[] | null;
  stage: RefObject<HTMLDivElement>;
  /** The lab on stage. */
  children: ComponentChildren;
}

/** The stage: the step's strip, the breadcrumb to the view on it, and the lab. */
export function StageColumn({ location, strip, path, stage, children }: StageColumnProps) {
  return (
    <div class="present__stage-column" hidden={!location}>
      {strip && (
        <p class="present__strip">
          <span class="visually-hidden">What this step did: </span>
          {strip}
        </p>
      )}
      {/* The server renders the breadcrumb as the browser will, so nothing moves when the stage's code loads. */}
      {location && path && <StagePath windowName={WINDOW_NAMES[windowOf(location.view)]} path={path} />}
      <div class="present__stage" ref={stage}>
        {children}
      </div>
    </div>
  );
}

/** The breadcrumb over the stage: the window, then the path to the view (worked out at build, script.ts). */
function StagePath({ windowName, path }: { windowName: string; path: readonly string[] }) {
  return (
    <nav class="present__path" aria-label="Where this is">
      <ol>
        {[windowName, ...(path[0] === windowName ? path.slice(1) : path)].map((part, k, all) => (
          <li key={k} aria-current={k === all.length - 1 ? 'location' : undefined}>
            {part}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The blank screen (B), over everything. */
export function BlankScreen() {
  return (
    <div class="present__blank">
      <p class="visually-hidden">The screen is blank. Press B to bring it back.</p>
    </div>
  );
}

/** The presenter keys' help, a modal dialog. */
export function KeysHelp({ help, keyHelp }: { help: RefObject<HTMLDialogElement>; keyHelp: KeyHelp[] }) {
  return (
    <dialog class="present__help" ref={help} aria-labelledby="present-help-title">
      <h2 id="present-help-title" tabIndex={-1}>
        Presenter keys
      </h2>
      <KeyTable help={keyHelp} />
      <p>Keys typed into the lab's own controls stay with those controls; Escape hands the keys back.</p>
      <form method="dialog">
        <button type="submit" class="button">
          Close
        </button>
      </form>
    </dialog>
  );
}
