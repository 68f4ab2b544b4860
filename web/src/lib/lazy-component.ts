import { lazy, type ComponentType } from 'react';
import { loadCode } from './code-loading';

/**
 * A component whose code loads the first time it renders (wrap it in <Suspense>), through
 * loadCode: an outage waits for the server, a deploy reloads into the new build. For heavy
 * widgets a page shows only on demand (an editor in a drawer, a dialog with date pickers).
 */
export function lazyComponent<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => ({ default: await loadCode(load) }));
}
