import { useCallback, useState } from 'react';
import { describeError } from './graphql-errors';

interface FormWithErrors {
  getValues: () => object;
  setErrors: (errors: Record<string, string>) => void;
}

/**
 * Puts a failed mutation's field errors under the matching inputs and keeps a summary for
 * an alert. Field errors the form has no input for join the summary so none is lost.
 */
export function useServerErrors() {
  const [message, setMessage] = useState<string | null>(null);

  const capture = useCallback((form: FormWithErrors, error: unknown) => {
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
  }, []);

  const clear = useCallback(() => setMessage(null), []);

  return { message, capture, clear };
}
