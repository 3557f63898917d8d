/**
 * The enrollment funnel (Eligible -> Scheduled -> Enrollment initiated -> Enrolled) as the engine
 * counts it, as bars or as a table, and the Enrollment errors table (code, devices, reason).
 */
import { useState } from 'preact/hooks';
import { enrollmentErrors, funnelCounts } from '../../../sim/derive';
import { perState } from '../SimShell';
import { heading, type EnablementProps } from './shared';

const countsOf = perState(funnelCounts);
const errorsOf = perState(enrollmentErrors);

export function Funnel({ state, views, level, id }: EnablementProps) {
  const H = heading(level);
  const [asTable, setAsTable] = useState(false);
  const c = countsOf(state);
  const stages: [string, number][] = [
    ['Eligible', c.eligible],
    ['Scheduled', c.scheduled],
    ['Enrollment initiated', c.enrollmentInitiated],
    ['Enrolled', c.enrolled],
  ];
  const max = Math.max(1, c.eligible);
  const errors = errorsOf(state);
  const caption = 'Devices per funnel stage (cumulative)';
  return (
    <section class="en-panel" aria-labelledby={`${id}-fun`}>
      <H id={`${id}-fun`}>Enrollment funnel</H>
      <p class="en-hint">
        The counts are cumulative: each stage includes every device that went further, and a failed enrollment counts as Enrollment
        initiated.
      </p>
      <button type="button" class="button button--quiet" onClick={() => setAsTable(!asTable)}>
        {asTable ? 'Show the funnel as a chart' : 'Show the funnel as a table'}
      </button>
      {asTable ? (
        <table class="en-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Devices</th>
            </tr>
          </thead>
          <tbody>
            {stages.map(([stage, n]) => (
              <tr key={stage}>
                <th scope="row">{stage}</th>
                <td>{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <figure class="en-chart">
          <figcaption>{caption}</figcaption>
          <ol>
            {stages.map(([stage, n]) => (
              <li key={stage}>
                <span>{stage}</span>
                <svg aria-hidden="true" focusable="false">
                  <rect width={`${(n / max) * 100}%`} height="100%" />
                </svg>
                <strong>{n}</strong>
              </li>
            ))}
          </ol>
        </figure>
      )}
      <p class="en-extra">
        Failed: <strong>{c.failed}</strong> · Pending user sign in: <strong>{c.pendingUserSignIn}</strong> · Not eligible:{' '}
        <strong>{c.notEligible}</strong>
      </p>
      {errors.length === 0 ? (
        <p>Enrollment errors: none.</p>
      ) : (
        <div class="en-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-err`}>
          <table class="en-table">
            <caption id={`${id}-err`}>Enrollment errors</caption>
            <thead>
              <tr>
                <th scope="col">Error code</th>
                <th scope="col">Devices</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {errors.map(({ code, count }) => (
                <tr key={code}>
                  <th scope="row">{code}</th>
                  <td>{count}</td>
                  <td>{views.find((v) => v.failed && v.code === code)?.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
