// Axis ticks people read at a glance: evenly spaced round numbers (1, 2, 2.5 or 5 times a power
// of ten) that enclose the data, instead of the data's own minimum and maximum.

export interface NiceScale {
  /** The axis runs from the first tick to the last. */
  domain: [number, number];
  ticks: number[];
}

/** The round step nearest above `rough`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * Even ticks enclosing [min, max], about `count` of them. Counts (`integer`) never get a
 * fractional step. A flat series gets a step above and below, so its line sits mid-chart.
 */
export function niceScale(min: number, max: number, { count = 5, integer = false } = {}): NiceScale {
  const span = max - min || Math.max(Math.abs(max) / 10, 1);
  let step = niceStep(span / Math.max(1, count - 1));
  // 2.5 is the one round step that is not whole from 1 up: counts take 5 instead.
  if (integer && !Number.isInteger(step)) step = step < 1 ? 1 : step * 2;
  let low = Math.floor(min / step) * step;
  let high = Math.ceil(max / step) * step;
  if (low === high) {
    low -= step;
    high += step;
  }
  // Steps such as 0.25 carry two decimals; rounding to them drops floating-point dust.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const ticks: number[] = [];
  for (let index = 0; low + index * step <= high + step / 2; index += 1) ticks.push(Number((low + index * step).toFixed(decimals)));
  return { domain: [ticks[0]!, ticks.at(-1)!], ticks };
}
