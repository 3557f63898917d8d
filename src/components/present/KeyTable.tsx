import type { KeyHelp } from './key-help';

/** The presenter keys as a table: the help overlay, and the trainers' page (rendered at build). */
export function KeyTable({ help }: { help: readonly KeyHelp[] }) {
  return (
    <table class="key-table">
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">What it does</th>
        </tr>
      </thead>
      <tbody>
        {help.map((entry) => (
          <tr key={entry.command}>
            <td>
              {entry.shown.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' or '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </td>
            <td>{entry.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
