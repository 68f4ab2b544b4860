// Mantine marks an input with an error `aria-invalid`; a group of inputs (a list, a radio set)
// shows its message in the wrapper's error element instead.
const invalidField = '[aria-invalid="true"], .mantine-InputWrapper-error';
const focusable = 'input:not([type="hidden"]), textarea, select, button, [tabindex]:not([tabindex="-1"])';

/** The element to focus for an error: the invalid input, or the first control of the group it belongs to. */
function controlOf(element: HTMLElement): HTMLElement | null {
  if (element.matches(focusable)) return element;
  return element.closest('.mantine-InputWrapper-root')?.querySelector<HTMLElement>(focusable) ?? null;
}

/**
 * Scrolls the first field of `form` that shows an error to the middle of the screen and focuses
 * it, so a refused submit never looks like a dead button. Without a field error, the form's
 * error summary (`role="alert"`) is scrolled into view.
 */
export function revealFirstError(form: HTMLFormElement | null): void {
  const field = form?.querySelector<HTMLElement>(invalidField);
  const target = field ?? form?.querySelector<HTMLElement>('[role="alert"]');
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  if (field) controlOf(field)?.focus({ preventScroll: true });
}
