import { Button, Group, Text } from '@mantine/core';
import { notifications } from '../../../lib/notifications';
import { describeActionError } from '../../../lib/graphql-errors';
import { useResendVerification } from '../hooks/useEmailVerification';

/** Why to confirm the address, and a way to get the link again. */
export function EmailConfirmation({ email, compact = false }: { email: string; compact?: boolean }) {
  const { resend, loading } = useResendVerification();

  async function sendAgain() {
    try {
      const sent = await resend();
      notifications.show({
        color: 'green',
        message: sent ? `A new confirmation link is on its way to ${email}.` : 'Your address is already confirmed.',
      });
    } catch (error) {
      notifications.show({ color: 'red', message: describeActionError(error) });
    }
  }

  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm">
        {compact ? `Confirm ${email} with the link we sent,` : `We sent a link to ${email}. Confirm your address`} so you can reset your
        password if you ever need to.
      </Text>
      <Button size="compact-sm" variant="light" loading={loading} onClick={() => void sendAgain()}>
        Send the link again
      </Button>
    </Group>
  );
}
