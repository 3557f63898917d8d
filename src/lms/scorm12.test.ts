import { describe, expect, it } from 'vitest';
import { findApi, timespan, timeOfDay, type WindowLike } from './scorm12';

const api = { LMSInitialize: () => 'true', LMSSetValue: () => 'true' };

describe('finding the LMS API', () => {
  it('finds it on a parent up to seven windows up, then on the opener', () => {
    const chain = (depth: number, top: WindowLike): WindowLike =>
      depth === 0 ? top : { parent: chain(depth - 1, top) };
    const top: WindowLike = { API: api };
    top.parent = top;
    expect(findApi(chain(7, top))).toBe(api);
    expect(findApi(chain(9, top))).toBeNull();
    const opener: WindowLike = { API: api };
    const alone: WindowLike = { opener };
    alone.parent = alone;
    expect(findApi(alone)).toBe(api);
  });

  it('gives null without an LMS, for an API-like object that is not one, and for a window it may not read', () => {
    const alone: WindowLike = {};
    alone.parent = alone;
    expect(findApi(alone)).toBeNull();
    expect(findApi({ API: { LMSInitialize: 'no' } })).toBeNull();
    const hostile = {
      get parent(): WindowLike {
        throw new Error('cross-origin');
      },
    } as WindowLike;
    expect(findApi(hostile)).toBeNull();
  });
});

describe('SCORM times', () => {
  it('formats a session time as HHHH:MM:SS.SS and a time of day as HH:MM:SS', () => {
    expect(timespan(0)).toBe('0000:00:00.00');
    expect(timespan(3_723_450)).toBe('0001:02:03.45');
    expect(timespan(-5)).toBe('0000:00:00.00');
    expect(timeOfDay(new Date(2026, 10, 24, 9, 5, 7))).toBe('09:05:07');
  });
});
