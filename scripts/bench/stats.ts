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
 * How much a is to b when they were measured in pairs (each pair side by side, under the same
 * load): the median of the per-pair ratios a[i] / b[i], and a 90% percentile-bootstrap interval
 * for it. Dividing within each pair first cancels what the machine did to that pair; a ratio of
 * the two medians would keep it. Seeded, so the same samples always give the same interval.
 */
export function pairedRatio(
  a: readonly number[],
  b: readonly number[],
  resamples = 2000,
): { value: number; interval: [number, number] } {
  const ratios = a.slice(0, b.length).map((value, i) => value / (b[i] ?? Number.NaN));
  const random = mulberry32(0x5eed);
  const medians: number[] = [];
  for (let r = 0; r < resamples; r += 1) {
    const pick: number[] = [];
    for (let i = 0; i < ratios.length; i += 1)
      pick.push(ratios[Math.floor(random() * ratios.length)] ?? Number.NaN);
    medians.push(median(pick));
  }
  return { value: median(ratios), interval: [quantile(medians, 0.05), quantile(medians, 0.95)] };
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
