/**
 * Fleets generated from a spec and the seeded PRNG: the scenario stores the recipe, never a device
 * list, so 100,000 devices cost a few lines of YAML.
 */
import { FLEET_MAX, FLEET_MIN } from './constants';
import type { RngCursor } from './rng';
import type { Choice, Device, FleetSpec, MemberSelector } from './types';

/** Total number of devices a spec makes. */
export function fleetSize(spec: FleetSpec): number {
  return spec.segments.reduce((sum, segment) => sum + segment.count, 0);
}

/** Device name for index i of a fleet of `total` devices: `CON-0001`... */
export function deviceName(prefix: string, index: number, total: number): string {
  const width = Math.max(4, String(total).length);
  return `${prefix}-${String(index + 1).padStart(width, '0')}`;
}

function pick<T extends string>(choice: Choice<T>, rng: RngCursor): T {
  return typeof choice === 'string' ? choice : rng.weighted(choice);
}

/**
 * Builds the devices. Draws, per device and in this order: os, join, client, internet,
 * intuneEnrolled, userSignedIn, department (a fixed value draws nothing), so the same seed and
 * spec always give the same fleet. Throws on a spec outside 12-100,000 devices (a programmer
 * error: the scenario schema rejects such files first).
 */
export function generateFleet(spec: FleetSpec, rng: RngCursor): Device[] {
  const total = fleetSize(spec);
  if (!Number.isInteger(total) || total < FLEET_MIN || total > FLEET_MAX) {
    throw new Error(`generateFleet(): a fleet has ${FLEET_MIN} to ${FLEET_MAX} devices; this spec makes ${total}`);
  }
  const devices: Device[] = new Array(total);
  let index = 0;
  for (const segment of spec.segments) {
    const clientShare = segment.client ?? 1;
    const internetShare = segment.internet ?? 0;
    const enrolledShare = segment.intuneEnrolled ?? 0;
    const userShare = segment.userSignedIn ?? 1;
    const department = segment.department ?? 'General';
    for (let k = 0; k < segment.count; k++) {
      const os = pick(segment.os, rng);
      const join = pick(segment.join, rng);
      const client = rng.chance(clientShare);
      const internet = rng.chance(internetShare);
      const enrolled = rng.chance(enrolledShare);
      const userSignedIn = rng.chance(userShare);
      devices[index] = {
        name: deviceName(spec.prefix, index, total),
        os,
        join,
        client,
        internet,
        userSignedIn,
        department: pick(department, rng),
        // No draw: the flag marks the segment's already-enrolled devices, so fleets stay the same.
        autopilot: segment.autopilot === true && enrolled,
        enrollment: enrolled ? { stage: 'enrolled', at: 0, code: null } : { stage: 'none', at: 0, code: null },
      };
      index++;
    }
  }
  return devices;
}

/** Indices (ascending) of the devices a selector picks. */
export function selectDevices(devices: readonly Device[], selector: MemberSelector): number[] {
  const names = selector.names ? new Set(selector.names) : null;
  const out: number[] = [];
  const limit = selector.limit ?? Infinity;
  for (let i = 0; i < devices.length && out.length < limit; i++) {
    const d = devices[i]!;
    if (selector.department !== undefined && d.department !== selector.department) continue;
    if (selector.os && !selector.os.includes(d.os)) continue;
    if (selector.join && !selector.join.includes(d.join)) continue;
    if (selector.internet !== undefined && d.internet !== selector.internet) continue;
    if (selector.client !== undefined && d.client !== selector.client) continue;
    if (names && !names.has(d.name)) continue;
    out.push(i);
  }
  return out;
}
