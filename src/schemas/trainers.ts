import { z } from 'astro/zod';
import { KEBAB_ID } from './glossary';

/**
 * `content/trainers.yaml`: what the trainers' page (`/trainers/`) says beyond the scenario files: a
 * suggested running order for a class, the scenarios that can swap in, and the checklist printed
 * with it. Scenario items take their length from the scenario's own `durationMinutes`;
 * `validateContent()` checks that every scenario, unit and checklist exists, that a swap-in
 * replaces a scenario of the running order, and that the items add up to `classMinutes`.
 */

const slug = z.string().regex(KEBAB_ID, 'must be kebab-case, e.g. "prerequisites"');

/** A scenario presented in the class (its length is the scenario's `durationMinutes`). */
export const ScenarioItemSchema = z
  .object({
    /** Id of a file in `content/scenarios/`. */
    scenario: slug,
    /** Why it sits here in the class, in a sentence or two. */
    note: z.string().min(1),
  })
  .strict();

/** Anything else in the class: an opening, a discussion, a check, a break. */
export const ActivityItemSchema = z
  .object({
    /** e.g. "Questions and the knowledge check". */
    activity: z.string().min(1),
    /** Whole minutes. */
    minutes: z.number().int().min(1).max(60),
    /** What the trainer does, in a sentence or two. */
    note: z.string().min(1),
    /** Slugs of the units it draws on, linked from the page. */
    units: z.array(slug).default([]),
  })
  .strict();

export const RunningOrderItemSchema = z.union([ScenarioItemSchema, ActivityItemSchema]);

/** A scenario to present instead of one in the running order, when the class asks about something else. */
export const SwapInSchema = z
  .object({
    /** Id of a file in `content/scenarios/`: the scenario to swap in. */
    scenario: slug,
    /** Id of the running order's scenario it takes the place of; the page shows that scenario's title. */
    replaces: slug,
    /** When to swap it in and what it shows, in a sentence or two (the titles come from the scenarios). */
    note: z.string().min(1),
  })
  .strict();

export const TrainersSchema = z
  .object({
    /** Length of the class the running order fills, in minutes. */
    classMinutes: z.number().int().min(15).max(240),
    /** The class, in order. */
    runningOrder: z.array(RunningOrderItemSchema).min(2),
    /** Scenarios to swap in when the class asks about something else, each with what it replaces and why. */
    alternatives: z.array(SwapInSchema).default([]),
    /**
     * Id of the unit checklist printed with the running order, for the trainer to tick before the
     * class (a `checklist.id` in a unit's frontmatter, e.g. "prerequisites").
     */
    checklist: slug,
  })
  .strict();

export type TrainersData = z.infer<typeof TrainersSchema>;
export type RunningOrderItem = z.infer<typeof RunningOrderItemSchema>;
export type SwapIn = z.infer<typeof SwapInSchema>;
