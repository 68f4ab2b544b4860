import type { RunningApp } from './app-process.js';
import type { TestBrowser } from './browser.js';

export { startTogether } from '../../../server/test/support/start-together.js';

/** Stops the app or closes the browser that did start when the other one failed to. */
export function stopStarted(started: RunningApp | TestBrowser): Promise<void> {
  return 'stop' in started ? started.stop() : started.close();
}
