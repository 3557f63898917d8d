import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { TrainersSchema, type TrainersData } from '../../schemas/trainers';
import { nextInRunningOrder } from './next-scenario';

const trainers = TrainersSchema.parse(parse(readFileSync('content/trainers.yaml', 'utf8')));

describe('nextInRunningOrder', () => {
  it("gives the running order's next scenario, with the activities between the two", () => {
    expect(nextInRunningOrder(trainers, 'contoso-not-attached')).toEqual({
      scenario: 'who-can-run-device-actions',
      between: [],
    });
    expect(nextInRunningOrder(trainers, 'who-can-run-device-actions')).toEqual({
      scenario: 'pilot-enrollment-for-it',
      between: ['Walk through the prerequisites checklist'],
    });
  });

  it('gives nothing after the last scenario, or for a scenario the running order leaves out', () => {
    expect(nextInRunningOrder(trainers, 'compliance-policies-first')).toBeNull();
    expect(nextInRunningOrder(trainers, 'no-such-scenario')).toBeNull();
  });

  it('continues a swap-in from the place of the scenario it replaces', () => {
    const withSwap = {
      ...trainers,
      alternatives: [{ scenario: 'tenant-attach-only', note: 'Swap in.', replaces: 'contoso-not-attached' }],
    } as unknown as TrainersData;
    expect(nextInRunningOrder(withSwap, 'tenant-attach-only')).toEqual({
      scenario: 'who-can-run-device-actions',
      between: [],
    });
  });
});
