/**
 * lab.environment: a teaching aid, not a console screen. What the lab's world holds outside both
 * consoles (Microsoft Entra ID, the acting administrator's identity and licences, the site's
 * service connection point, administration service and cloud management gateway), each with its
 * status as a prerequisite and the real place an administrator changes it. The controls are the
 * engine's actions (set-service-connection-point, set-administration-service,
 * set-cloud-management-gateway, set-admin-permission); what the consoles themselves change
 * (Full Administrator, the Intune permission, automatic enrollment) is a button that opens that
 * console's view instead.
 */
import type { ComponentChildren } from 'preact';
import type { ConsoleContext, ViewDefinition } from '../types';
import { adminItems, siteItems, tenantItems, type Item } from './environment-items';
import '../../../styles/console-lab.css';

function Items({ ctx, items }: { ctx: ConsoleContext; items: Item[] }) {
  return (
    <ul class="env-items">
      {items.map((item) => {
        const statusClass =
          item.status === 'Met'
            ? 'env-status--met'
            : item.status === 'Not met'
              ? 'env-status--not-met'
              : 'env-status--not-needed';
        const control = item.control;
        return (
          <li key={item.key} class="env-item">
            <p class="env-item__head">
              <strong>{item.name}</strong>
              <span class={`env-status ${statusClass}`}>
                <span aria-hidden="true">{item.status === 'Met' ? '✓ ' : item.status === 'Not met' ? '✗ ' : '– '}</span>
                {item.status}
              </span>
            </p>
            <p class="env-item__text">{item.text}</p>
            <p class="env-item__where">
              <span class="env-item__label">Changed in: </span>
              {item.where}
            </p>
            {control &&
              ('opens' in control ? (
                <button
                  type="button"
                  class="button button--quiet env-open"
                  disabled={!ctx.ready}
                  onClick={() => ctx.open(control.opens)}
                >
                  {control.label}
                </button>
              ) : (
                <label class="env-check">
                  <input
                    type="checkbox"
                    checked={control.checked}
                    disabled={!ctx.ready}
                    onChange={(e) => void ctx.act(control.action(e.currentTarget.checked))}
                  />
                  {control.label}
                </label>
              ))}
          </li>
        );
      })}
    </ul>
  );
}

function Section({
  ctx,
  title,
  id,
  children,
}: {
  ctx: ConsoleContext;
  title: string;
  id: string;
  children: ComponentChildren;
}) {
  const H = `h${Math.min(6, ctx.level + 1)}` as 'h4';
  return (
    <section class="env-section" aria-labelledby={id}>
      <H id={id} class="am-heading">
        {title}
      </H>
      {children}
    </section>
  );
}

function Environment({ ctx }: { ctx: ConsoleContext }) {
  const { state } = ctx;
  const id = `${ctx.idPrefix}-env`;
  return (
    <div class="env">
      <p class="env-intro">
        Tenant <strong>{state.tenant.name}</strong>; site <strong>{state.site.code}</strong> ({state.site.hierarchyName}
        ), Configuration Manager {state.site.version}. Each entry says where an administrator really changes it; in this
        lab the checkbox changes it here.
      </p>
      <Section ctx={ctx} title="Microsoft Entra ID and Intune tenant" id={`${id}-tenant`}>
        <Items ctx={ctx} items={tenantItems(state)} />
      </Section>
      <Section ctx={ctx} title="Acting administrator" id={`${id}-admin`}>
        <p class="env-intro">
          Signed in to both consoles as <strong>{state.admin.name}</strong>.
        </p>
        <Items ctx={ctx} items={adminItems(state)} />
      </Section>
      <Section ctx={ctx} title="Configuration Manager site" id={`${id}-site`}>
        <Items ctx={ctx} items={siteItems(state)} />
      </Section>
    </div>
  );
}

const view: ViewDefinition = {
  title: () => 'Lab environment',
  path: () => ['Lab views', 'Lab environment'],
  View: Environment,
};
export default view;
