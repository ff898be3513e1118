import { describe, expect, it } from 'vitest';
import { calibrate, withRatios } from '../bench/calibration';

describe('the bench calibration figure (issue 23)', () => {
  it('follows every time in a line, in ms or s, with its ratio to the calibration', () => {
    expect(withRatios('engine median 40.0 ms, max 80.0 ms   (target: under 50 ms)', 200)).toBe('engine median 40.0 ms (0.20 cal), max 80.0 ms (0.40 cal)   (target: under 50 ms (0.25 cal))');
    expect(withRatios('import of 10,000 rows 6.2 s', 200)).toBe('import of 10,000 rows 6.2 s (31.00 cal)');
    expect(withRatios('per client 0.150 ms', 200)).toBe('per client 0.150 ms (0.0008 cal)');
    expect(withRatios('917/917 fields right, 0 wrong', 200)).toBe('917/917 fields right, 0 wrong');
  });

  it('is a time this machine takes for the same work', () => {
    const figure = calibrate();
    expect(figure).toBeGreaterThan(0);
    expect(Number.isFinite(figure)).toBe(true);
  });
});
