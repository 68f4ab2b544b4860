import { healthPath } from './endpoints';

export interface ServerHealth {
  /** The id of the web app build the server serves now (null when it has none). */
  build: string | null;
}

const checkTimeoutMs = 5_000;
const checkIntervalMs = 1_000;

/** One cheap GET /healthz: the server's answer, or null when it is unreachable or not healthy. */
export async function checkServer(signal?: AbortSignal): Promise<ServerHealth | null> {
  const timeout = AbortSignal.timeout(checkTimeoutMs);
  try {
    const response = await fetch(healthPath, {
      cache: 'no-store',
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    if (!response.ok) return null;
    const body = (await response.json()) as { build?: unknown };
    return { build: typeof body.build === 'string' ? body.build : null };
  } catch {
    return null;
  }
}

/** A second, cut short when the browser reports it is online again. Rejects when aborted. */
function untilNextCheck(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (outcome: () => void) => () => {
      clearTimeout(timer);
      window.removeEventListener('online', next);
      signal?.removeEventListener('abort', aborted);
      outcome();
    };
    const next = settle(resolve);
    const aborted = settle(() => reject(signal?.reason));
    const timer = setTimeout(next, checkIntervalMs);
    window.addEventListener('online', next);
    signal?.addEventListener('abort', aborted);
  });
}

/** Resolves as soon as the server answers healthy: at once if it does now, else checked every second. */
export async function whenServerAnswers(signal?: AbortSignal): Promise<ServerHealth> {
  for (;;) {
    signal?.throwIfAborted();
    const health = await checkServer(signal);
    if (health) return health;
    await untilNextCheck(signal);
  }
}

/**
 * Resolves when the server answers again after not answering; never while it answers all along
 * (then something else is wrong, and retrying at once would not help).
 */
export async function whenServerIsBack(signal?: AbortSignal): Promise<ServerHealth> {
  if (await checkServer(signal)) return new Promise(() => {});
  return whenServerAnswers(signal);
}
