import { describe, expect, it } from 'vitest';
import {
  IDLE_TIMER,
  classElapsed,
  decodeClassTimer,
  formatElapsed,
  isoClockTime,
  isoDuration,
  markStep,
  mergeTimers,
  paceOf,
  resetTimer,
  scenarioElapsed,
  type ClassTimer,
} from './class-timer';

/** A fake clock: minutes into the morning of 4 March 2025, as milliseconds since the epoch. */
const NINE = Date.UTC(2025, 2, 4, 9, 0, 0);
const at = (minutes: number, seconds = 0) => NINE + minutes * 60_000 + seconds * 1000;

describe('markStep', () => {
  it('starts the class and the scenario at the first step key', () => {
    expect(markStep(IDLE_TIMER, 'pilot', at(0))).toEqual({
      resetAt: 0,
      startedAt: at(0),
      scenario: { id: 'pilot', startedAt: at(0) },
    });
  });

  it('changes nothing on later step keys in the same scenario (the same object comes back)', () => {
    const started = markStep(IDLE_TIMER, 'pilot', at(0));
    expect(markStep(started, 'pilot', at(3))).toBe(started);
  });

  it('keeps the class time across scenarios and starts the next scenario at its first step key', () => {
    const first = markStep(IDLE_TIMER, 'contoso', at(0));
    const second = markStep(first, 'pilot', at(9));
    expect(second).toEqual({ resetAt: 0, startedAt: at(0), scenario: { id: 'pilot', startedAt: at(9) } });
    expect(classElapsed(second, at(12))).toBe(12 * 60_000);
    expect(scenarioElapsed(second, 'pilot', at(12))).toBe(3 * 60_000);
    expect(scenarioElapsed(second, 'contoso', at(12))).toBeNull();
  });
});

describe('resetTimer', () => {
  it('stops the timer until the next step key, which starts it again', () => {
    const running = markStep(IDLE_TIMER, 'pilot', at(0));
    const reset = resetTimer(running, at(5));
    expect(reset).toEqual({ resetAt: at(5), startedAt: null, scenario: null });
    expect(classElapsed(reset, at(6))).toBeNull();
    expect(classElapsed(markStep(reset, 'pilot', at(7)), at(8))).toBe(60_000);
  });

  it('makes a second reset in the same millisecond a newer one', () => {
    const once = resetTimer(IDLE_TIMER, at(5));
    expect(resetTimer(once, at(5)).resetAt).toBeGreaterThan(once.resetAt);
  });
});

describe('mergeTimers', () => {
  const started = markStep(IDLE_TIMER, 'contoso', at(0));

  it('lets a later reset win over a running timer, whichever side it is on', () => {
    const reset = resetTimer(started, at(4));
    expect(mergeTimers(started, reset)).toEqual(reset);
    expect(mergeTimers(reset, started)).toEqual(reset);
  });

  it('never lets an idle window restart a running timer', () => {
    expect(mergeTimers(IDLE_TIMER, started)).toEqual(started);
    expect(mergeTimers(started, IDLE_TIMER)).toEqual(started);
  });

  it('keeps the earlier class start and the scenario switched to last, when a window started on its own', () => {
    // A window that could not read storage pressed a key in the next scenario before it heard the class had begun.
    const alone = markStep(IDLE_TIMER, 'pilot', at(9));
    const expected: ClassTimer = { resetAt: 0, startedAt: at(0), scenario: { id: 'pilot', startedAt: at(9) } };
    expect(mergeTimers(started, alone)).toEqual(expected);
    expect(mergeTimers(alone, started)).toEqual(expected);
  });

  it("keeps a scenario's earlier start when two windows started the same scenario", () => {
    const late = markStep(IDLE_TIMER, 'contoso', at(2));
    expect(mergeTimers(late, started)).toEqual(started);
  });

  it('settles: merging a copy with the merge changes nothing', () => {
    const other = markStep(markStep(IDLE_TIMER, 'pilot', at(1)), 'tenant', at(3));
    const merged = mergeTimers(started, other);
    expect(mergeTimers(started, merged)).toEqual(merged);
    expect(mergeTimers(other, merged)).toEqual(merged);
    // Two scenarios switched to in the same millisecond: both windows pick the same one.
    const a = markStep(IDLE_TIMER, 'alpha', at(1));
    const b = markStep(IDLE_TIMER, 'beta', at(1));
    expect(mergeTimers(a, b)).toEqual(mergeTimers(b, a));
  });
});

describe('decodeClassTimer', () => {
  it('reads back what a window wrote', () => {
    const timer = markStep(resetTimer(IDLE_TIMER, at(0)), 'pilot', at(1));
    expect(decodeClassTimer(JSON.parse(JSON.stringify(timer)))).toEqual(timer);
    expect(decodeClassTimer(IDLE_TIMER)).toEqual(IDLE_TIMER);
  });

  it('refuses anything malformed or impossible', () => {
    for (const bad of [
      null,
      'timer',
      {},
      { resetAt: -1, startedAt: null, scenario: null },
      { resetAt: 0, startedAt: '9:00', scenario: null },
      { resetAt: 10, startedAt: 5, scenario: null },
      { resetAt: 0, startedAt: null, scenario: { id: 'pilot', startedAt: 5 } },
      { resetAt: 0, startedAt: 10, scenario: { id: 'pilot', startedAt: 5 } },
      { resetAt: 0, startedAt: 10, scenario: { id: '', startedAt: 10 } },
      { resetAt: 0, startedAt: 10, scenario: { id: 'pilot', startedAt: Number.POSITIVE_INFINITY } },
    ]) {
      expect(decodeClassTimer(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('paceOf', () => {
  it('plans each step at durationMinutes × step / steps', () => {
    // 8 minutes over 4 steps: step 2 is due 4 minutes in.
    expect(paceOf(4 * 60_000, 8, 2, 4)).toEqual({ minutes: 0, label: 'on time' });
    expect(paceOf(6 * 60_000, 8, 2, 4)).toEqual({ minutes: 2, label: '+2 min' });
    expect(paceOf(3 * 60_000, 8, 2, 4)).toEqual({ minutes: -1, label: '\u22121 min' });
  });

  it('counts up to half a minute either way as on time', () => {
    expect(paceOf(29_000, 8, 0, 4).label).toBe('on time');
    expect(paceOf(4 * 60_000 - 29_000, 8, 2, 4).label).toBe('on time');
    expect(paceOf(31_000, 8, 0, 4).label).toBe('+1 min');
  });
});

describe('formats', () => {
  it('reads a stopwatch as m:ss, and h:mm:ss from an hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_999)).toBe('1:05');
    expect(formatElapsed(3_729_000)).toBe('1:02:09');
  });

  it('writes ISO 8601 durations for <time datetime>', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(8 * 60_000)).toBe('PT8M');
    expect(isoDuration(3_729_400)).toBe('PT1H2M9S');
  });

  it('writes a wall-clock reading as HH:MM', () => {
    expect(isoClockTime(new Date(2025, 2, 4, 9, 5, 59))).toBe('09:05');
    expect(isoClockTime(new Date(2025, 2, 4, 14, 30))).toBe('14:30');
  });
});
