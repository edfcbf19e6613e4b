import { describe, expect, it } from 'vitest';
import { median, pairedRatio, quantile } from '../../../scripts/bench/stats';

describe('bench statistics', () => {
  it('takes quantiles between samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(quantile([10, 20], 0.25)).toBe(12.5);
    expect(median([])).toBeNaN();
  });

  it('divides within each pair, so what the machine did to a round cancels out', () => {
    // The extension costs 2% in every round; the machine makes rounds up to 40% slower.
    const load = [1, 1.4, 0.9, 1.25, 1.1, 0.95, 1.3];
    const without = load.map((factor) => 1000 * factor);
    const withIt = without.map((value, i) => value * 1.02 * (i === 3 ? 1.001 : 1));
    const { value, interval } = pairedRatio(withIt, without);
    expect(value).toBeCloseTo(1.02, 6);
    expect(interval[0]).toBeCloseTo(1.02, 6);
    expect(interval[1]).toBeLessThan(1.021);
  });

  it('is the median of the per-round ratios, not the ratio of the medians', () => {
    // Per round: 1.10, 1.00, 1.01. The medians of each side (2000 / 2000) would say 1.00.
    expect(pairedRatio([1100, 2000, 3030], [1000, 2000, 3000]).value).toBeCloseTo(1.01, 6);
  });

  it('widens the interval when the rounds disagree', () => {
    const without = [1000, 1000, 1000, 1000, 1000, 1000];
    const withIt = [990, 1050, 1010, 1060, 1000, 1040];
    const { value, interval } = pairedRatio(withIt, without);
    expect(value).toBeCloseTo(1.025, 6);
    expect(interval[0]).toBeLessThan(1.01);
    expect(interval[1]).toBeGreaterThan(1.04);
  });
});
