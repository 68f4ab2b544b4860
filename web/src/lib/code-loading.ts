import { useSyncExternalStore } from 'react';
import { checkServer, whenServerAnswers } from './server-health';

/**
 * Pages load their code when first opened (`import()`), which fails while the server is down
 * and for good once a new build has replaced the old files. `loadCode` tells the two apart by
 * asking the server which build it serves: during an outage it waits (the layout says so) and
 * loads when the server is back; after a deploy it reloads the page once into the new build.
 */

const unavailableMessage =
  'Its code did not arrive although the server answers: DoppelCart may have been updated. Reload to get the current version.';

/** Page code that cannot be had: the route's error boundary offers a reload. */
export class PageCodeUnavailableError extends Error {
  constructor(cause: unknown) {
    super(unavailableMessage, { cause });
    this.name = 'PageCodeUnavailableError';
  }
}

// The server answers, runs this build, and still the file failed: a glitch between the two, or
// a file missing from the deploy. A few tries tell which.
const sameBuildRetryDelaysMs = [500, 1_000, 2_000];
const reloadedForBuildKey = 'doppelcart:reloaded-for-build';

const waitingListeners = new Set<() => void>();
let waitingLoads = 0;
let reloading = false;
let reloadAddress = () => window.location.href;

function setWaiting(change: 1 | -1): void {
  waitingLoads += change;
  waitingListeners.forEach((listener) => listener());
}

/** Whether some code waits for the server to answer again. */
export function useWaitingForServer(): boolean {
  return useSyncExternalStore(
    (listener) => {
      waitingListeners.add(listener);
      return () => waitingListeners.delete(listener);
    },
    () => waitingLoads > 0,
  );
}

/** The build this page runs, as index.html says; `dev` (Vite's dev server) never reloads. */
function runningBuild(): string | null {
  const id = document.querySelector<HTMLMetaElement>('meta[name="doppelcart-build"]')?.content;
  return id && id !== 'dev' ? id : null;
}

const never = new Promise<never>(() => {});

async function untilServerAnswers(): Promise<void> {
  setWaiting(1);
  try {
    await whenServerAnswers();
  } finally {
    setWaiting(-1);
  }
}

/** Records a reload into `build`: false when this tab made one already, or cannot record it. */
function firstReloadInto(build: string): boolean {
  try {
    if (sessionStorage.getItem(reloadedForBuildKey) === build) return false;
    sessionStorage.setItem(reloadedForBuildKey, build);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reloads into `build`, once per build and tab: should the reloaded page still miss its code
 * (a stale cache, a broken deploy), it reports the failure instead of reloading again.
 */
async function reloadOnceInto(build: string, cause: unknown): Promise<never> {
  if (reloading) return never;
  if (!firstReloadInto(build)) throw new PageCodeUnavailableError(cause);
  reloading = true;
  window.location.assign(reloadAddress());
  return never;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Loads code with `load` (an `import()`), waiting for as long as the server is down. */
export async function loadCode<T>(load: () => Promise<T>): Promise<T> {
  for (let sameBuildFailures = 0; ; ) {
    try {
      return await load();
    } catch (error) {
      const health = await checkServer();
      if (!health) {
        await untilServerAnswers();
        continue;
      }
      const running = runningBuild();
      if (running && health.build && health.build !== running) return reloadOnceInto(health.build, error);
      const wait = sameBuildRetryDelaysMs[sameBuildFailures];
      if (wait === undefined) throw new PageCodeUnavailableError(error);
      sameBuildFailures += 1;
      await delay(wait);
    }
  }
}

/**
 * Where a reload into a new build goes: the page being opened (its code is what failed), not
 * the one still shown. Also covers code that libraries load themselves, whose failures Vite
 * reports with its `vite:preloadError` event.
 */
export function reloadIntoNewBuilds(address: () => string): void {
  reloadAddress = address;
  window.addEventListener('vite:preloadError', (event) => {
    const running = runningBuild();
    void checkServer().then((health) => {
      if (running && health?.build && health.build !== running) reloadOnceInto(health.build, event.payload).catch(() => undefined);
    });
  });
}
