import { availableParallelism, loadavg } from 'node:os';

/**
 * A latency a test asserts, stretched by how oversubscribed the machine is right now: the
 * figure itself on a quiet machine, up to 5 times it when the run queue holds five times the
 * cores (a whole suite on two cores). A broken path still fails: it misses by far more.
 */
export function latencyBudget(ms: number): number {
  const load = (loadavg()[0] ?? 0) / availableParallelism();
  return Math.round(ms * Math.min(5, Math.max(1, load)));
}
