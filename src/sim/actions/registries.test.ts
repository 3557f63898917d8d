/**
 * The two registries of simulator actions (handlers.ts, fields.ts) against the action union as the
 * scenario schema lists it at run time, and the two readers of the field table (the share-link
 * codec and the scenario checks) against the table. The compiler already checks the registries'
 * keys (`satisfies`) and that every field is listed (`EveryFieldListed`); these tests are the
 * second guard, and check what the compiler cannot: tags, field kinds, and what the readers do.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ActionSchema, ScenarioSchema } from '../../schemas/scenario';
import { tinyScenario } from '../../schemas/test-scenario';
import { KEBAB_ID } from '../../schemas/glossary';
import { MAX_ADVANCE_MINUTES } from '../constants';
import { decodeAction, encodeAction } from '../share-link';
import { step } from '../step';
import { world } from '../test-fixtures';
import type { Action, ActionType } from '../types';
import { ACTION_FIELDS, actionReferences } from './fields';
import type { FieldKind } from './field-kinds';
import { HANDLERS } from './handlers';

/** The action types as the scenario schema's union lists them. */
const SCHEMA_TYPES = ActionSchema.options.map((option) => option.shape.type.value).sort();

describe('the action registries', () => {
  it('have exactly one entry per action type of the union, handlers and fields alike', () => {
    expect(SCHEMA_TYPES).toHaveLength(30);
    expect(Object.keys(HANDLERS).sort()).toEqual(SCHEMA_TYPES);
    expect(Object.keys(ACTION_FIELDS).sort()).toEqual(SCHEMA_TYPES);
  });

  it('give every action its own share-link tag and each field once', () => {
    const tags = Object.values(ACTION_FIELDS).map((entry) => entry.tag);
    expect(new Set(tags).size).toBe(tags.length);
    for (const entry of Object.values(ACTION_FIELDS)) {
      const keys = entry.fields.map(([key]) => key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('refuse a type outside the union, even one named like an object property', () => {
    for (const type of ['launch-rocket', 'toString', 'constructor', '__proto__']) {
      const result = step(world(), { type } as unknown as Action);
      expect(result).toMatchObject({ ok: false, reason: `Unknown action "${type}".` });
    }
  });
});

// ------------------------------------------------------------------- actions drawn from the table

const kebab = fc.stringMatching(KEBAB_ID).filter((id) => id.length <= 30);
/** Any device name (the schema asks a non-empty string; the codec escapes the rest). */
const deviceName = fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' });

function valueOf(kind: FieldKind): fc.Arbitrary<unknown> {
  if (kind.kind === 'enum') return fc.constantFrom(...kind.values);
  if (kind.kind === 'bool') return fc.boolean();
  if (kind.kind === 'int') return fc.integer({ min: 1, max: MAX_ADVANCE_MINUTES });
  if (kind.kind === 'collection') return kind.nullable ? fc.option(kebab, { nil: null }) : kebab;
  if (kind.kind === 'upload')
    return fc.oneof(
      fc.constant(null),
      fc.constant('all'),
      kebab.map((collection) => ({ collection })),
    );
  if (kind.kind === 'devices') return fc.array(deviceName, { minLength: 1, maxLength: 3 });
  return kind.kind === 'device' ? deviceName : kebab;
}

/** An action of `type` whose every field is drawn from its kind in the field table. */
function actionOf(type: ActionType): fc.Arbitrary<Action> {
  const fields = ACTION_FIELDS[type].fields as readonly (readonly [string, FieldKind])[];
  const record: Record<string, fc.Arbitrary<unknown>> = { type: fc.constant(type) };
  for (const [key, kind] of fields) record[key] = valueOf(kind);
  return fc.record(record) as unknown as fc.Arbitrary<Action>;
}

const TYPES = Object.keys(ACTION_FIELDS) as ActionType[];

describe('the field table', () => {
  it.each(TYPES)('describes %s as the scenario schema does, and the share-link codec round-trips it', (type) => {
    fc.assert(
      fc.property(actionOf(type), (action) => {
        // Every action drawn from the table is one the schema accepts, field for field.
        expect(ActionSchema.safeParse(action)).toMatchObject({ success: true, data: action });
        expect(decodeAction(encodeAction(action))).toEqual(action);
      }),
      { numRuns: 40 },
    );
  });
});

// --------------------------------------------------------------------- the scenario's references

/** A small valid scenario, with `action` as its only step action. */
function scenarioWith(action: Action): unknown {
  return tinyScenario([{ title: 'Step', narration: 'Step.', presenterNote: 'Step.', actions: [action] }]);
}

function problems(data: unknown): string[] {
  const result = ScenarioSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/**
 * What the scenario checks must say about `action` whose every collection, device and policy is
 * unknown, read from the field table's kinds (on their own, not through `actionReferences`):
 * collections and devices in field order, then policies.
 */
function expectedProblems(action: Action): string[] {
  const fields = ACTION_FIELDS[action.type].fields as readonly (readonly [string, FieldKind])[];
  const values = action as unknown as Record<string, unknown>;
  const at = (...path: (string | number)[]) => ['steps', 0, 'actions', 0, ...path].join('.');
  const found: string[] = [];
  const policies: string[] = [];
  for (const [key, kind] of fields) {
    const value = values[key];
    if (kind.kind === 'collection' && value !== null)
      found.push(`${at(key)}: Received unknown collection "${String(value)}"`);
    if (kind.kind === 'upload' && value !== null && value !== 'all')
      found.push(
        `${at(key, 'collection')}: Received unknown collection "${(value as { collection: string }).collection}"`,
      );
    if (kind.kind === 'device') found.push(`${at(key)}: Received unknown device "${String(value)}"`);
    if (kind.kind === 'devices')
      (value as string[]).forEach((name, k) => found.push(`${at(key, k)}: Received unknown device "${name}"`));
    if (kind.kind === 'policy')
      policies.push(`${at(key)}: Received unknown policy "${String(value)}"; expected one of initial.policies`);
  }
  return [...found, ...policies];
}

/**
 * The references each action holds, written out: as the scenario checks found them before they read
 * the field table (their switch over action types), and for each action added since. The table
 * must name the same fields with the same kinds.
 */
const EXPECTED_REFERENCES: Partial<Record<ActionType, string[]>> = {
  'wizard-set-upload': ['upload: upload'],
  'set-upload': ['upload: upload'],
  'wizard-set-enablement': ['collection: collection'],
  'set-auto-enrollment': ['collection: collection'],
  'wizard-set-workload': ['pilotCollection: collection'],
  'set-pilot-collection': ['collection: collection'],
  'set-collection-rights': ['collection: collection'],
  'add-to-collection': ['collection: collection', 'devices: devices'],
  'remove-from-collection': ['collection: collection', 'devices: devices'],
  'assign-policy': ['policy: policy', 'collection: collection'],
  'unassign-policy': ['policy: policy'],
  'unenroll-device': ['device: device'],
  'device-action': ['device: device'],
};

describe('the scenario checks', () => {
  const unknownId = kebab.map((id) => `unknown-${id}`);
  const unknownDevice = fc.stringMatching(/^[A-Z]{2,6}-[0-9]{1,3}$/).filter((name) => !name.startsWith('PC-'));
  /** An action of `type` whose every reference is to something the scenario does not have. */
  const withUnknownReferences = (type: ActionType) =>
    actionOf(type).chain((action) => {
      const fields = ACTION_FIELDS[type].fields as readonly (readonly [string, FieldKind])[];
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, kind] of fields) {
        if (kind.kind === 'collection') record[key] = kind.nullable ? fc.option(unknownId, { nil: null }) : unknownId;
        if (kind.kind === 'policy') record[key] = unknownId;
        if (kind.kind === 'upload')
          record[key] = fc.oneof(
            fc.constant(null),
            fc.constant('all'),
            unknownId.map((collection) => ({ collection })),
          );
        if (kind.kind === 'device') record[key] = unknownDevice;
        // Distinct names: the checks name an unknown device once, where it first appears.
        if (kind.kind === 'devices') record[key] = fc.uniqueArray(unknownDevice, { minLength: 1, maxLength: 3 });
      }
      return fc.record(record).map((references) => ({ ...action, ...references }) as Action);
    });

  it.each(TYPES)('name every unknown reference of %s where the field table puts it', (type) => {
    fc.assert(
      fc.property(withUnknownReferences(type), (action) => {
        const found = problems(scenarioWith(action));
        const expected = expectedProblems(action);
        expect(found).toHaveLength(expected.length);
        found.forEach((problem, k) =>
          expect(problem.startsWith(expected[k]!), `${problem} / ${expected[k]}`).toBe(true),
        );
        // actionReferences, which the checks read, points at exactly these fields' values.
        const references = actionReferences(action);
        expect(references).toHaveLength(expected.length);
        for (const r of references)
          expect(r.path.reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], action)).toBe(r.id);
      }),
      { numRuns: 15 },
    );
  });

  it('find the references written out for each action, field for field', () => {
    const referring = new Set(['collection', 'upload', 'device', 'devices', 'policy']);
    for (const type of TYPES) {
      const fields = ACTION_FIELDS[type].fields as readonly (readonly [string, FieldKind])[];
      const references = fields
        .filter(([, kind]) => referring.has(kind.kind))
        .map(([key, kind]) => `${key}: ${kind.kind}`);
      expect(references, type).toEqual(EXPECTED_REFERENCES[type] ?? []);
    }
  });

  it('names a policy after the collection it is assigned to, as it always has', () => {
    expect(problems(scenarioWith({ type: 'assign-policy', policy: 'nope', collection: 'pilott' }))).toEqual([
      'steps.0.actions.0.collection: Received unknown collection "pilott"; expected one of: ' +
        'all-systems, all-desktop-and-server-clients, co-management-eligible-devices, pilot',
      'steps.0.actions.0.policy: Received unknown policy "nope"; expected one of initial.policies',
    ]);
    expect(
      problems(scenarioWith({ type: 'wizard-set-upload', upload: { collection: 'pilot' }, endpointAnalytics: true })),
    ).toEqual([]);
  });
});
