import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router';

/**
 * Forms with unsaved changes ask before the page leaves them. Each form registers here with
 * `useUnsavedChanges`; the app layout holds the one navigation blocker (React Router supports
 * only one) and its "Discard changes?" dialog, so any number of forms on a page share it.
 */

interface Guard {
  hasChanges: () => boolean;
  /** Saves in flight: the navigation a save makes (to the saved item, closing a dialog) leaves without asking. */
  saving: number;
}

const guards = new Set<Guard>();

function blocksNavigation(): boolean {
  return [...guards].some((guard) => guard.saving === 0 && guard.hasChanges());
}

/**
 * Registers a form whose `hasChanges()` (e.g. `() => form.isDirty()`) says whether leaving
 * would lose work. In-app navigation then asks first (links, Back, closing a dialog that lives
 * in the URL), and so does the browser on reload or closing the tab. Wrap a submit handler
 * that leaves the page after saving in `whileSaving`, so that leaving does not ask.
 */
export function useUnsavedChanges(hasChanges: () => boolean) {
  const latest = useRef(hasChanges);
  useLayoutEffect(() => {
    latest.current = hasChanges;
  });
  const guard = useRef<Guard>({ hasChanges: () => latest.current(), saving: 0 });

  useEffect(() => {
    const current = guard.current;
    guards.add(current);
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!current.hasChanges()) return;
      event.preventDefault();
      // Older browsers show their question only when a return value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      guards.delete(current);
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, []);

  const whileSaving = useCallback(
    <Args extends unknown[], T>(save: (...args: Args) => Promise<T>) =>
      async (...args: Args): Promise<T> => {
        guard.current.saving += 1;
        try {
          return await save(...args);
        } finally {
          guard.current.saving -= 1;
        }
      },
    [],
  );

  return { whileSaving };
}

// Hash changes (a link within the page) keep the form on screen.
const leavesPage: BlockerFunction = ({ currentLocation, nextLocation }) =>
  (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search) && blocksNavigation();

/** The navigation blocker for all registered forms; used once, by the app's confirmation dialog. */
export function useLeaveBlocker() {
  return useBlocker(leavesPage);
}
