import { z } from 'astro/zod';
import {
  ADMIN_PERMISSIONS,
  ALL_CLIENTS,
  ALL_SYSTEMS,
  AUTHORITIES,
  AUTO_ENROLLMENT_VALUES,
  AZURE_ENVIRONMENTS,
  CO_MANAGEMENT_ELIGIBLE,
  DEVICE_ACTIONS,
  FLEET_MAX,
  FLEET_MIN,
  JOIN_TYPES,
  MAX_ADVANCE_MINUTES,
  MDM_USER_SCOPES,
  OS_IDS,
  SITE_VERSIONS,
  SLIDER_POSITIONS,
  WORKLOAD_IDS,
} from '../sim/constants';
import { actionReferences } from '../sim/actions/fields';
import { deviceName, fleetSize } from '../sim/fleet';
import { VIEW_IDS } from '../sim/views';
import type { Action, Check, Scenario } from '../sim/types';
import { FUNNEL_STAGES } from '../sim/types';
import { KEBAB_ID } from './glossary';

/**
 * `content/scenarios/<id>.yaml`: one simulator scenario. The actions and checks are the engine's
 * closed unions (`src/sim/types.ts`); a type assertion at the end of this file fails the type check
 * if the schema and the engine ever disagree.
 */

const kebab = (example: string) => z.string().regex(KEBAB_ID, `must be kebab-case, e.g. "${example}"`);
const workload = z.enum(WORKLOAD_IDS);
const position = z.enum(SLIDER_POSITIONS);
const collectionRef = kebab('pilot-finance');

/** Upload scope: "all" (every client, the default) or one collection with its child collections. */
export const UploadScopeSchema = z.union([
  z.literal('all'),
  z
    .object({
      /** The collection whose members (and whose child collections' members) are uploaded. */
      collection: collectionRef,
    })
    .strict(),
]);

// ------------------------------------------------------------------------------------- actions

/** Every action the engine knows; `type` selects the kind. See `Action` in `src/sim/types.ts`. */
export const ActionSchema = z.discriminatedUnion('type', [
  /** Administration > Cloud Services > Cloud Attach > Configure Cloud Attach. */
  z.object({ type: z.literal('open-wizard') }).strict(),
  z
    .object({
      type: z.literal('wizard-sign-in'),
      /** Azure environment chosen before Sign In. */
      environment: z.enum(AZURE_ENVIRONMENTS),
    })
    .strict(),
  z
    .object({
      type: z.literal('wizard-set-mode'),
      /** "Use default settings (recommended)" or "Customize settings" (2111+). */
      mode: z.enum(['default', 'customize']),
    })
    .strict(),
  z
    .object({
      type: z.literal('wizard-set-upload'),
      /** Devices to upload, or null for no upload. */
      upload: UploadScopeSchema.nullable(),
      /** "Enable Endpoint analytics for devices uploaded...". */
      endpointAnalytics: z.boolean(),
    })
    .strict(),
  z
    .object({
      type: z.literal('wizard-set-enablement'),
      /** Automatic enrollment in Intune: none, pilot or all. */
      autoEnrollment: z.enum(AUTO_ENROLLMENT_VALUES),
      /** The Intune Auto Enrollment collection (for pilot), or null. */
      collection: collectionRef.nullable(),
    })
    .strict(),
  z
    .object({
      type: z.literal('wizard-set-workload'),
      /** The workload whose slider moves (Workloads page, before 2111). */
      workload,
      /** Its slider position. */
      position,
      /** Its workload pilot collection (Staging page), or null. */
      pilotCollection: collectionRef.nullable(),
    })
    .strict(),
  /** Next page of the wizard. */
  z.object({ type: z.literal('wizard-next') }).strict(),
  /** Finish on the Summary page. */
  z.object({ type: z.literal('wizard-finish') }).strict(),
  z.object({ type: z.literal('wizard-cancel') }).strict(),
  z
    .object({
      type: z.literal('set-upload'),
      /** Properties > Configure upload: devices to upload, or null to turn the upload off. */
      upload: UploadScopeSchema.nullable(),
      /** Endpoint analytics on or off. */
      endpointAnalytics: z.boolean(),
    })
    .strict(),
  z
    .object({
      type: z.literal('set-auto-enrollment'),
      /** Properties > Enablement: Automatic enrollment in Intune. */
      autoEnrollment: z.enum(AUTO_ENROLLMENT_VALUES),
      /** The Intune Auto Enrollment collection (for pilot), or null. */
      collection: collectionRef.nullable(),
    })
    .strict(),
  z
    .object({
      type: z.literal('set-workload'),
      /** Properties > Workloads: the workload. */
      workload,
      /** Its new slider position. */
      position,
    })
    .strict(),
  z
    .object({
      type: z.literal('set-pilot-collection'),
      /** Properties > Staging: one workload, or "all" for every workload. */
      workload: z.union([workload, z.literal('all')]),
      /** The workload pilot collection. */
      collection: collectionRef,
    })
    .strict(),
  z
    .object({
      type: z.literal('add-to-collection'),
      /** A scenario collection (built-in collections are query based). */
      collection: collectionRef,
      /** Device names, e.g. "CON-0042". */
      devices: z.array(z.string().min(1)).min(1),
    })
    .strict(),
  z
    .object({
      type: z.literal('remove-from-collection'),
      /** A scenario collection. */
      collection: collectionRef,
      /** Device names. */
      devices: z.array(z.string().min(1)).min(1),
    })
    .strict(),
  z
    .object({
      type: z.literal('assign-policy'),
      /** A policy id from `initial.policies`. */
      policy: kebab('intune-compliance'),
      /** The collection to assign it to. */
      collection: collectionRef,
    })
    .strict(),
  z
    .object({
      type: z.literal('unassign-policy'),
      /** A policy id from `initial.policies`. */
      policy: kebab('intune-compliance'),
    })
    .strict(),
  z
    .object({
      type: z.literal('set-service-connection-point'),
      /** The service connection point online (true) or offline. */
      online: z.boolean(),
    })
    .strict(),
  z
    .object({
      type: z.literal('set-administration-service'),
      /** The administration service working (true) or not. */
      working: z.boolean(),
    })
    .strict(),
  z
    .object({
      type: z.literal('set-cloud-management-gateway'),
      /** A cloud management gateway present (true) or not. */
      present: z.boolean(),
    })
    .strict(),
  z
    .object({
      type: z.literal('set-mdm-user-scope'),
      /** Intune automatic enrollment's MDM user scope. */
      scope: z.enum(MDM_USER_SCOPES),
    })
    .strict(),
  z
    .object({
      type: z.literal('set-automatic-enrollment-configured'),
      /** Automatic enrollment (the Microsoft Intune MDM app in Entra ID) configured (true) or not. */
      configured: z.boolean(),
    })
    .strict(),
  z
    .object({
      type: z.literal('set-unlicensed-admins'),
      /** Tenant administration > Roles > Administrator Licensing > "Allow access to unlicensed admins". */
      allowed: z.boolean(),
    })
    .strict(),
  z
    .object({
      type: z.literal('set-co-management-settings-policy'),
      /** An Intune co-management settings policy targets the Autopilot devices (true) or none does. */
      targeted: z.boolean(),
    })
    .strict(),
  z
    .object({
      type: z.literal('set-admin-permission'),
      /** Which permission or identity property of the acting admin. */
      permission: z.enum(ADMIN_PERMISSIONS),
      /** Granted (true) or removed. */
      granted: z.boolean(),
    })
    .strict(),
  z
    .object({
      type: z.literal('set-collection-rights'),
      /** The collection. */
      collection: collectionRef,
      /** Configuration Manager rights on it granted (true) or removed. */
      granted: z.boolean(),
    })
    .strict(),
  /** Intune installs the Configuration Manager client on enrolled devices without it (path 2): through the co-management settings policy when one is targeted. */
  z.object({ type: z.literal('install-client-from-intune') }).strict(),
  z
    .object({
      type: z.literal('unenroll-device'),
      /** The device a user unenrolls from Intune. */
      device: z.string().min(1),
    })
    .strict(),
  z
    .object({
      type: z.literal('device-action'),
      /** The device, by name. */
      device: z.string().min(1),
      /** Sync Machine Policy, Sync User Policy or App Evaluation Cycle. */
      action: z.enum(DEVICE_ACTIONS),
    })
    .strict(),
  z
    .object({
      type: z.literal('advance-time'),
      /** Simulated minutes, 1 to 43,200 (30 days). */
      minutes: z.number().int().min(1).max(MAX_ADVANCE_MINUTES),
    })
    .strict(),
]);

// ------------------------------------------------------------------------------------- checks

/** Every goal check the engine grades; `type` selects the kind. See `Check` in `src/sim/types.ts`. */
export const CheckSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('slider-position'),
      /** The workload. */
      workload,
      /** The slider position the goal wants. */
      position,
    })
    .strict(),
  z
    .object({
      type: z.literal('pilot-collection'),
      /** The workload. */
      workload,
      /** The workload pilot collection the goal wants. */
      collection: collectionRef,
    })
    .strict(),
  z
    .object({
      type: z.literal('auto-enrollment'),
      /** Automatic enrollment in Intune the goal wants. */
      autoEnrollment: z.enum(AUTO_ENROLLMENT_VALUES),
      /** The Intune Auto Enrollment collection it wants; omitted: any. */
      collection: collectionRef.optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('effective-authority'),
      /** The device, by name. */
      device: z.string().min(1),
      /** The workload. */
      workload,
      /** The effective authority the goal wants. */
      authority: z.enum(AUTHORITIES),
    })
    .strict(),
  z
    .object({
      type: z.literal('collection-authority'),
      /** Every member of this collection... */
      collection: collectionRef,
      /** ...for this workload... */
      workload,
      /** ...has this effective authority. */
      authority: z.enum(AUTHORITIES),
    })
    .strict(),
  z
    .object({
      type: z.literal('funnel-count'),
      /** Funnel stage, counted cumulatively (Scheduled includes later stages). */
      stage: z.enum(FUNNEL_STAGES),
      /** Lower bound; omitted: none. */
      atLeast: z.number().int().min(0).optional(),
      /** Upper bound; omitted: none. */
      atMost: z.number().int().min(0).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('upload-scope'),
      /** The upload scope the goal wants, or null for no upload. */
      upload: UploadScopeSchema.nullable(),
    })
    .strict(),
  z
    .object({
      type: z.literal('connector-status'),
      /** The connector page's Status. */
      status: z.enum(['No results', 'Healthy', 'Unknown']),
    })
    .strict(),
  z
    .object({
      type: z.literal('managed-by'),
      /** The device, by name. */
      device: z.string().min(1),
      /** Managed by as the admin center shows it, or null: not listed. */
      managedBy: z.enum(['ConfigMgr', 'Co-managed', 'Intune']).nullable(),
    })
    .strict(),
  z
    .object({
      type: z.literal('device-action'),
      /** The device, by name. */
      device: z.string().min(1),
      /** The action; omitted: the latest of any kind. */
      action: z.enum(DEVICE_ACTIONS).optional(),
      /** Complete or Failed. */
      status: z.enum(['Complete', 'Failed']),
      /** Text the Error column must contain, e.g. "You don't have access"; omitted: any. */
      error: z.string().min(1).optional(),
      /** true: any such action so far counts, not only the latest; default false. */
      ever: z.boolean().optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('policy-on-device'),
      /** The device, by name. */
      device: z.string().min(1),
      /** A policy id from `initial.policies`. */
      policy: kebab('intune-compliance'),
      /** The policy's settings are in effect on the device (enforced, or left behind); false: neither. */
      applied: z.boolean(),
      /** With applied: true only. true: left behind, no longer enforced; false: enforced; omitted: either. */
      left: z.boolean().optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('signed-in'),
      /** Signed in to this Azure environment: in the open wizard, or cloud attach configured there. */
      environment: z.enum(AZURE_ENVIRONMENTS),
    })
    .strict(),
]);

// ------------------------------------------------------------------------------------- fleet

const share = z.number().min(0).max(1);
const weights = <T extends readonly [string, ...string[]]>(values: T) =>
  z.record(z.enum(values), z.number().positive());

/** A group of devices with the same properties, or the same distribution of them. */
export const FleetSegmentSchema = z
  .object({
    /** How many devices. */
    count: z.number().int().min(1),
    /** An operating system id, or weights to draw one per device. */
    os: z.union([z.enum(OS_IDS), weights(OS_IDS)]),
    /** A join type, or weights. */
    join: z.union([z.enum(JOIN_TYPES), weights(JOIN_TYPES)]),
    /** Share (0-1) of devices with the Configuration Manager client; default 1. */
    client: share.optional(),
    /** Share of internet-based devices; default 0. */
    internet: share.optional(),
    /** Share already enrolled in Intune (e.g. by Autopilot); default 0. */
    intuneEnrolled: share.optional(),
    /** The segment's devices already enrolled in Intune were provisioned by Windows Autopilot; default false. */
    autopilot: z.boolean().optional(),
    /** Share with a signed-in user; default 1. */
    userSignedIn: share.optional(),
    /** A department label, or weights; default "General". Collections select by it. */
    department: z.union([z.string().min(1), z.record(z.string().min(1), z.number().positive())]).optional(),
  })
  .strict();

/** The fleet: generated from the seed, never listed device by device. */
export const FleetSpecSchema = z
  .object({
    /** Device names are `<prefix>-<number>` (at least 4 digits), e.g. "CON-0042". */
    prefix: z.string().regex(/^[A-Z][A-Z0-9]{1,7}$/, 'must be 2-8 capital letters or digits, e.g. "CON"'),
    /** The segments, in order; 12 to 100,000 devices in all. */
    segments: z.array(FleetSegmentSchema).min(1),
  })
  .strict();

/** Which devices a collection holds: every given filter must match. */
export const MemberSelectorSchema = z
  .object({
    /** Department label. */
    department: z.string().min(1).optional(),
    /** Operating systems. */
    os: z.array(z.enum(OS_IDS)).min(1).optional(),
    /** Join types. */
    join: z.array(z.enum(JOIN_TYPES)).min(1).optional(),
    /** Internet-based (true) or intranet devices. */
    internet: z.boolean().optional(),
    /** With (true) or without the Configuration Manager client. */
    client: z.boolean().optional(),
    /** Exact device names. */
    names: z.array(z.string().min(1)).min(1).optional(),
    /** Keep only the first N matches. */
    limit: z.number().int().min(0).optional(),
  })
  .strict();

/** A device collection of the scenario (the built-in ones always exist). */
export const CollectionSpecSchema = z
  .object({
    /** Stable kebab-case id; actions and checks refer to it. */
    id: collectionRef,
    /** Name as the console shows it, e.g. "Pilot-Finance". */
    name: z.string().min(1),
    /** The collection this one is a child of (upload scopes include child collections). */
    parent: collectionRef.optional(),
    /** Which devices it holds. */
    members: MemberSelectorSchema,
  })
  .strict();

/** A policy of one workload. */
export const PolicySpecSchema = z
  .object({
    /** Stable kebab-case id. */
    id: kebab('intune-compliance'),
    /** Name as its console shows it. */
    name: z.string().min(1),
    /** Which console it comes from. */
    source: z.enum(['intune', 'configmgr']),
    /** The workload it belongs to. */
    workload,
    /** The collection it is assigned or deployed to; omitted: unassigned. */
    assignedTo: collectionRef.optional(),
    /** Configuration Manager baseline with "Always apply this baseline even for co-managed clients". */
    alwaysApply: z.boolean().optional(),
  })
  .strict();

/** Starting settings; every field is optional and defaults as in `src/sim/world.ts`. */
export const InitialSettingsSchema = z
  .object({
    /** Site details other than the version. */
    site: z
      .object({
        /** Three-character site code; default "CON". */
        code: z
          .string()
          .regex(/^[A-Z0-9]{3}$/)
          .optional(),
        /** The hierarchy name the connector page shows. */
        hierarchyName: z.string().min(1).optional(),
        /** Service connection point online; default true. */
        serviceConnectionPoint: z.boolean().optional(),
        /** Administration service working; default true. */
        administrationService: z.boolean().optional(),
        /** A cloud management gateway exists; default false. */
        cloudManagementGateway: z.boolean().optional(),
      })
      .strict()
      .optional(),
    /** The Intune tenant. */
    tenant: z
      .object({
        /** Tenant name; default "contoso.onmicrosoft.com". */
        name: z.string().min(1).optional(),
        /** Entra ID P1 licences; default true. */
        entraIdP1: z.boolean().optional(),
        /** Intune licences; default true. */
        intuneLicenses: z.boolean().optional(),
        /** Automatic enrollment configured (the Microsoft Intune MDM app in Entra ID); default true. */
        automaticEnrollmentConfigured: z.boolean().optional(),
        /** MDM user scope; default all. */
        mdmUserScope: z.enum(MDM_USER_SCOPES).optional(),
        /** "Allow access to unlicensed admins" (Tenant administration > Roles > Administrator Licensing); default true. */
        allowUnlicensedAdmins: z.boolean().optional(),
        /** An Intune co-management settings policy targets the Autopilot devices (override left at No); default false. */
        coManagementSettingsPolicy: z.boolean().optional(),
      })
      .strict()
      .optional(),
    /** The acting admin; every permission defaults to granted, rights on All Systems. */
    admin: z
      .object({
        /** Display name. */
        name: z.string().min(1).optional(),
        /** Entra Global Administrator. */
        globalAdministrator: z.boolean().optional(),
        /** Has an Intune licence. */
        intuneLicense: z.boolean().optional(),
        /** Configuration Manager Full Administrator with All scope. */
        fullAdministrator: z.boolean().optional(),
        /** Synced (hybrid) identity. */
        syncedHybridIdentity: z.boolean().optional(),
        /** Discovered by Entra ID user discovery. */
        entraUserDiscovery: z.boolean().optional(),
        /** Discovered by Active Directory user discovery. */
        adUserDiscovery: z.boolean().optional(),
        /** Intune permission "Initiate Configuration Manager action". */
        initiateConfigMgrAction: z.boolean().optional(),
        /** Collections with Configuration Manager rights; default ["all-systems"]. */
        collectionRights: z.array(collectionRef).optional(),
      })
      .strict()
      .optional(),
    /** Cloud attach as already configured; omitted: not configured. */
    cloudAttach: z
      .object({
        /** Azure environment; default public. */
        environment: z.enum(AZURE_ENVIRONMENTS).optional(),
        /** Upload scope, or null for no upload. */
        upload: UploadScopeSchema.nullable(),
        /** Endpoint analytics; default false. */
        endpointAnalytics: z.boolean().optional(),
      })
      .strict()
      .optional(),
    /** Co-management as already enabled; omitted: Automatic enrollment in Intune = None. */
    coManagement: z
      .object({
        /** Automatic enrollment in Intune. */
        autoEnrollment: z.enum(AUTO_ENROLLMENT_VALUES),
        /** The Intune Auto Enrollment collection (needed for pilot). */
        autoEnrollmentCollection: collectionRef.optional(),
        /** Workloads that are not at Configuration Manager, or that have a workload pilot collection. */
        workloads: z
          .record(
            workload,
            z
              .object({
                /** Slider position. */
                position,
                /** Workload pilot collection (needed for pilot-intune). */
                pilotCollection: collectionRef.optional(),
              })
              .strict(),
          )
          .optional(),
      })
      .strict()
      .optional(),
    /** Start after enrollment and upload have settled; default false. */
    settled: z.boolean().optional(),
    /** Intune and Configuration Manager policies. */
    policies: z.array(PolicySpecSchema).optional(),
  })
  .strict();

const VIEW_MESSAGE = `must be a view of the lab console: ${VIEW_IDS.join(', ')}`;

/**
 * A place the presenter shows: a view id (`cm.properties.enablement`), or a view with the device it
 * is about (`{ view: intune.device, device: CON-0001 }`). A lone id is read as `{ view: <id> }`.
 */
export const StageViewSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { view: value } : value),
  z
    .object({
      /** One of the view ids in src/sim/views.ts. */
      view: z.enum(VIEW_IDS, { message: VIEW_MESSAGE }),
      /** For `intune.device` (and only there): the device's name. */
      device: z.string().min(1).optional(),
    })
    .strict(),
);

/** One step: narration for the learner, a note for the presenter, and the actions it applies. */
export const ScenarioStepSchema = z
  .object({
    /** Short title, e.g. "Sign in as a Global Administrator". */
    title: z.string().min(1),
    /** What the learner reads: what happens and why (true to the fact sheet). */
    narration: z.string().min(1),
    /** What the presenter says or points at. */
    presenterNote: z.string().min(1),
    /** The actions "Next" applies, in order; may be empty for a pure explanation step. */
    actions: z.array(ActionSchema),
    /**
     * Where the presenter view shows the step: one view, or a list shown in turn on each step key.
     * Absent: the view its actions' effects point at (src/sim/stage.ts), or its narration alone
     * when they point at none. Read as a list (one view is a list of one).
     */
    view: z
      .preprocess(
        (value) => (value === undefined || Array.isArray(value) ? value : [value]),
        z.array(StageViewSchema).min(1),
      )
      .optional(),
  })
  .strict();

/** A goal: a title and checks that must all pass. */
export const GoalSchema = z
  .object({
    /** Stable kebab-case id, unique in the scenario. */
    id: kebab('compliance-to-pilot'),
    /** What the learner is asked to do. */
    title: z.string().min(1),
    /** The checks; the goal passes when all pass. */
    checks: z.array(CheckSchema).min(1),
  })
  .strict();

/** The scenario file. */
export const ScenarioSchema = z
  .object({
    /** Stable kebab-case id, equal to the file name; `/scenarios/<id>/` and lessons refer to it. */
    id: kebab('compliance-policies-first'),
    /** Title, as captions and the trainers' page show it. */
    title: z.string().min(1),
    /** One or two sentences on what the scenario shows. */
    summary: z.string().min(1),
    /**
     * Whole minutes a trainer needs to present it to a class, questions included: the trainers'
     * page shows it and adds the running order up.
     */
    durationMinutes: z.number().int().min(1).max(30),
    /** The lab console's view it opens at: one of the view ids in src/sim/views.ts. */
    opensAt: z.enum(VIEW_IDS, { message: `must be a view of the lab console: ${VIEW_IDS.join(', ')}` }),
    /** Configuration Manager version of the site: the engine applies its version gates. */
    siteVersion: z
      .number()
      .int()
      .refine((v) => (SITE_VERSIONS as readonly number[]).includes(v), {
        message: `must be a current branch version: ${SITE_VERSIONS.join(', ')}`,
      }),
    /** Seed of the PRNG (0 to 4294967295): the same seed gives the same fleet and timings. */
    seed: z.number().int().min(0).max(0xffffffff),
    /** The fleet recipe. */
    fleet: FleetSpecSchema,
    /** The scenario's collections, besides the built-in ones. */
    collections: z.array(CollectionSpecSchema),
    /** Starting settings. */
    initial: InitialSettingsSchema,
    /** The guided steps, in order. */
    steps: z.array(ScenarioStepSchema).min(1),
    /** Goals the learner can reach. */
    goals: z.array(GoalSchema),
  })
  .strict()
  .superRefine((scenario, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });
    const total = fleetSize(scenario.fleet);
    if (total < FLEET_MIN || total > FLEET_MAX)
      issue(
        ['fleet', 'segments'],
        `Received ${total} devices in all; expected ${FLEET_MIN} to ${FLEET_MAX.toLocaleString('en-US')}`,
      );
    const builtIn = [ALL_SYSTEMS, ALL_CLIENTS, ...(scenario.siteVersion >= 2111 ? [CO_MANAGEMENT_ELIGIBLE] : [])];
    const ids = new Set(builtIn);
    scenario.collections.forEach((c, k) => {
      if (ids.has(c.id))
        issue(
          ['collections', k, 'id'],
          `Received "${c.id}" a second time (or a built-in id); expected a unique collection id`,
        );
      ids.add(c.id);
    });
    const known = `expected one of: ${[...ids].join(', ')}`;
    const ref = (path: (string | number)[], id: string | null | undefined) => {
      if (id != null && !ids.has(id)) issue(path, `Received unknown collection "${id}"; ${known}`);
    };
    const names = new Set<string>();
    const width = Math.max(4, String(total).length);
    const nameOk = (name: string) => {
      const m = new RegExp(`^${scenario.fleet.prefix}-(\\d{${width}})$`).exec(name);
      return (
        m !== null &&
        Number(m[1]) >= 1 &&
        Number(m[1]) <= total &&
        deviceName(scenario.fleet.prefix, Number(m[1]) - 1, total) === name
      );
    };
    const device = (path: (string | number)[], name: string) => {
      if (!names.has(name) && !nameOk(name))
        issue(
          path,
          `Received unknown device "${name}"; expected ${deviceName(scenario.fleet.prefix, 0, total)} to ${deviceName(scenario.fleet.prefix, total - 1, total)}`,
        );
      names.add(name);
    };
    scenario.collections.forEach((c, k) => {
      ref(['collections', k, 'parent'], c.parent);
      c.members.names?.forEach((n, j) => device(['collections', k, 'members', 'names', j], n));
    });
    const init = scenario.initial;
    init.admin?.collectionRights?.forEach((id, k) => ref(['initial', 'admin', 'collectionRights', k], id));
    const upload = init.cloudAttach?.upload;
    if (upload && upload !== 'all') ref(['initial', 'cloudAttach', 'upload', 'collection'], upload.collection);
    ref(['initial', 'coManagement', 'autoEnrollmentCollection'], init.coManagement?.autoEnrollmentCollection);
    for (const [w, s] of Object.entries(init.coManagement?.workloads ?? {}))
      ref(['initial', 'coManagement', 'workloads', w, 'pilotCollection'], s?.pilotCollection);
    const policies = new Set<string>();
    init.policies?.forEach((p, k) => {
      if (policies.has(p.id))
        issue(['initial', 'policies', k, 'id'], `Received "${p.id}" a second time; expected a unique policy id`);
      policies.add(p.id);
      ref(['initial', 'policies', k, 'assignedTo'], p.assignedTo);
    });
    scenario.steps.forEach((s, k) =>
      s.view?.forEach((place, j) => {
        const path = ['steps', k, 'view', j];
        if (place.view === 'intune.device' && place.device === undefined)
          issue(
            path,
            'Received intune.device without a device; expected { view: intune.device, device: <a device name> }',
          );
        else if (place.view !== 'intune.device' && place.device !== undefined)
          issue([...path, 'device'], `Received a device for ${place.view}; expected a device only with intune.device`);
        else if (place.device !== undefined) device([...path, 'device'], place.device);
      }),
    );
    // The references an action holds come from the field table (src/sim/actions/fields.ts); policies
    // are checked after an action's collections and devices, the order these messages have always had.
    scenario.steps.forEach((s, k) =>
      s.actions.forEach((a, j) => {
        const references = actionReferences(a);
        for (const r of references) {
          const path = ['steps', k, 'actions', j, ...r.path];
          if (r.kind === 'collection') ref(path, r.id);
          if (r.kind === 'device') device(path, r.id);
        }
        for (const r of references) {
          if (r.kind === 'policy' && !policies.has(r.id))
            issue(
              ['steps', k, 'actions', j, ...r.path],
              `Received unknown policy "${r.id}"; expected one of initial.policies`,
            );
        }
      }),
    );
    const goalIds = new Set<string>();
    scenario.goals.forEach((g, k) => {
      if (goalIds.has(g.id)) issue(['goals', k, 'id'], `Received "${g.id}" a second time; expected a unique goal id`);
      goalIds.add(g.id);
      g.checks.forEach((c, j) => {
        const path = ['goals', k, 'checks', j];
        if ('collection' in c) ref([...path, 'collection'], c.collection);
        if (c.type === 'upload-scope' && c.upload && c.upload !== 'all')
          ref([...path, 'upload', 'collection'], c.upload.collection);
        if ('device' in c) device([...path, 'device'], c.device);
        if (c.type === 'funnel-count' && c.atLeast === undefined && c.atMost === undefined)
          issue(path, 'Received neither atLeast nor atMost; expected at least one bound');
        if (c.type === 'policy-on-device') {
          if (!policies.has(c.policy))
            issue([...path, 'policy'], `Received unknown policy "${c.policy}"; expected one of initial.policies`);
          if (!c.applied && c.left !== undefined)
            issue([...path, 'left'], 'Received left with applied: false; expected left only with applied: true');
        }
      });
    });
  });

export type ScenarioData = z.infer<typeof ScenarioSchema>;

// The schema and the engine's types must describe the same data (a compile-time check).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type ActionSchemaMatchesEngine = Assert<Same<z.infer<typeof ActionSchema>, Action>>;
export type CheckSchemaMatchesEngine = Assert<Same<z.infer<typeof CheckSchema>, Check>>;
export type ScenarioSchemaMatchesEngine = Assert<Same<ScenarioData, Scenario>>;
