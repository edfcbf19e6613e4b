// Small statistics for side-by-side timings on a shared, noisy machine: medians (robust to the
// odd slow run) and a bootstrap interval that says how far a ratio of medians can be trusted.

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Linear-interpolated quantile, q in [0, 1]. */
export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const lowValue = sorted[low] ?? Number.NaN;
  const highValue = sorted[high] ?? Number.NaN;
  return lowValue + (highValue - lowValue) * (position - low);
}

/** Interquartile range relative to the median: the spread of one side's samples. */
export function relativeSpread(values: readonly number[]): number {
  return (quantile(values, 0.75) - quantile(values, 0.25)) / median(values);
}

/**
 * A 90% percentile-bootstrap interval for median(a) / median(b), rounds resampled as pairs (each
 * round ran a then b back to back, under the same load). Seeded, so the same samples always give
 * the same interval.
 */
export function ratioInterval(
  a: readonly number[],
  b: readonly number[],
  resamples = 2000,
): [number, number] {
  const random = mulberry32(0x5eed);
  const n = Math.min(a.length, b.length);
  const ratios: number[] = [];
  for (let r = 0; r < resamples; r += 1) {
    const pickA: number[] = [];
    const pickB: number[] = [];
    for (let i = 0; i < n; i += 1) {
      const index = Math.floor(random() * n);
      pickA.push(a[index] ?? Number.NaN);
      pickB.push(b[index] ?? Number.NaN);
    }
    ratios.push(median(pickA) / median(pickB));
  }
  return [quantile(ratios, 0.05), quantile(ratios, 0.95)];
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
