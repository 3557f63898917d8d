/**
 * Pieces the Microsoft Intune admin center's views share: headings of a computed level, a table
 * that scrolls inside its own region, the Save / Discard footer of a blade with pending changes,
 * and what the admin center shows for a device that the engine does not name directly (its
 * compliance and last check-in). The windowed device table is in windowed-table.tsx.
 */
import type { ComponentChildren, HTMLAttributes } from 'preact';
import { useState } from 'preact/hooks';
import { MINUTES_PER_DAY } from '../../../sim/constants';
import { authorityOf, formatSimTime, isCoManaged, isUploaded, mdmEnrolled, policiesOf } from '../../../sim/derive';
import type { Action, SimState } from '../../../sim/types';
import type { ConsoleContext } from '../types';

type HeadingProps = HTMLAttributes<HTMLHeadingElement> & {
  n: number;
  children: ComponentChildren;
};

/** A heading of level `n` (capped at 6). */
export function H({ n, children, ...rest }: HeadingProps) {
  const Tag = `h${Math.min(6, Math.max(1, n))}` as 'h6';
  return <Tag {...rest}>{children}</Tag>;
}

/**
 * A table that scrolls sideways inside its own focusable region (never the page). Its title sits
 * above the scroller and names both the table and the region.
 */
export function TableBox({
  id,
  caption,
  head,
  children,
  wide,
}: {
  id: string;
  caption: ComponentChildren;
  head: readonly string[];
  children: ComponentChildren;
  wide?: boolean;
}) {
  return (
    <div class="in-tablebox">
      <p id={id} class="in-caption">
        {caption}
      </p>
      <div class="in-scroll" tabIndex={0} role="region" aria-labelledby={id}>
        <table class={wide ? 'in-table in-table--wide' : 'in-table'} aria-labelledby={id}>
          <thead>
            <tr>
              {head.map((label) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </div>
  );
}

/** "1 device" / "20 devices". */
export const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

// ---------------------------------------------------------------------------------------------
// What the admin center lists

/**
 * Devices > All devices lists the devices enrolled in Intune and the Configuration Manager devices
 * tenant attach uploaded (fact sheet 3.5, rules 12 and 13), in the engine's order.
 */
export function listedDevices(state: SimState): number[] {
  const out: number[] = [];
  const devices = state.devices;
  for (let i = 0; i < devices.length; i++) if (mdmEnrolled(devices[i]!) || isUploaded(state, i)) out.push(i);
  return out;
}

/** Is the Compliance policies workload with Intune for device i (as the admin center sees it)? */
export function complianceWithIntune(state: SimState, i: number): boolean {
  const device = state.devices[i]!;
  if (!mdmEnrolled(device)) return false;
  // An enrolled device without the co-management policy takes Intune policy (derive.ts policiesOf).
  if (!isCoManaged(state, i)) return true;
  return authorityOf(state, i, 'compliance-policies') === 'intune';
}

export interface ComplianceView {
  /** The Compliance column. */
  value: string;
  /** Why, in a sentence. */
  reason: string;
}

/** The label the admin center shows while Configuration Manager evaluates a device's compliance. */
// Microsoft Graph's complianceState has configManager (255, "Managed by Config Manager"); the
// admin center's device list shows it as "See ConfigMgr" (support notes quote it; the memdocs text
// we searched does not spell the label).
export const SEE_CONFIGMGR = 'See ConfigMgr';

/**
 * The Compliance column: "See ConfigMgr" while the Compliance policies workload is with
 * Configuration Manager for the device; otherwise the result of Intune compliance policy.
 */
export function complianceOf(state: SimState, i: number): ComplianceView {
  if (!complianceWithIntune(state, i)) {
    return {
      value: SEE_CONFIGMGR,
      reason: mdmEnrolled(state.devices[i]!)
        ? 'the Compliance policies workload is with Configuration Manager for this device, so Configuration Manager evaluates its compliance'
        : 'managed by Configuration Manager only: Configuration Manager evaluates its compliance',
    };
  }
  const applied = policiesOf(state, i).filter(
    (p) => p.source === 'intune' && p.workload === 'compliance-policies' && p.status === 'applied',
  );
  // UNCONFIRMED (in this simulator): the engine does not evaluate a policy's settings, so a device
  // that receives an Intune compliance policy meets it. Without one, Intune's compliance policy
  // settings ("Mark devices with no compliance policy assigned as") default to Compliant.
  if (applied.length > 0)
    return {
      value: 'Compliant',
      reason: `meets ${applied.map((p) => p.name).join(', ')} (in this simulator every device meets its Intune compliance policy)`,
    };
  return {
    value: 'Compliant',
    reason: 'no Intune compliance policy is assigned, and Intune marks such devices Compliant by default',
  };
}

/** Intune-enrolled Windows devices check in about every 8 hours (fact sheet 1, [S-CH]). */
export const CHECK_IN_MINUTES = 8 * 60;

/**
 * The Last check-in column, in simulated minutes, or null. In this simulator: an enrolled device
 * checked in when it enrolled, then every 8 hours, and at once after a workload switch (rule 10);
 * a Configuration Manager device shows the upload cycle that last carried its record.
 */
// UNCONFIRMED: what the column shows for a tenant-attached device that is not enrolled in Intune.
export function lastCheckIn(state: SimState, i: number): number | null {
  const device = state.devices[i]!;
  if (mdmEnrolled(device)) {
    const since = device.enrollment.at;
    let last = since + Math.floor(Math.max(0, state.clock - since) / CHECK_IN_MINUTES) * CHECK_IN_MINUTES;
    const sync = state.lastWorkloadSwitchAt;
    if (sync !== null && sync >= since && sync <= state.clock && isCoManaged(state, i)) last = Math.max(last, sync);
    return last;
  }
  return isUploaded(state, i) ? state.upload.lastSyncAt : null;
}

export const formatCheckIn = (minutes: number | null) => (minutes === null ? 'Never' : formatSimTime(minutes));

/** Days, hours and minutes ago, for a tooltip. */
export function ago(state: SimState, minutes: number): string {
  const d = state.clock - minutes;
  if (d <= 0) return 'now';
  const days = Math.floor(d / MINUTES_PER_DAY);
  const hours = Math.floor((d % MINUTES_PER_DAY) / 60);
  const mins = d % 60;
  return (
    [days ? `${days} d` : '', hours ? `${hours} h` : '', mins ? `${mins} min` : ''].filter(Boolean).join(' ') + ' ago'
  );
}

// ---------------------------------------------------------------------------------------------
// Pending changes

/** A blade's pending changes: the values set so far, a setter that merges one more, and a reset. */
export function usePending<T extends object>() {
  const [pending, setPending] = useState<T>({} as T);
  return [pending, (change: T) => setPending({ ...pending, ...change }), () => setPending({} as T)] as const;
}

/**
 * The footer of a blade whose changes wait for Save: Save applies them as one change (one Undo),
 * Discard drops them. Both are disabled while nothing is pending.
 */
export function SaveBar({
  ctx,
  actions,
  reset,
}: {
  ctx: ConsoleContext;
  actions: readonly Action[];
  reset: () => void;
}) {
  const n = actions.length;
  const them = n === 1 ? 'it' : 'them';
  const off = !ctx.ready || n === 0;
  return (
    <div class="in-savebar">
      <p class="in-savebar__note" aria-live="polite">
        {n === 0
          ? 'No unsaved changes.'
          : `${count(n, 'unsaved change')}: Save applies ${them}, Discard drops ${them}.`}
      </p>
      <button
        type="button"
        class="in-button in-button--primary"
        disabled={off}
        onClick={async () => (await ctx.apply(actions)) && reset()}
      >
        Save
      </button>
      <button type="button" class="in-button" disabled={off} onClick={reset}>
        Discard
      </button>
    </div>
  );
}

/** A command or menu entry that is not part of this lab: visible, announced as unavailable. */
export const NOT_IN_LAB = 'Not part of this lab';

/** A name/value list (the essentials of a blade). */
export function Essentials({ items }: { items: readonly (readonly [string, ComponentChildren])[] }) {
  return (
    <dl class="in-essentials">
      {items.map(([term, value]) => (
        <div key={term} class="in-essentials__item">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A status word with its colour cue (and never colour alone: the word is the value). */
export function Status({ kind, children }: { kind: 'ok' | 'warn' | 'off'; children: ComponentChildren }) {
  return <span class={`in-status in-status--${kind}`}>{children}</span>;
}
