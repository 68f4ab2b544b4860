import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFound } from '../components/ui/NotFound';
import { PageCodeUnavailableError } from '../lib/code-loading';

/** Catches render errors of a page so the navigation around it keeps working. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  // The page's code is missing even though the server answers (an outage only makes it wait).
  const unavailable = error instanceof PageCodeUnavailableError;

  return (
    <Stack maw={560} m="md">
      <Alert
        color={unavailable ? 'orange' : 'red'}
        title={unavailable ? 'This page could not be loaded' : 'This page crashed'}
        icon={<IconAlertTriangle />}
        role="alert"
      >
        <Text size="sm" mb="sm">
          {error instanceof Error ? error.message : 'An unexpected error occurred.'}
        </Text>
        <Button size="xs" color={unavailable ? 'orange' : 'red'} variant="white" onClick={() => window.location.reload()}>
          Reload the page
        </Button>
      </Alert>
    </Stack>
  );
}
