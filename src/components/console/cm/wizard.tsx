/**
 * The Cloud Attach Configuration Wizard (Co-management Configuration Wizard before 2107) as a modal
 * dialog over the Cloud Attach node: the page list on the left with the current page marked, the
 * page, and Previous / Next / Summary / Cancel (Close on the Completion page). Every choice is an
 * engine action (wizard-*), dispatched as the learner makes it; a refusal shows inside the dialog.
 * Previous has no engine action: it shows the timeline's earlier state of the wizard (the page as it
 * was left), as the store's Undo does.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '../../use-store';
import type { AzureEnvironment } from '../../../sim/constants';
import { wizardName, wizardPageTitle } from '../../../sim/labels';
import type { WizardPage, WizardState } from '../../../sim/types';
import type { Timeline } from '../../../stores/simulator';
import type { ConsoleContext, ViewDefinition } from '../types';
import { configureId } from './cloud-attach-object';
import { CmDialog, DialogButton, H, coMgmtNode } from './parts';
import { Alert, useDialogNotices } from './dialog-parts';
import { firstCollection } from './wizard-fields';
import { cloudAttachPage, enablementPage, summaryPage, toSummary, uploadPage, wizardPages } from './wizard-pages';
import { WorkloadsPage } from './wizard-workloads';

/**
 * The wizard on screen and its page: the engine's, or as last seen (the Completion page shows what
 * was applied after wizard-finish closed it), or in the presenter the one a step's Finish closed.
 * Goes back to the node when the wizard closed some other way; moves focus to each new page's title.
 */
function useWizardPage(ctx: ConsoleContext, headingId: string) {
  const live = ctx.state.wizard;
  // The wizard as last seen: the Completion page shows what was applied after wizard-finish closed it.
  const last = useRef<WizardState | null>(live);
  if (live) last.current = live;
  const [done, setDone] = useState(false);
  // The presenter view's step that finished the wizard opens it at its Completion page: the
  // wizard as it was on the Summary page is the state before Finish.
  const finished =
    ctx.presenting && !live && ctx.entry?.action.type === 'wizard-finish' ? (ctx.previous?.wizard ?? null) : null;
  const w = live ?? last.current ?? finished;
  const page: WizardPage | 'completion' = done || (finished && !live) ? 'completion' : (w?.page ?? 'cloud-attach');

  // Set while wizard-finish runs: the wizard closes in the engine before the Completion page shows.
  const finishing = useRef(false);
  // The wizard closed some other way (Undo before it opened, a link): back to the node. Not in the
  // presenter, whose script opens this view as a step's stage and may still be replaying the
  // actions that open the wizard (the engine's code loads on first use): the view waits for them.
  useEffect(() => {
    if (!live && !done && !finished && !finishing.current && !ctx.presenting) ctx.open('cm.cloud-attach');
  }, [live, done]);
  // Each page change moves focus to the page's title.
  const shownPage = useRef(page);
  useEffect(() => {
    if (shownPage.current !== page) document.getElementById(headingId)?.focus();
    shownPage.current = page;
  }, [page]);
  return [w, page, done, setDone, finishing] as const;
}

/**
 * Where Previous goes: the timeline's latest earlier state of this wizard on another page (-1: none;
 * the wizard's start ends the search).
 */
function earlierPage(timeline: Timeline, w: WizardState): number {
  for (let k = timeline.cursor - 1; k >= 0; k--) {
    const earlier = timeline.states[k]!.wizard;
    if (!earlier) break;
    if (earlier.page !== w.page) return k;
  }
  return -1;
}

/** The page list on the left: the pages before the current one done, the current one marked. */
function pageList(version: number, page: WizardPage | 'completion') {
  const pages = wizardPages(version);
  const at = page === 'completion' ? pages.length : pages.indexOf(page);
  return (
    <ol class="cm-wizard__pages" aria-label="Wizard pages">
      {pages.map((name, k) => (
        <li
          key={name}
          aria-current={k === at ? 'step' : undefined}
          class={k < at ? 'cm-wizard__page--done' : undefined}
        >
          {wizardPageTitle(version, name)}
        </li>
      ))}
      <li aria-current={page === 'completion' ? 'step' : undefined}>Completion</li>
    </ol>
  );
}

/** Previous, Next, Summary (the wizard-next actions that reach it) and Cancel; Close replaces them on Completion. */
function wizardButtons(
  ctx: ConsoleContext,
  page: WizardPage,
  back: number,
  nextWhy: string | null,
  previous: () => void,
  next: () => Promise<void>,
  cancel: () => Promise<void>,
) {
  const summaryActions = toSummary(ctx.state);
  return (
    <>
      <DialogButton label="Previous" onClick={previous} unavailable={back < 0 ? 'This is the first page.' : null} />
      <DialogButton label="Next" primary onClick={() => void next()} unavailable={nextWhy} />
      <DialogButton
        label="Summary"
        onClick={() => summaryActions && void ctx.apply(summaryActions)}
        unavailable={
          summaryActions && !nextWhy ? null : page === 'summary' ? 'This is the Summary page.' : 'Sign In first.'
        }
      />
      <DialogButton label="Cancel" onClick={() => void cancel()} />
    </>
  );
}

function WizardDialog({ ctx }: { ctx: ConsoleContext }) {
  const { state, store, idPrefix, level } = ctx;
  const p = `${idPrefix}-wiz`;
  const version = state.site.version;
  const timeline = useStore(store.$timeline);
  const headingId = `${p}-page`;
  const [w, page, done, setDone, finishing] = useWizardPage(ctx, headingId);
  const [environment, setEnvironment] = useState<AzureEnvironment>(w?.environment ?? 'public');
  const [autoCollection, setAutoCollection] = useState(w?.autoEnrollmentCollection ?? firstCollection(state));
  const { refusal } = useDialogNotices(ctx);
  if (!w) return null;

  const signedInElsewhere = w.environment !== null && environment !== w.environment;
  const close = () => ctx.open('cm.cloud-attach');

  async function cancel() {
    if (state.wizard) await ctx.act({ type: 'wizard-cancel' });
    close();
  }
  const back = earlierPage(timeline, w);
  function previous() {
    store.goTo(back);
    const env = timeline.states[back]!.wizard!.environment;
    if (env) setEnvironment(env);
  }
  async function next() {
    if (page === 'summary') {
      finishing.current = true;
      const ok = await ctx.act({ type: 'wizard-finish' });
      finishing.current = ok;
      if (ok) setDone(true);
      return;
    }
    await ctx.act({ type: 'wizard-next' });
  }
  const nextWhy = signedInElsewhere ? 'Sign In again: the Azure environment changed since you signed in.' : null;

  return (
    <CmDialog
      id={p}
      title={wizardName(version)}
      onCancel={() => void (page === 'completion' ? close() : cancel())}
      returnFocusTo={configureId(idPrefix)}
      initialFocus={headingId}
      class="cm-wizard"
      inline={ctx.presenting}
      footer={
        page === 'completion' ? (
          <DialogButton label="Close" primary onClick={close} />
        ) : (
          wizardButtons(ctx, page, back, nextWhy, previous, next, cancel)
        )
      }
    >
      <div class="cm-wizard__layout">
        {pageList(version, page)}
        <div class="cm-wizard__content" data-step-change={ctx.stepMarks?.has('wizard') ? '' : undefined}>
          <H n={level} id={headingId} tabIndex={-1} class="cm-wizard__title">
            {page === 'completion' ? 'Completion' : wizardPageTitle(version, page)}
          </H>
          <Alert text={done ? null : refusal} />

          {page === 'cloud-attach' && cloudAttachPage(ctx, w, p, environment, setEnvironment, nextWhy)}
          {page === 'configure-upload' && uploadPage(ctx, w, p)}
          {page === 'enablement' && enablementPage(ctx, w, p, autoCollection, setAutoCollection)}
          {page === 'workloads' && <WorkloadsPage ctx={ctx} wizard={w} p={p} />}
          {(page === 'summary' || page === 'completion') && summaryPage(ctx, w, page)}
        </div>
      </div>
    </CmDialog>
  );
}

const wizard: ViewDefinition = {
  title: (state) => wizardName(state.site.version),
  path: (state) => ['Administration', 'Cloud Services', coMgmtNode(state.site.version), wizardName(state.site.version)],
  View: WizardDialog,
};

export default wizard;
