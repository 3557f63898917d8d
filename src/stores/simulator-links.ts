/**
 * A simulator session's share links: making them (a lab that shares) and opening them (a
 * scenario's own page), each with the half of the codec its lab's options load.
 */
import { appendAction, startTimeline } from './simulator-timeline';
import type { ChangeQueue, Session } from './simulator-session';
import type { OpenLinkResult, ShareLinkCodec, SimulatorStore, SimulatorStoreOptions } from './simulator-types';

type RestoreResult = ReturnType<ShareLinkCodec['restoreFromLink']>;

/** Why a session without share links (a lab task's, a presenter's) makes none. */
export const NO_SHARE_LINKS = "Share links are made on a lab's own page, not here.";

/** Puts a restored share link on the timeline, or the start with a notice saying why not. */
function openRestored(session: Session, restored: RestoreResult): OpenLinkResult {
  const { scenario, setTimeline, $notice, say } = session;
  if (!restored.ok) {
    session.seed = scenario.seed;
    setTimeline(startTimeline(scenario, session.seed));
    // The reason is shown as text only; nothing from the link is ever treated as markup.
    $notice.set({
      kind: 'link-rejected',
      text: `This link could not be opened, so the lab starts at the beginning of the scenario. ${restored.reason}`,
    });
    say('The link could not be opened; the lab starts at the beginning of the scenario.');
    return { ok: false };
  }
  session.seed = restored.seed;
  let timeline = startTimeline(scenario, session.seed);
  for (const action of restored.actions) {
    const result = appendAction(timeline, action);
    // restoreFromLink replayed the same actions successfully, so this cannot refuse.
    if (!result.ok) return { ok: false };
    timeline = result.timeline;
  }
  setTimeline(timeline);
  const count = timeline.entries.length;
  // A link of another rules revision replays under the current rules: the notice says so.
  const other = restored.notice;
  const tail = other ? ` ${other}` : '';
  const text = `Opened a shared session: ${count} ${count === 1 ? 'step' : 'steps'} restored.${tail}`;
  $notice.set({ kind: other ? 'other-revision' : 'link-restored', text });
  say(`Opened a shared session with ${count} steps.${tail}`);
  session.narrateQuietly();
  return { ok: true, location: restored.location };
}

/** Making share links (`shareCode`, `sharePath`), for a session created with `shareLinks`. */
export function createLinkSharing(
  session: Session,
  queued: ChangeQueue['queued'],
  shareLinks: SimulatorStoreOptions['shareLinks'],
): Pick<SimulatorStore, 'shareCode' | 'sharePath' | 'canShare'> {
  const shareCode: SimulatorStore['shareCode'] = async (location) => {
    if (!shareLinks) return { ok: false, reason: NO_SHARE_LINKS };
    const { encodeShareLink } = await shareLinks();
    // The session as the learner left it: with every action asked for before the link.
    await queued();
    const timeline = session.$timeline.get();
    const encoded = encodeShareLink({
      scenarioId: session.scenario.id,
      seed: session.seed,
      actions: timeline.entries.slice(0, timeline.cursor).map((entry) => entry.action),
      location,
    });
    return encoded.ok ? { ...encoded, from: timeline } : encoded;
  };
  return {
    shareCode,
    // The open view goes into the link (share-link codec version 2, see share-link.ts).
    canShare: shareLinks !== undefined,
    async sharePath(location) {
      const code = await shareCode(location);
      if (!code.ok || !shareLinks) return code.ok ? { ok: false, reason: NO_SHARE_LINKS } : code;
      return { ok: true, path: (await shareLinks()).shareLinkPath(session.scenario.id, code.code), from: code.from };
    },
  };
}

/** Opening a share code (`openLink`), for a session created with `openLinks`. */
export function createLinkOpening(
  session: Session,
  inOrder: ChangeQueue['inOrder'],
  openLinks: SimulatorStoreOptions['openLinks'],
): SimulatorStore['openLink'] {
  const { scenario } = session;
  return async (code) => {
    if (!openLinks) return { ok: false };
    const links = await openLinks();
    const decoded = links.decodeShareLink(code);
    // Another lab's link (a scenario id as the site writes them): this lab stays as it is, and
    // the notice links to that lab's page. Anything else is refused below, as a link for a
    // scenario this site does not have.
    if (decoded.ok && decoded.scenarioId !== scenario.id && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(decoded.scenarioId)) {
      const other = decoded.scenarioId;
      session.$notice.set({
        kind: 'other-scenario',
        text: `This link is for another lab ("${other}"), not this one: open it on that lab's page.`,
        scenarioId: other,
        path: links.shareLinkPath(other, code),
      });
      session.say(`This link is for another lab, "${other}".`);
      return { ok: false, otherScenario: other };
    }
    const restored = links.restoreFromLink(code, [scenario]);
    // After the actions asked for before it (the share-link code has loaded the engine by now).
    return inOrder(() => openRestored(session, restored)).catch((): OpenLinkResult => ({ ok: false }));
  };
}
