import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { describeError } from './graphql-errors';
import { revealFirstError } from './reveal-first-error';

interface FormWithErrors {
  getValues: () => object;
  setErrors: (errors: Record<string, string>) => void;
}

interface SubmittableForm<Values> extends FormWithErrors {
  onSubmit(handler: (values: Values) => Promise<void>, onInvalid: () => void): (event?: FormEvent<HTMLFormElement>) => void;
}

/**
 * Puts a failed mutation's field errors under the matching inputs and keeps a summary for
 * an alert. Field errors the form has no input for join the summary so none is lost.
 *
 * A refused submit also brings its first error into view and focuses it: give the `<form>`
 * `ref={serverErrors.formRef}` and pass `serverErrors.focusFirstError` as the validation
 * failure handler, `form.onSubmit(handler, serverErrors.focusFirstError)`; `capture` does it
 * for the server's errors.
 */
export function useServerErrors() {
  const [message, setMessage] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Counted, so that errors shown again after a second refused submit are revealed again.
  const [revealRequests, setRevealRequests] = useState(0);

  // After the render that shows the errors.
  useEffect(() => {
    if (revealRequests > 0) revealFirstError(formRef.current);
  }, [revealRequests]);

  const focusFirstError = useCallback(() => setRevealRequests((count) => count + 1), []);

  const capture = useCallback(
    (form: FormWithErrors, error: unknown) => {
      const described = describeError(error);
      const formFields = new Set(Object.keys(form.getValues()));
      const shown: Record<string, string> = {};
      const unplaced: string[] = [];
      for (const [path, fieldMessage] of Object.entries(described.fieldErrors)) {
        const root = path.split('.')[0] ?? path;
        if (formFields.has(root)) shown[path] = fieldMessage;
        else if (fieldMessage !== described.message) unplaced.push(fieldMessage);
      }
      form.setErrors(shown);
      setMessage([described.message, ...unplaced].join(' '));
      focusFirstError();
    },
    [focusFirstError],
  );

  const clear = useCallback(() => setMessage(null), []);

  /** The form's submit handler: runs `action` on valid values and shows what the server refused. */
  const submitHandler = <Values,>(form: SubmittableForm<Values>, action: (values: Values) => Promise<void>) =>
    form.onSubmit(async (values) => {
      clear();
      try {
        await action(values);
      } catch (error) {
        capture(form, error);
      }
    }, focusFirstError);

  return { message, capture, clear, formRef, focusFirstError, submitHandler };
}
