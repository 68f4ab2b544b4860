import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

/** The summary of a rejected submission; field-level messages sit under their inputs. */
export function FormErrorAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle />} role="alert">
      {message}
    </Alert>
  );
}
