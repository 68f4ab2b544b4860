import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '../../../lib/notifications';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { describeActionError } from '../../../lib/graphql-errors';
import { useSignOutOtherSessions } from '../hooks/useAccountSecurity';
import { ChangePasswordForm } from './ChangePasswordForm';
import { EmailConfirmation } from './EmailConfirmation';

const accountSecurityViewerFragment = graphql(`
  fragment AccountSecurity_viewer on Viewer {
    id
    email
    emailVerified
    activeSessions
  }
`);

const devices = (count: number) => (count === 1 ? '1 device' : `${count} devices`);

/** The profile's account section: the address and its confirmation, the password, the sessions. */
export function AccountSecurity(props: { viewer: FragmentType<typeof accountSecurityViewerFragment> }) {
  const viewer = getFragmentData(accountSecurityViewerFragment, props.viewer);
  const { signOutOthers, loading } = useSignOutOtherSessions(viewer.id);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function endOtherSessions() {
    setError(null);
    try {
      const ended = await signOutOthers();
      setConfirming(false);
      notifications.show({ color: 'green', message: `Signed out ${devices(ended)}.` });
    } catch (failure) {
      setError(describeActionError(failure));
    }
  }

  return (
    <Stack gap="xl" mt="xl">
      <Stack gap="xs">
        <Title order={2} size="h4">
          Email address
        </Title>
        <Group gap="xs">
          <Text size="sm">{viewer.email}</Text>
          <Badge color={viewer.emailVerified ? 'green' : 'orange'} variant="light">
            {viewer.emailVerified ? 'Confirmed' : 'Not confirmed'}
          </Badge>
        </Group>
        {!viewer.emailVerified && <EmailConfirmation email={viewer.email} />}
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h4">
          Password
        </Title>
        <ChangePasswordForm viewerId={viewer.id} />
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h4">
          Sessions
        </Title>
        <Text size="sm">You are signed in on {devices(viewer.activeSessions)}, this one included.</Text>
        <Group>
          <Button variant="light" color="red" disabled={viewer.activeSessions <= 1} onClick={() => setConfirming(true)}>
            Sign out other devices
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title="Sign out other devices?"
        message={`Every other browser and app signed in to this account (${devices(viewer.activeSessions - 1)}) will have to sign in again. This one stays signed in.`}
        confirmLabel="Sign out other devices"
        loading={loading}
        error={error}
        onConfirm={() => void endOtherSessions()}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
