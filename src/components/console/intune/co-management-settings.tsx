/**
 * Devices > Device onboarding > Enrollment > Windows > Co-management settings: the Intune
 * co-management settings profile for Windows Autopilot devices (fact sheet 6.2, decision 8). With
 * it assigned, Intune installs the Configuration Manager client as a first-party app and the
 * devices' workloads follow Configuration Manager's sliders ("Override co-management policy and use
 * Intune for all workloads" left at No); without it a Windows 11 Autopilot device keeps Intune for
 * every workload. The assignment waits for Save; installing the client is the engine's
 * install-client-from-intune.
 */
import type { TargetedEvent } from 'preact';
import { OS_INFO } from '../../../sim/constants';
import { mdmEnrolled } from '../../../sim/derive';
import type { Action, SimState } from '../../../sim/types';
import type { ViewDefinition } from '../types';
import { Essentials, H, SaveBar, TableBox, count, usePending } from './parts';

/** In this simulator, the profile's name and the group it is assigned to. */
const PROFILE_NAME = 'Co-management settings for Autopilot';
const AUTOPILOT_GROUP = 'Windows Autopilot devices';

/** Enrolled Windows 10 / 11 devices without the Configuration Manager client (what the install reaches). */
function withoutClient(state: SimState): number {
  let n = 0;
  for (const d of state.devices) {
    const family = OS_INFO[d.os].family;
    if (!d.client && mdmEnrolled(d) && (family === 'windows-10' || family === 'windows-11')) n++;
  }
  return n;
}

const view: ViewDefinition = {
  title: () => 'Co-management settings',
  path: () => ['Devices', 'Device onboarding', 'Enrollment', 'Windows', 'Co-management settings'],
  View({ ctx }) {
    const { state, level, idPrefix, ready } = ctx;
    const p = `${idPrefix}-in-cms`;
    const [pending, set, reset] = usePending<{ targeted?: boolean }>();
    const saved = state.tenant.coManagementSettingsPolicy;
    const targeted = pending.targeted ?? saved;
    const actions: Action[] = targeted === saved ? [] : [{ type: 'set-co-management-settings-policy', targeted }];
    const autopilot = state.devices.filter((d) => d.autopilot).length;
    const missing = withoutClient(state);
    const install = () => void ctx.act({ type: 'install-client-from-intune' });
    const assign = (event: TargetedEvent<HTMLInputElement>) => set({ targeted: event.currentTarget.checked });
    return (
      <div class="in-section">
        <TableBox
          id={`${p}-list`}
          caption="Co-management settings profiles"
          head={['Name', 'Assigned', 'Included groups']}
        >
          <tr data-step-change={ctx.stepMarks?.has('profile') ? '' : undefined}>
            <th scope="row">{PROFILE_NAME}</th>
            <td>{saved ? 'Yes' : 'No'}</td>
            <td>{saved ? AUTOPILOT_GROUP : 'None'}</td>
          </tr>
        </TableBox>
        <section class="in-card" aria-labelledby={`${p}-profile`}>
          <H n={level + 1} id={`${p}-profile`}>
            {PROFILE_NAME}
          </H>
          <H n={level + 2}>Configuration settings</H>
          <Essentials
            items={[
              ['Automatically install the Configuration Manager client', 'Yes'],
              [
                'Command line arguments',
                `CCMHOSTNAME (the cloud management gateway's address) and SMSSITECODE=${state.site.code}`,
              ],
              ['Override co-management policy and use Intune for all workloads', 'No'],
            ]}
          />
          <H n={level + 2}>Assignments</H>
          <label class="in-check">
            <input type="checkbox" checked={targeted} disabled={!ready} onChange={assign} />
            Assigned to the {AUTOPILOT_GROUP}
          </label>
          <p class="in-hint">
            In this simulator the group {AUTOPILOT_GROUP} holds the lab's Windows Autopilot devices (
            {count(autopilot, 'device')}). Assigned, the profile installs the client as a first-party app and their
            workloads follow the Configuration Manager sliders; without it a Windows 11 Autopilot device keeps Intune
            for every workload, even after the client arrives some other way. Autopilot into co-management does not
            support Pilot Intune workloads.
          </p>
          <SaveBar ctx={ctx} actions={actions} reset={reset} />
        </section>
        <section class="in-card" aria-labelledby={`${p}-client`}>
          <H n={level + 1} id={`${p}-client`}>
            Configuration Manager client on enrolled devices
          </H>
          <p>
            {missing === 0
              ? 'Every Windows device enrolled in Intune has the Configuration Manager client.'
              : `${count(missing, 'Windows device')} enrolled in Intune ${missing === 1 ? 'has' : 'have'} no Configuration Manager client.`}
          </p>
          <p class="in-hint">
            {saved
              ? 'The assigned profile installs the client as a first-party app; the devices download it from the cloud management gateway.'
              : 'No profile is assigned: in this simulator the client comes as an app (the legacy line-of-business route with ccmsetup.msi), and Windows 11 Autopilot devices keep Intune for every workload.'}{' '}
            It needs co-management enabled and a cloud management gateway.
          </p>
          <p class="in-row">
            <button type="button" class="in-button in-button--primary" disabled={!ready} onClick={install}>
              Install the Configuration Manager client
            </button>
          </p>
        </section>
      </div>
    );
  },
};
export default view;
