import '../../../lib/mantine-styles';
import { Alert, Anchor, Loader, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { describeActionError } from '../../../lib/graphql-errors';
import { AuthPage } from '../components/AuthPage';
import { useVerifyEmail } from '../hooks/useEmailVerification';

/** Opened from the emailed link; confirms the address whether or not this browser is signed in. */
export function VerifyEmailRoute() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const { verify, called, data, error } = useVerifyEmail();
  // A link works once: confirm on the first render only (React's development mode mounts twice).
  const started = useRef(false);

  useEffect(() => {
    if (started.current || !token) return;
    started.current = true;
    void verify(token).catch(() => undefined);
  }, [token, verify]);

  return (
    <AuthPage title="Confirm your email" switchPrompt="Go on to" switchLabel="DoppelCart" switchTo="/dashboard">
      {!token ? (
        <Alert color="red" title="This link is incomplete" role="alert">
          Open the link from the email again.
        </Alert>
      ) : error ? (
        <Alert color="red" title="The address could not be confirmed" role="alert">
          <Stack gap="xs">
            <Text size="sm">{describeActionError(error)}</Text>
            <Anchor component={Link} to="/profile" size="sm">
              Send a new link from your profile
            </Anchor>
          </Stack>
        </Alert>
      ) : called && data ? (
        <Alert color="green" icon={<IconCircleCheck />} title="Email address confirmed" role="status">
          Thank you. You can reset your password with this address if you ever need to.
        </Alert>
      ) : (
        <Loader aria-label="Confirming your email address" />
      )}
    </AuthPage>
  );
}
